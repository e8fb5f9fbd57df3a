import { computeDrawOdds } from './draw';
import { tryAgainOutcomeId } from './game-schema';

/**
 * What the studio shows beside each prize's odds: the chance it comes out of one play, "try again" included, for
 * every pool a player can be in (everyone's, then each share-to-play-again tier's).
 */

/** The parts of a game (or a game draft: texts may be empty) that decide the chances. */
export type ChanceRules = {
  prizes: readonly { id: string; odds: number }[];
  tryAgain: { odds: number };
  prizePool: readonly string[];
  shareToPlayAgain: { isEnabled: boolean; tiers: readonly { friends: number; prizePool: readonly string[] }[] };
};

/** A pool a player can be in: everyone's (friends 0), or what a tier adds to the pools below it. */
export type ChancePool = { friends: number; prizeIds: string[] };

/** One outcome's chance in each pool (same order as `pools`), as a probability in [0, 1]; null where it is not in the pool. */
export type ChanceRow = { id: string; isTryAgain: boolean; chances: (number | null)[] };

/**
 * The chance of every outcome of one play, while every prize still has stock, in each pool a player can be in:
 * pool 0 is everyone's (`prizePool`), pool k adds the prizes of the k-th tier (in increasing `friends` order,
 * only while sharing is on) to the pools below it. In a pool P,
 *   chance(prize i) = oddsᵢ / (odds_try + Σ_{j ∈ P} oddsⱼ),   chance(try again) = odds_try / (same sum),
 * the renormalisation of lib/games/draw.ts (a prize out of stock drops out of the sum the same way at play time).
 * Rows: every prize in the author's order, then "try again" (id 'try-again'). A prize in no pool has null everywhere.
 */
export function listPrizeChances(rules: ChanceRules): { pools: ChancePool[]; rows: ChanceRow[] } {
  const tiers = rules.shareToPlayAgain.isEnabled ? [...rules.shareToPlayAgain.tiers].sort((a, b) => a.friends - b.friends) : [];
  const pools: ChancePool[] = [{ friends: 0, prizeIds: [...new Set(rules.prizePool)] }];
  for (const tier of tiers) {
    const below = pools[pools.length - 1]?.prizeIds ?? [];
    pools.push({ friends: tier.friends, prizeIds: [...new Set([...below, ...tier.prizePool])] });
  }
  const oddsByPool = pools.map((pool) => {
    const inPool = new Set(pool.prizeIds);
    const candidates = rules.prizes.filter((p) => inPool.has(p.id)).map((p) => ({ id: p.id, odds: p.odds, remaining: null }));
    return computeDrawOdds(candidates, rules.tryAgain.odds);
  });
  const rows: ChanceRow[] = rules.prizes.map((prize) => ({
    id: prize.id,
    isTryAgain: false,
    chances: oddsByPool.map((odds) => odds.prizes.find((p) => p.id === prize.id)?.probability ?? null),
  }));
  rows.push({ id: tryAgainOutcomeId, isTryAgain: true, chances: oddsByPool.map((odds) => odds.tryAgainProbability) });
  return { pools, rows };
}

/**
 * A probability as the number of a percentage a marketer reads (the studio adds the sign in its language): at
 * most one decimal, and never "0" for a chance that is not 0 nor "100" for one that is not 1 ("<0.1", ">99.9").
 * 0.1234 → "12.3", 0.5 → "50", 0.0004 → "<0.1".
 */
export function formatChance(probability: number): string {
  if (probability <= 0) return '0';
  if (probability >= 1) return '100';
  const percent = Math.round(probability * 1000) / 10;
  if (percent < 0.1) return '<0.1';
  if (percent > 99.9) return '>99.9';
  return String(percent);
}
