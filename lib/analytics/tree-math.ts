/**
 * The Wiener index of a tree is the sum of the distances between every two of its nodes; divided by the number
 * of pairs it is the tree's structural virality (Goel, Anderson, Hofman & Watts, 2015). Summed over the edges,
 * W = Σ s·(n − s), where s is the size of the subtree below the edge and n the tree's size.
 *
 * A new leaf under a parent whose path to the root has edges with subtree sizes s₁ … s_d (before the leaf was
 * added) changes it by ΔW = n + D + Σ (n − 2·sᵢ), where n is the size before and D the sum of the depths of the
 * tree's nodes before: every edge on the path gains one node below it (its term grows by n − s), every other edge
 * one node above it (its term grows by s, and the s of all edges sum to D), and the new edge adds 1·n.
 */
export function computeWienerDelta(input: { size: number; depthSum: number; pathSubtreeSizes: readonly number[] }): number {
  let delta = input.size + input.depthSum;
  for (const s of input.pathSubtreeSizes) delta += input.size - 2 * s;
  return delta;
}

/**
 * The Wiener index of a tree given as a parent array (parent[i] is the index of i's parent, or null for the
 * root), computed from scratch by W = Σ s·(n − s): the reference the incremental updates are tested against.
 */
export function computeWienerIndex(parents: readonly (number | null)[]): number {
  const n = parents.length;
  const size = new Array<number>(n).fill(1);
  // Children come after their parents in a referral tree (they start later), so one backwards pass sums sizes.
  for (let i = n - 1; i >= 0; i--) {
    const parent = parents[i];
    if (parent !== null && parent !== undefined) size[parent] = (size[parent] ?? 1) + (size[i] ?? 1);
  }
  let total = 0;
  for (let i = 0; i < n; i++) if (parents[i] !== null) total += (size[i] ?? 1) * (n - (size[i] ?? 1));
  return total;
}
