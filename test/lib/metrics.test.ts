import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeViralFactors, toPercent, type LoopCounts } from '@/lib/metrics';

describe('computeViralFactors', () => {
  it.each([
    {
      label: '100 players, 20 share, 50 clicks, 30 referred',
      counts: { players: 100, sharers: 20, clicks: 50, referredPlayers: 30 },
      factors: { k: 0.3, shareRate: 0.2, clicksPerSharer: 2.5, playersPerClick: 0.6 },
    },
    {
      label: 'a loop above 1: every player brings 1.5',
      counts: { players: 10, sharers: 5, clicks: 30, referredPlayers: 15 },
      factors: { k: 1.5, shareRate: 0.5, clicksPerSharer: 6, playersPerClick: 0.5 },
    },
    {
      label: 'nobody yet: every factor is 0, not NaN',
      counts: { players: 0, sharers: 0, clicks: 0, referredPlayers: 0 },
      factors: { k: 0, shareRate: 0, clicksPerSharer: 0, playersPerClick: 0 },
    },
    {
      label: 'players but no sharers: clicks per sharer is 0',
      counts: { players: 50, sharers: 0, clicks: 0, referredPlayers: 0 },
      factors: { k: 0, shareRate: 0, clicksPerSharer: 0, playersPerClick: 0 },
    },
    {
      label: 'shares but no clicks yet: players per click is 0',
      counts: { players: 50, sharers: 10, clicks: 0, referredPlayers: 0 },
      factors: { k: 0, shareRate: 0.2, clicksPerSharer: 0, playersPerClick: 0 },
    },
    {
      label: 'clicks that did not convert',
      counts: { players: 40, sharers: 4, clicks: 12, referredPlayers: 0 },
      factors: { k: 0, shareRate: 0.1, clicksPerSharer: 3, playersPerClick: 0 },
    },
  ])('$label', ({ counts, factors }) => {
    const result = computeViralFactors(counts);
    expect(result).toEqual(factors);
    for (const value of Object.values(result)) expect(Number.isFinite(value)).toBe(true);
  });

  it('K is referred players / players', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (players, referredPlayers) => {
        expect(computeViralFactors({ players, sharers: 0, clicks: 0, referredPlayers }).k).toBe(referredPlayers / players);
      }),
    );
  });

  it('K equals share rate × clicks per sharer × players per click whenever every count is positive', () => {
    const countsArb: fc.Arbitrary<LoopCounts> = fc.record({
      players: fc.integer({ min: 1, max: 10_000_000 }),
      sharers: fc.integer({ min: 1, max: 10_000_000 }),
      clicks: fc.integer({ min: 1, max: 10_000_000 }),
      referredPlayers: fc.integer({ min: 1, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(countsArb, (counts) => {
        const { k, shareRate, clicksPerSharer, playersPerClick } = computeViralFactors(counts);
        const product = shareRate * clicksPerSharer * playersPerClick;
        expect(Math.abs(product - k)).toBeLessThanOrEqual(1e-12 * Math.abs(k));
      }),
      { numRuns: 1000 },
    );
  });

  it('never gives NaN or Infinity, whatever is zero', () => {
    const countArb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }));
    fc.assert(
      fc.property(fc.record({ players: countArb, sharers: countArb, clicks: countArb, referredPlayers: countArb }), (counts) => {
        for (const value of Object.values(computeViralFactors(counts))) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('toPercent', () => {
  it.each([
    { label: 'an empty whole', part: 0, whole: 0, percent: 0 },
    { label: 'a part of an empty whole', part: 3, whole: 0, percent: 0 },
    { label: 'nothing of something', part: 0, whole: 10, percent: 0 },
    { label: 'half', part: 1, whole: 2, percent: 50 },
    { label: 'a third rounds down', part: 1, whole: 3, percent: 33 },
    { label: 'two thirds rounds up', part: 2, whole: 3, percent: 67 },
    { label: 'one half-percent rounds up', part: 1, whole: 200, percent: 1 },
    { label: 'a tiny group is still 1%, never 0%', part: 1, whole: 1000, percent: 1 },
    { label: 'one in a million is 1%', part: 1, whole: 1_000_000, percent: 1 },
    { label: 'almost all is 99%, never 100%', part: 999, whole: 1000, percent: 99 },
    { label: '199 of 200 is 99.5%: still 99%', part: 199, whole: 200, percent: 99 },
    { label: 'everything', part: 7, whole: 7, percent: 100 },
    { label: 'more than the whole is capped at 100', part: 8, whole: 7, percent: 100 },
    { label: 'a negative part is 0', part: -1, whole: 10, percent: 0 },
    { label: 'a negative whole is 0', part: 1, whole: -10, percent: 0 },
  ])('$label: $part of $whole → $percent%', ({ part, whole, percent }) => {
    expect(toPercent(part, whole)).toBe(percent);
  });

  it('is a whole number from 1 to 99 for a group that exists and is not everything', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1_000_000 }).chain((whole) => fc.tuple(fc.integer({ min: 1, max: whole - 1 }), fc.constant(whole))), ([part, whole]) => {
        const percent = toPercent(part, whole);
        expect(Number.isInteger(percent)).toBe(true);
        expect(percent).toBeGreaterThanOrEqual(1);
        expect(percent).toBeLessThanOrEqual(99);
        expect(Math.abs(percent - (100 * part) / whole)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
