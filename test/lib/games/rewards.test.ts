import { describe, expect, it } from 'vitest';
import type { ShareToPlayAgain } from '@/lib/games/game-schema';
import { computePlayAllowance, type RewardRules } from '@/lib/games/rewards';

const hour = 60 * 60 * 1000;
const day1 = Date.UTC(2026, 2, 1, 9);
const day2 = Date.UTC(2026, 2, 2, 9);
const day3 = Date.UTC(2026, 2, 3, 9);

const share: ShareToPlayAgain = { isEnabled: true, extraPlaysPerFriend: 1, maxExtraPlays: 3, maxExtraPlaysPerDay: 2, tiers: [] };
const rules = (changes: Partial<ShareToPlayAgain> = {}, playsPerPlayer = 1): RewardRules => ({ playsPerPlayer, prizePool: ['off-20', 'bottle'], shareToPlayAgain: { ...share, ...changes } });

/** n friends who first played `gap` apart from `start`. */
const friendsAt = (start: number, n: number, gap = hour) => Array.from({ length: n }, (_, i) => start + i * gap);

describe('share to play again, on hand-built cascades', () => {
  it.each([
    { label: 'no friends: the base plays only', rules: rules(), friends: [], now: day1, allowed: 1, next: true },
    { label: 'one friend: +1 play', rules: rules(), friends: friendsAt(day1, 1), now: day1 + 2 * hour, allowed: 2, next: true },
    { label: 'two friends the same day: +2, the daily cap is reached', rules: rules(), friends: friendsAt(day1, 2), now: day1 + 3 * hour, allowed: 3, next: false },
    { label: 'five friends the same day: still +2 (cap 2 per day)', rules: rules(), friends: friendsAt(day1, 5), now: day1 + 6 * hour, allowed: 3, next: false },
    { label: 'the next day the cap opens again', rules: rules(), friends: friendsAt(day1, 2), now: day2, allowed: 3, next: true },
    { label: 'over three days: capped by the maximum of 3', rules: rules(), friends: [...friendsAt(day1, 2), ...friendsAt(day2, 2), ...friendsAt(day3, 1)], now: day3 + 2 * hour, allowed: 4, next: false },
    { label: '2 plays per friend, per-day cap 3', rules: rules({ extraPlaysPerFriend: 2, maxExtraPlays: 10, maxExtraPlaysPerDay: 3 }), friends: friendsAt(day1, 2), now: day1 + 3 * hour, allowed: 4, next: false },
    { label: 'a higher base', rules: rules({}, 3), friends: friendsAt(day1, 1), now: day1 + hour, allowed: 4, next: true },
    { label: 'sharing off: friends earn nothing', rules: rules({ isEnabled: false }), friends: friendsAt(day1, 4), now: day2, allowed: 1, next: false },
    { label: 'maximum 0: nothing to earn', rules: rules({ maxExtraPlays: 0 }), friends: friendsAt(day1, 1), now: day1 + hour, allowed: 1, next: false },
    { label: 'a friend in the future is not counted yet', rules: rules(), friends: [day2], now: day1, allowed: 1, next: true },
  ])('$label', ({ rules: r, friends, now, allowed, next }) => {
    const allowance = computePlayAllowance(r, friends, now);
    expect(allowance.playsAllowed).toBe(allowed);
    expect(allowance.extraPlays).toBe(allowed - r.playsPerPlayer);
    expect(allowance.nextFriendGivesPlay).toBe(next);
  });

  it('reports today’s friends and plays, and which cap stopped the next reward', () => {
    const capped = computePlayAllowance(rules(), friendsAt(day1, 3), day1 + 5 * hour);
    expect(capped).toMatchObject({ friends: 3, friendsToday: 3, extraPlaysToday: 2, isDailyCapReached: true, isMaxReached: false, nextFriendPlays: 0 });
    const maxed = computePlayAllowance(rules(), [...friendsAt(day1, 2), ...friendsAt(day2, 1)], day3);
    expect(maxed).toMatchObject({ friends: 3, friendsToday: 0, extraPlays: 3, isDailyCapReached: false, isMaxReached: true, nextFriendPlays: 0 });
  });

  it('the next friend earns only what the caps leave', () => {
    const allowance = computePlayAllowance(rules({ extraPlaysPerFriend: 3, maxExtraPlays: 10, maxExtraPlaysPerDay: 4 }), friendsAt(day1, 1), day1 + hour);
    expect(allowance.extraPlaysToday).toBe(3);
    expect(allowance.nextFriendPlays).toBe(1);
  });
});

describe('reward tiers', () => {
  const tiered = rules({
    maxExtraPlays: 1,
    tiers: [
      { friends: 3, prizePool: ['tent'] },
      { friends: 1, prizePool: ['hat', 'bottle'] },
    ],
  });

  it.each([
    { friends: 0, reached: [], next: { friends: 1, friendsNeeded: 1 }, pool: ['off-20', 'bottle'] },
    { friends: 1, reached: [1], next: { friends: 3, friendsNeeded: 2 }, pool: ['off-20', 'bottle', 'hat'] },
    { friends: 2, reached: [1], next: { friends: 3, friendsNeeded: 1 }, pool: ['off-20', 'bottle', 'hat'] },
    // Tiers count every friend, even those past the play caps (the maximum here is 1 play).
    { friends: 3, reached: [1, 3], next: null, pool: ['off-20', 'bottle', 'hat', 'tent'] },
  ])('$friends friends reach tiers $reached', ({ friends, reached, next, pool }) => {
    const allowance = computePlayAllowance(tiered, friendsAt(day1, friends), day2);
    expect(allowance.tiersReached.map((t) => t.friends)).toEqual(reached);
    if (next === null) expect(allowance.nextTier).toBeNull();
    else expect(allowance.nextTier).toMatchObject(next);
    expect(allowance.prizePool).toEqual(pool);
    expect(allowance.playsAllowed).toBe(friends > 0 ? 2 : 1);
  });

  it('no tier counts while sharing is off', () => {
    const allowance = computePlayAllowance({ ...tiered, shareToPlayAgain: { ...tiered.shareToPlayAgain, isEnabled: false } }, friendsAt(day1, 5), day2);
    expect(allowance.tiersReached).toEqual([]);
    expect(allowance.prizePool).toEqual(['off-20', 'bottle']);
  });
});
