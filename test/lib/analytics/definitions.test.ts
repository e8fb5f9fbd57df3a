import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleBucketCount } from '@/lib/analytics/cycle-time';
import {
  computeAmplification,
  computeLoopFigures,
  countTopSharers,
  countTreePairs,
  emptyLoopCounts,
  structuralVirality,
  sumLoopCounts,
  topSharersShare,
  type LoopCounts,
} from '@/lib/analytics/definitions';
import { computeWienerIndex } from '@/lib/analytics/tree-math';

/** A histogram with the given counts in the given buckets. */
function histogram(entries: Record<number, number>): number[] {
  const h = new Array<number>(cycleBucketCount).fill(0);
  for (const [bucket, count] of Object.entries(entries)) h[Number(bucket)] = count;
  return h;
}

function counts(partial: Partial<LoopCounts>): LoopCounts {
  return { ...emptyLoopCounts(), ...partial };
}

// Small cascades whose figures are known by hand. Each lists what happened, then the counts the database keeps.
const cascades = [
  {
    label: 'no players',
    counts: emptyLoopCounts(),
    parents: [] as (number | null)[],
    figures: { players: 0, k: 0, shareRate: 0, clicksPerSharer: 0, playersPerClick: 0, amplification: null, medianCycleMinutes: null },
    virality: null,
  },
  {
    // A (seed) shares on WhatsApp; B clicks A's link 30 min after A started and plays; B shares, two people click,
    // one (C) plays 90 min after B started. Everyone completes; A's share was confirmed; each share drew 1 preview.
    label: 'one chain A → B → C',
    counts: counts({
      views: 4,
      players: 3,
      seeds: 1,
      referredArrivals: 2,
      completers: 3,
      sharers: 2,
      shareIntents: 2,
      confirmedShares: 1,
      clicks: 3,
      crawlerFetches: 2,
      referred: 2,
      referredCompleted: 2,
      cycleHistogram: histogram({ 3: 1, 4: 1 }), // 30 min in [15, 60), 90 min in [60, 180)
    }),
    parents: [null, 0, 1],
    figures: { players: 3, k: 2 / 3, shareRate: 2 / 3, clicksPerSharer: 3 / 2, playersPerClick: 2 / 3, amplification: 3, medianCycleMinutes: 60 },
    virality: 4 / 3, // distances 1, 1, 2 over 3 pairs
  },
  {
    // S (seed) shares on two channels; five people click, four play, each within 5–15 minutes of S's start.
    label: 'a star: one seed and four children',
    counts: counts({
      views: 6,
      players: 5,
      seeds: 1,
      referredArrivals: 4,
      completers: 3,
      sharers: 1,
      shareIntents: 2,
      confirmedShares: 0,
      clicks: 5,
      crawlerFetches: 1,
      referred: 4,
      referredCompleted: 2,
      cycleHistogram: histogram({ 2: 4 }),
    }),
    parents: [null, 0, 0, 0, 0],
    figures: { players: 5, k: 4 / 5, shareRate: 1 / 5, clicksPerSharer: 5, playersPerClick: 4 / 5, amplification: 5, medianCycleMinutes: 10 },
    virality: 16 / 10, // 4 pairs at distance 1, 6 pairs of leaves at distance 2
  },
  {
    // A plays, shares, and opens their own link: a self-visit is not a click and cannot make A their own child.
    label: 'attempted self-referral',
    counts: counts({ views: 2, players: 1, seeds: 1, completers: 1, sharers: 1, shareIntents: 1, confirmedShares: 1, crawlerFetches: 1 }),
    parents: [null],
    figures: { players: 1, k: 0, shareRate: 1, clicksPerSharer: 0, playersPerClick: 0, amplification: 1, medianCycleMinutes: null },
    virality: null,
  },
  {
    // The chain's second day as P: only B started then. B's child C counts for P, wherever C falls.
    label: 'a cohort without seeds (B of the chain)',
    counts: counts({ views: 1, players: 1, seeds: 0, referredArrivals: 1, completers: 1, sharers: 1, shareIntents: 1, clicks: 2, referred: 1, referredCompleted: 1, cycleHistogram: histogram({ 4: 1 }) }),
    parents: [null],
    figures: { players: 1, k: 1, shareRate: 1, clicksPerSharer: 2, playersPerClick: 1 / 2, amplification: null, medianCycleMinutes: 120 },
    virality: null,
  },
];

