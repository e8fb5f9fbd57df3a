/**
 * The definitions of viral analytics. The dashboard, the API and the exports all compute their figures with these
 * functions, from counts the database keeps up. The words, for a quiz:
 * - Player: a visitor who started the quiz (once per visitor per quiz); completer: a player who reached a result.
 * - Seed player: their first touch carried no share token (direct, embed, ad). Referred player: it carried another
 *   player's share token; that player is the parent, and the generation is the parent's + 1 (seeds are 0).
 * - Share intent: a press of a share button, a copy, a native share, per channel; confirmed share: where the
 *   browser tells us it happened (native share resolved, copy succeeded). Sharer: a player with a share intent or
 *   a click on one of their links.
 * - Click: a human visit of a share link, once per visitor, link and day. Crawler fetch: a link-preview bot's fetch,
 *   counted apart; it shows that the link was posted somewhere. A player opening their own link is neither.
 * - Viral cycle time: from a parent's start to a child's start.
 */
import { cycleBucketCount, medianCycleMinutes, addCycleHistograms } from './cycle-time';
import type { LoopFigures } from './dashboard-types';
import { computeViralFactors } from '../metrics';

export { computeViralFactors, type ViralFactors } from '../metrics';

/** What the database counts for a set of players P; every figure of `LoopFigures` derives from these. */
export type LoopCounts = {
  /** cover views by people; null when a filter cannot apply to views (a result) */
  views: number | null;
  players: number;
  seeds: number;
  /** players of P who arrived through a share link */
  referredArrivals: number;
  completers: number;
  sharers: number;
  shareIntents: number;
  confirmedShares: number;
  /** human clicks on the links of P's players */
  clicks: number;
  crawlerFetches: number;
  /** players whose parent is in P (P's children, wherever they fall) */
  referred: number;
  referredCompleted: number;
  /** the cycle times from P's players to their children, in the buckets of cycle-time.ts */
  cycleHistogram: readonly number[];
};

/**
 * The loop's figures for a set of players P, from its counts:
 * K = referred / players (the children of P per player of P), and its three factors, whose product is K exactly
 * whenever every count is positive: share rate = sharers / players, clicks per sharer = clicks / sharers,
 * players per click = referred / clicks; a factor whose denominator is 0 is 0 (nothing happened yet).
 * Amplification = players / seeds of P: how many players P holds per seed player (for a whole campaign, all players
 * per seed; for a date range, the range's players per seed that started in it); null without seeds.
 * The median cycle time comes from P's cycle-time histogram (see `medianCycleMinutes`).
 */
export function computeLoopFigures(counts: LoopCounts): LoopFigures {
  const factors = computeViralFactors({ players: counts.players, sharers: counts.sharers, clicks: counts.clicks, referredPlayers: counts.referred });
  return {
    views: counts.views,
    players: counts.players,
    seeds: counts.seeds,
    referredArrivals: counts.referredArrivals,
    completers: counts.completers,
    sharers: counts.sharers,
    shareIntents: counts.shareIntents,
    confirmedShares: counts.confirmedShares,
    clicks: counts.clicks,
    crawlerFetches: counts.crawlerFetches,
    referred: counts.referred,
    referredCompleted: counts.referredCompleted,
    ...factors,
    amplification: computeAmplification(counts),
    medianCycleMinutes: medianCycleMinutes(counts.cycleHistogram),
  };
}

/** Amplification of a set of players: players / seed players, how many players each seed player stands for; null without seeds. */
export function computeAmplification(counts: { players: number; seeds: number }): number | null {
  return counts.seeds > 0 ? counts.players / counts.seeds : null;
}

/**
 * Structural virality (Goel, Anderson, Hofman & Watts, 2015): the mean distance between two players of the same
 * referral tree, = Σ Wiener index of the trees / Σ pairs of players in a tree, where a tree of n players holds
 * n·(n − 1)/2 pairs. About 1–2 for a broadcast (one seed, many direct children), growing with long chains
 * (a chain of n players: (n + 1)/3). null when no tree has two players.
 */
export function structuralVirality(input: { distanceSum: number; pairs: number }): number | null {
  return input.pairs > 0 ? input.distanceSum / input.pairs : null;
}

/** The pairs of players in a referral tree of `size` players: size·(size − 1)/2. */
export function countTreePairs(size: number): number {
  return size > 1 ? (size * (size - 1)) / 2 : 0;
}

/**
 * The share of P referred by the top 1% of P's sharers, by direct referrals:
 * Σ children of the top ⌈sharers / 100⌉ sharers / players (at least one sharer counts when there is one). The input
 * lists the sharers' child counts in descending order (only the first ⌈sharers / 100⌉ are needed). 0 without
 * players; capped at 1, since a sharer's children can fall outside P (after the period's end).
 */
export function topSharersShare(input: { childCountsDesc: readonly number[]; sharers: number; players: number }): number {
  if (input.players <= 0 || input.sharers <= 0) return 0;
  const top = Math.ceil(input.sharers / 100);
  let referred = 0;
  for (const count of input.childCountsDesc.slice(0, top)) referred += count;
  return Math.min(1, referred / input.players);
}

/** How many sharers are the top 1%: ⌈sharers / 100⌉, so at least one when there is a sharer. */
export function countTopSharers(sharers: number): number {
  return sharers > 0 ? Math.ceil(sharers / 100) : 0;
}

/** The counts of nothing: every count 0, views 0 and an empty cycle-time histogram. */
export function emptyLoopCounts(): LoopCounts {
  return {
    views: 0,
    players: 0,
    seeds: 0,
    referredArrivals: 0,
    completers: 0,
    sharers: 0,
    shareIntents: 0,
    confirmedShares: 0,
    clicks: 0,
    crawlerFetches: 0,
    referred: 0,
    referredCompleted: 0,
    cycleHistogram: new Array<number>(cycleBucketCount).fill(0),
  };
}

/**
 * The counts of disjoint sets of players put together (days into a period, quizzes into a workspace): every count
 * added, the histograms bucket by bucket; views are null as soon as one of them is. The empty list gives
 * `emptyLoopCounts()`.
 */
export function sumLoopCounts(list: readonly LoopCounts[]): LoopCounts {
  const sum = emptyLoopCounts();
  let views: number | null = 0;
  for (const counts of list) {
    views = views === null || counts.views === null ? null : views + counts.views;
    sum.players += counts.players;
    sum.seeds += counts.seeds;
    sum.referredArrivals += counts.referredArrivals;
    sum.completers += counts.completers;
    sum.sharers += counts.sharers;
    sum.shareIntents += counts.shareIntents;
    sum.confirmedShares += counts.confirmedShares;
    sum.clicks += counts.clicks;
    sum.crawlerFetches += counts.crawlerFetches;
    sum.referred += counts.referred;
    sum.referredCompleted += counts.referredCompleted;
  }
  return { ...sum, views, cycleHistogram: addCycleHistograms(list.map((counts) => counts.cycleHistogram)) };
}
