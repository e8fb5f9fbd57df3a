export type LoopCounts = {
  /** players (visitors who started), |P| */
  players: number;
  /** players with a share intent or a click on one of their links */
  sharers: number;
  /** human clicks on P's links, once per visitor, link and day */
  clicks: number;
  /** players whose first touch was a link of a player in P */
  referredPlayers: number;
};

export type ViralFactors = { k: number; shareRate: number; clicksPerSharer: number; playersPerClick: number };

/**
 * The viral coefficient and its three factors for a set of players P:
 * K = referred players / players; share rate = sharers / players; clicks per sharer = clicks / sharers;
 * players per click = referred players / clicks. Whenever every count is positive, K equals the product of the
 * factors exactly (the denominators cancel). A factor with a zero denominator is 0: nothing happened yet.
 */
export function computeViralFactors(counts: LoopCounts): ViralFactors {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    k: ratio(counts.referredPlayers, counts.players),
    shareRate: ratio(counts.sharers, counts.players),
    clicksPerSharer: ratio(counts.clicks, counts.sharers),
    playersPerClick: ratio(counts.referredPlayers, counts.clicks),
  };
}

/**
 * The share of a group in a whole, as a whole percentage for people: 0 when the whole is empty, and never 0 for
 * a group that exists (1% at least) nor 100 for a group that is not everything (99% at most).
 */
export function toPercent(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  if (part >= whole) return 100;
  return Math.min(99, Math.max(1, Math.round((100 * part) / whole)));
}