describe('computeLoopFigures on hand-built cascades', () => {
  it.each(cascades)('$label', ({ counts: c, figures }) => {
    const result = computeLoopFigures(c);
    expect(result.players).toBe(figures.players);
    expect(result.k).toBeCloseTo(figures.k, 12);
    expect(result.shareRate).toBeCloseTo(figures.shareRate, 12);
    expect(result.clicksPerSharer).toBeCloseTo(figures.clicksPerSharer, 12);
    expect(result.playersPerClick).toBeCloseTo(figures.playersPerClick, 12);
    expect(result.amplification).toBe(figures.amplification);
    expect(result.medianCycleMinutes).toBe(figures.medianCycleMinutes);
    // the counts pass through unchanged
    expect(result).toMatchObject({ views: c.views, seeds: c.seeds, referredArrivals: c.referredArrivals, completers: c.completers, sharers: c.sharers, shareIntents: c.shareIntents, confirmedShares: c.confirmedShares, clicks: c.clicks, crawlerFetches: c.crawlerFetches, referred: c.referred, referredCompleted: c.referredCompleted });
  });

  it.each(cascades)('$label: structural virality', ({ parents, virality }) => {
    const size = parents.length;
    expect(structuralVirality({ distanceSum: size === 0 ? 0 : computeWienerIndex(parents), pairs: countTreePairs(size) })).toBe(virality);
  });

  it('keeps views null when a filter cannot apply to them', () => {
    expect(computeLoopFigures(counts({ views: null, players: 4 })).views).toBeNull();
  });

  it('K is exactly the product of its three factors whenever every count is positive', () => {
    const positive = fc.integer({ min: 1, max: 5_000_000 });
    fc.assert(
      fc.property(fc.record({ players: positive, sharers: positive, clicks: positive, referred: positive, seeds: fc.integer({ min: 0, max: 5_000_000 }) }), (c) => {
        const f = computeLoopFigures(counts(c));
        expect(f.k).toBe(c.referred / c.players);
        expect(Math.abs(f.shareRate * f.clicksPerSharer * f.playersPerClick - f.k)).toBeLessThanOrEqual(1e-12 * f.k);
      }),
      { numRuns: 1000 },
    );
  });

  it('never gives NaN or Infinity, whatever is zero', () => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }));
    fc.assert(
      fc.property(fc.record({ players: count, seeds: count, sharers: count, clicks: count, referred: count }), fc.array(count, { maxLength: cycleBucketCount }), (c, cycleHistogram) => {
        const f = computeLoopFigures(counts({ ...c, cycleHistogram }));
        for (const value of [f.k, f.shareRate, f.clicksPerSharer, f.playersPerClick, f.amplification ?? 0, f.medianCycleMinutes ?? 0]) expect(Number.isFinite(value)).toBe(true);
      }),
    );
  });
});

describe('computeAmplification', () => {
  it.each([
    { label: 'no seeds: none', players: 7, seeds: 0, amplification: null },
    { label: 'seeds only', players: 3, seeds: 3, amplification: 1 },
    { label: 'every seed stands for four players', players: 40, seeds: 10, amplification: 4 },
  ])('$label', ({ players, seeds, amplification }) => {
    expect(computeAmplification({ players, seeds })).toBe(amplification);
  });
});

describe('structuralVirality', () => {
  it.each([
    { label: 'no pairs: null, not NaN', distanceSum: 0, pairs: 0, virality: null },
    { label: 'one pair', distanceSum: 1, pairs: 1, virality: 1 },
    { label: 'a chain of 3 and a star of 5 together', distanceSum: 4 + 16, pairs: 3 + 10, virality: 20 / 13 },
  ])('$label', ({ distanceSum, pairs, virality }) => {
    expect(structuralVirality({ distanceSum, pairs })).toBe(virality);
  });

  it('is (n + 1) / 3 for a chain of n players, growing with its length', () => {
    for (const n of [2, 3, 10, 100]) {
      const chain = Array.from({ length: n }, (_, i) => (i === 0 ? null : i - 1));
      expect(structuralVirality({ distanceSum: computeWienerIndex(chain), pairs: countTreePairs(n) })).toBeCloseTo((n + 1) / 3, 12);
    }
  });

  it('stays below 2 for a broadcast however large', () => {
    for (const n of [2, 10, 1000]) {
      const star = Array.from({ length: n }, (_, i) => (i === 0 ? null : 0));
      const virality = structuralVirality({ distanceSum: computeWienerIndex(star), pairs: countTreePairs(n) }) ?? 0;
      expect(virality).toBeGreaterThanOrEqual(1);
      expect(virality).toBeLessThan(2);
    }
  });
});

