import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeWienerDelta, computeWienerIndex } from '@/lib/analytics/tree-math';

/**
 * Grows a tree leaf by leaf as the database does: for each new player, the path from their parent up to the root
 * (the subtree size below each edge on it, before the leaf), the tree's size and depth sum before, and ΔW from
 * computeWienerDelta. Answers the Wiener index after each leaf.
 */
function growIncrementally(parents: readonly (number | null)[]): number[] {
  const size: number[] = [];
  const depth: number[] = [];
  let depthSum = 0;
  let wiener = 0;
  const after: number[] = [];
  parents.forEach((parent, i) => {
    if (parent === null) {
      size.push(1);
      depth.push(0);
    } else {
      const pathSubtreeSizes: number[] = [];
      for (let v: number | null = parent; v !== null && parents[v] !== null; v = parents[v] ?? null) pathSubtreeSizes.push(size[v] ?? 0);
      wiener += computeWienerDelta({ size: i, depthSum, pathSubtreeSizes });
      for (let v: number | null = parent; v !== null; v = parents[v] ?? null) size[v] = (size[v] ?? 0) + 1;
      size.push(1);
      depth.push((depth[parent] ?? 0) + 1);
      depthSum += (depth[parent] ?? 0) + 1;
    }
    after.push(wiener);
  });
  return after;
}

/** A random tree of n nodes as a parent array: node 0 is the root, every other node's parent comes before it. */
const treeArb = (maxNodes: number) =>
  fc.integer({ min: 1, max: maxNodes }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(null) : fc.integer({ min: 0, max: i - 1 })))));

describe('computeWienerIndex', () => {
  it.each([
    { label: 'one player', parents: [null], wiener: 0 },
    { label: 'two players', parents: [null, 0], wiener: 1 },
    { label: 'a chain of 3: 1 + 1 + 2', parents: [null, 0, 1], wiener: 4 },
    { label: 'a star of 5: 4 · 1 + 6 · 2', parents: [null, 0, 0, 0, 0], wiener: 16 },
    { label: 'a root with a chain of 2 and a leaf', parents: [null, 0, 1, 0], wiener: 10 },
  ])('$label: W = $wiener', ({ parents, wiener }) => {
    expect(computeWienerIndex(parents)).toBe(wiener);
  });

  it('of a chain of n is (n + 1)·n·(n − 1) / 6', () => {
    for (const n of [1, 2, 5, 50]) expect(computeWienerIndex(Array.from({ length: n }, (_, i) => (i === 0 ? null : i - 1)))).toBe(((n + 1) * n * (n - 1)) / 6);
  });

  it('is the sum of all pairwise distances', () => {
    const distance = (parents: readonly (number | null)[], a: number, b: number) => {
      const ancestors = (v: number) => {
        const path: number[] = [];
        for (let u: number | null = v; u !== null; u = parents[u] ?? null) path.push(u);
        return path;
      };
      const pa = ancestors(a);
      const pb = ancestors(b);
      const common = pa.find((u) => pb.includes(u)) ?? 0;
      return pa.indexOf(common) + pb.indexOf(common);
    };
    fc.assert(
      fc.property(treeArb(25), (parents) => {
        let total = 0;
        for (let a = 0; a < parents.length; a++) for (let b = a + 1; b < parents.length; b++) total += distance(parents, a, b);
        expect(computeWienerIndex(parents)).toBe(total);
      }),
    );
  });
});

describe('computeWienerDelta', () => {
  it.each([
    // A second player under the root: n = 1, D = 0, an empty path: ΔW = 1.
    { label: 'the first child', input: { size: 1, depthSum: 0, pathSubtreeSizes: [] }, delta: 1 },
    // Chain root → a; a leaf under a: n = 2, D = 1, path [1]: ΔW = 2 + 1 + (2 − 2) = 3 (distances 1 and 2).
    { label: 'a grandchild', input: { size: 2, depthSum: 1, pathSubtreeSizes: [1] }, delta: 3 },
    // A star of 4 grows a fifth leaf under the root: n = 4, D = 3: ΔW = 7 (1 to the root, 2 to each other leaf).
    { label: 'another leaf of a star', input: { size: 4, depthSum: 3, pathSubtreeSizes: [] }, delta: 7 },
  ])('$label: ΔW = $delta', ({ input, delta }) => {
    expect(computeWienerDelta(input)).toBe(delta);
  });

  it('applied leaf by leaf over any tree gives its Wiener index at every step', () => {
    fc.assert(
      fc.property(treeArb(60), (parents) => {
        const incremental = growIncrementally(parents);
        incremental.forEach((wiener, i) => expect(wiener).toBe(computeWienerIndex(parents.slice(0, i + 1))));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps up over a large, deep tree', () => {
    // 2,000 players, each under one of the last 10: long chains with branches
    const parents = Array.from({ length: 2000 }, (_, i) => (i === 0 ? null : Math.max(0, i - 1 - ((i * 7919) % 10))));
    expect(growIncrementally(parents).at(-1)).toBe(computeWienerIndex(parents));
  });
});
