/**
 * The fair draw of a mini-game: which prize (or none) one play wins, decided by the server from the configured
 * odds and the stock left at that instant. Pure: the stock and the random source come in as arguments, so the
 * database layer can run it inside the transaction that then takes the unit, and tests can replay it.
 */

/** A prize that may come out of this draw, with how many units are left to win now (null: unlimited). */
export type DrawCandidate = { id: string; odds: number; remaining: number | null };

/** The chance of each outcome of a draw; `prizes` holds every candidate, with 0 for those that cannot be won. */
export type DrawOdds = { prizes: { id: string; probability: number }[]; tryAgainProbability: number };

/**
 * The units of a prize left to win now: the least of what its total stock, its stock for today and (for a prize
 * given with imported codes) its unassigned codes still allow, never below 0; null when nothing limits it.
 * remaining = max(0, min(stockTotal − wonTotal, stockPerDay − wonToday, freeCodes)), each term left out when null.
 */
export function getRemainingStock(input: { stockTotal: number | null; stockPerDay: number | null; wonTotal: number; wonToday: number; freeCodes?: number | null }): number | null {
  const limits: number[] = [];
  if (input.stockTotal !== null) limits.push(input.stockTotal - input.wonTotal);
  if (input.stockPerDay !== null) limits.push(input.stockPerDay - input.wonToday);
  if (input.freeCodes !== undefined && input.freeCodes !== null) limits.push(input.freeCodes);
  return limits.length === 0 ? null : Math.max(0, Math.min(...limits));
}

/** A weight that takes part in the draw: a finite number above 0 (negative, NaN and infinite weights count as 0). */
function toWeight(odds: number): number {
  return Number.isFinite(odds) && odds > 0 ? odds : 0;
}

/**
 * The probability of each outcome. A prize with no unit left cannot be won (weight 0) and the odds of the rest
 * renormalise over what can still come out:
 *   P(prize i) = wᵢ·[remainingᵢ ≠ 0] / (w_try + Σⱼ wⱼ·[remainingⱼ ≠ 0]),   P(try again) = w_try / (same sum),
 * where w are the configured odds (weights ≥ 0, not percentages) and w_try the odds of "try again". When the sum
 * is 0 (everything is gone and "try again" has no odds) the play wins nothing: P(try again) = 1.
 */
export function computeDrawOdds(candidates: readonly DrawCandidate[], tryAgainOdds: number): DrawOdds {
  const weights = candidates.map((c) => (c.remaining === 0 ? 0 : toWeight(c.odds)));
  const tryWeight = toWeight(tryAgainOdds);
  const total = weights.reduce((sum, w) => sum + w, tryWeight);
  if (total <= 0) return { prizes: candidates.map((c) => ({ id: c.id, probability: 0 })), tryAgainProbability: 1 };
  return { prizes: candidates.map((c, i) => ({ id: c.id, probability: (weights[i] ?? 0) / total })), tryAgainProbability: tryWeight / total };
}

/**
 * Draws one outcome with the probabilities of `computeDrawOdds`: the prize id, or null for "try again".
 * `random` returns a uniform float in [0, 1) (crypto-backed in production, seeded in tests); one call per draw.
 * The unit interval is cut into consecutive slices, one per outcome in the order given ("try again" last), each
 * as wide as its probability; the outcome is the slice the random number falls in.
 */
export function drawOutcome(input: { candidates: readonly DrawCandidate[]; tryAgainOdds: number; random: () => number }): string | null {
  const weights = input.candidates.map((c) => (c.remaining === 0 ? 0 : toWeight(c.odds)));
  const tryWeight = toWeight(input.tryAgainOdds);
  const total = weights.reduce((sum, w) => sum + w, tryWeight);
  if (total <= 0) return null;
  let target = input.random() * total;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i] ?? 0;
    if (weight <= 0) continue;
    if (target < weight) return input.candidates[i]?.id ?? null;
    target -= weight;
  }
  // What is left is "try again"'s slice, or a rounding sliver at the very end: it goes to the last winnable slice.
  if (tryWeight > 0) return null;
  for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] ?? 0) > 0) return input.candidates[i]?.id ?? null;
  return null;
}

/**
 * Picks, uniformly, one of the items that stand for an outcome (the wheel's segments for a prize, or for "try
 * again"), so the wheel can stop on it; undefined when none does. `random` as for drawOutcome.
 */
export function pickOne<T>(items: readonly T[], random: () => number): T | undefined {
  if (items.length === 0) return undefined;
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))];
}
