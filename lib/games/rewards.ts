import type { RewardTier, ShareToPlayAgain } from './game-schema';

/**
 * Share to play again: what a player's referred friends earn them. A friend is a player whose parent is this
 * player (attribution already left out self-clicks, repeat visits and crawlers: they never become players of
 * someone else), counted once, on the UTC day they first played.
 */

export type RewardRules = { playsPerPlayer: number; prizePool: readonly string[]; shareToPlayAgain: ShareToPlayAgain };

export type PlayAllowance = {
  /** plays every player gets */
  basePlays: number;
  /** plays earned by friends, after the caps */
  extraPlays: number;
  /** basePlays + extraPlays */
  playsAllowed: number;
  /** friends who played through the player's links, in all and today */
  friends: number;
  friendsToday: number;
  /** plays earned today (counted against the daily cap) */
  extraPlaysToday: number;
  /** plays one more friend would earn now: 0 when sharing is off or a cap is reached */
  nextFriendPlays: number;
  nextFriendGivesPlay: boolean;
  isMaxReached: boolean;
  isDailyCapReached: boolean;
  /** the tiers reached, lowest first */
  tiersReached: RewardTier[];
  /** the next tier, with how many more friends it needs; null when every tier is reached (or there is none) */
  nextTier: (RewardTier & { friendsNeeded: number }) | null;
  /** the prizes this player can win now: the base pool and every reached tier's, each once */
  prizePool: string[];
};

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The plays a player is allowed and the prizes open to them, from the UTC times at which each of their friends
 * first played, at `now`:
 *   earned(d) = min(friends(d) · extraPlaysPerFriend, maxExtraPlaysPerDay)   for each UTC day d,
 *   extraPlays = min(Σ_d earned(d), maxExtraPlays),   playsAllowed = playsPerPlayer + extraPlays.
 * So the daily cap limits what one day's friends earn (a burst cannot be banked for later), and the maximum
 * limits the total. A tier is reached when the friends in all (uncapped) reach its `friends`. With sharing off,
 * friends earn nothing and no tier counts. Friends joined after `now` are not counted.
 */
export function computePlayAllowance(rules: RewardRules, friendTimes: readonly number[], now: number): PlayAllowance {
  const share = rules.shareToPlayAgain;
  const counted = friendTimes.filter((t) => t <= now);
  const today = dayOf(now);
  const friendsToday = counted.filter((t) => dayOf(t) === today).length;
  if (!share.isEnabled) {
    return {
      basePlays: rules.playsPerPlayer,
      extraPlays: 0,
      playsAllowed: rules.playsPerPlayer,
      friends: counted.length,
      friendsToday,
      extraPlaysToday: 0,
      nextFriendPlays: 0,
      nextFriendGivesPlay: false,
      isMaxReached: false,
      isDailyCapReached: false,
      tiersReached: [],
      nextTier: null,
      prizePool: [...new Set(rules.prizePool)],
    };
  }
  const byDay = new Map<string, number>();
  for (const t of counted) byDay.set(dayOf(t), (byDay.get(dayOf(t)) ?? 0) + 1);
  const earnedOn = (friends: number) => Math.min(friends * share.extraPlaysPerFriend, share.maxExtraPlaysPerDay);
  let earned = 0;
  for (const friends of byDay.values()) earned += earnedOn(friends);
  const extraPlays = Math.min(earned, share.maxExtraPlays);
  const extraPlaysToday = earnedOn(friendsToday);
  const nextFriendPlays = Math.max(0, Math.min(share.extraPlaysPerFriend, share.maxExtraPlaysPerDay - extraPlaysToday, share.maxExtraPlays - extraPlays));
  const tiers = [...share.tiers].sort((a, b) => a.friends - b.friends);
  const tiersReached = tiers.filter((tier) => counted.length >= tier.friends);
  const next = tiers.find((tier) => counted.length < tier.friends);
  return {
    basePlays: rules.playsPerPlayer,
    extraPlays,
    playsAllowed: rules.playsPerPlayer + extraPlays,
    friends: counted.length,
    friendsToday,
    extraPlaysToday,
    nextFriendPlays,
    nextFriendGivesPlay: nextFriendPlays > 0,
    isMaxReached: extraPlays >= share.maxExtraPlays,
    isDailyCapReached: extraPlaysToday >= share.maxExtraPlaysPerDay,
    tiersReached,
    nextTier: next ? { ...next, friendsNeeded: next.friends - counted.length } : null,
    prizePool: [...new Set([...rules.prizePool, ...tiersReached.flatMap((tier) => tier.prizePool)])],
  };
}