describe('countTreePairs', () => {
  it.each([
    { size: 0, pairs: 0 },
    { size: 1, pairs: 0 },
    { size: 2, pairs: 1 },
    { size: 5, pairs: 10 },
  ])('a tree of $size holds $pairs pairs', ({ size, pairs }) => {
    expect(countTreePairs(size)).toBe(pairs);
  });
});

describe('topSharersShare', () => {
  it.each([
    { label: 'no players', childCountsDesc: [], sharers: 0, players: 0, share: 0 },
    { label: 'players but no sharers', childCountsDesc: [], sharers: 0, players: 10, share: 0 },
    { label: 'the star: its one sharer brought 4 of 5', childCountsDesc: [4], sharers: 1, players: 5, share: 0.8 },
    { label: 'up to 100 sharers, the top 1% is one sharer', childCountsDesc: [30, 20, 10], sharers: 100, players: 300, share: 0.1 },
    { label: '101 sharers: the top 1% is two', childCountsDesc: [30, 20, 10], sharers: 101, players: 300, share: 50 / 300 },
    { label: '250 sharers: three', childCountsDesc: [30, 20, 10, 5], sharers: 250, players: 600, share: 60 / 600 },
    { label: 'a sharer whose children fall after the period: capped at all of P', childCountsDesc: [9], sharers: 1, players: 3, share: 1 },
  ])('$label', ({ childCountsDesc, sharers, players, share }) => {
    expect(topSharersShare({ childCountsDesc, sharers, players })).toBeCloseTo(share, 12);
  });

  it.each([
    { sharers: 0, top: 0 },
    { sharers: 1, top: 1 },
    { sharers: 100, top: 1 },
    { sharers: 101, top: 2 },
    { sharers: 10_000, top: 100 },
  ])('the top 1% of $sharers sharers is $top', ({ sharers, top }) => {
    expect(countTopSharers(sharers)).toBe(top);
  });
});

describe('sumLoopCounts', () => {
  const countsArb: fc.Arbitrary<LoopCounts> = fc.record({
    views: fc.option(fc.nat(10_000), { nil: null, freq: 5 }),
    players: fc.nat(10_000),
    seeds: fc.nat(10_000),
    referredArrivals: fc.nat(10_000),
    completers: fc.nat(10_000),
    sharers: fc.nat(10_000),
    shareIntents: fc.nat(10_000),
    confirmedShares: fc.nat(10_000),
    clicks: fc.nat(10_000),
    crawlerFetches: fc.nat(10_000),
    referred: fc.nat(10_000),
    referredCompleted: fc.nat(10_000),
    cycleHistogram: fc.array(fc.nat(1000), { minLength: cycleBucketCount, maxLength: cycleBucketCount }),
  });

  it('of nothing is the empty counts', () => {
    expect(sumLoopCounts([])).toEqual(emptyLoopCounts());
    expect(emptyLoopCounts().cycleHistogram).toHaveLength(cycleBucketCount);
  });

  it('adds two days', () => {
    const sum = sumLoopCounts([
      counts({ views: 10, players: 3, seeds: 1, sharers: 2, clicks: 3, referred: 2, cycleHistogram: histogram({ 3: 1, 4: 1 }) }),
      counts({ views: 5, players: 2, seeds: 2, sharers: 1, clicks: 1, referred: 1, cycleHistogram: histogram({ 4: 1 }) }),
    ]);
    expect(sum).toMatchObject({ views: 15, players: 5, seeds: 3, sharers: 3, clicks: 4, referred: 3 });
    expect(sum.cycleHistogram).toEqual(histogram({ 3: 1, 4: 2 }));
  });

  it('has no views as soon as one part has none', () => {
    expect(sumLoopCounts([counts({ views: 10 }), counts({ views: null }), counts({ views: 3 })]).views).toBeNull();
  });

  it('gives the same total however the parts are grouped', () => {
    fc.assert(
      fc.property(fc.array(countsArb, { maxLength: 8 }), fc.nat(8), (list, cut) => {
        const whole = sumLoopCounts(list);
        const grouped = sumLoopCounts([sumLoopCounts(list.slice(0, cut)), sumLoopCounts(list.slice(cut))]);
        expect(grouped).toEqual(whole);
        expect(whole.players).toBe(list.reduce((sum, c) => sum + c.players, 0));
        expect(whole.views).toBe(list.some((c) => c.views === null) ? null : list.reduce((sum, c) => sum + (c.views ?? 0), 0));
      }),
    );
  });
});
