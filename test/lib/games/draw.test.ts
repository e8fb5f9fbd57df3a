import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/analytics/random';
import { computeDrawOdds, drawOutcome, getRemainingStock, pickOne, type DrawCandidate } from '@/lib/games/draw';

const draws = 100_000;
// Upper 0.1% points of the chi-square distribution by degrees of freedom: a fair draw exceeds them once in 1,000
// seeds; the seed is fixed, so the test is deterministic.
const chiSquareCritical: Record<number, number> = { 1: 10.83, 2: 13.82, 3: 16.27, 4: 18.47, 5: 20.52 };

/** Draws `draws` times with a fixed seed and counts each outcome ('try-again' for none). */
function simulate(candidates: DrawCandidate[], tryAgainOdds: number, seed: number): Map<string, number> {
  const random = createRandom(seed);
  const counts = new Map<string, number>();
  for (let i = 0; i < draws; i++) {
    const outcome = drawOutcome({ candidates, tryAgainOdds, random: random.float }) ?? 'try-again';
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  }
  return counts;
}

/** Pearson's chi-square statistic of observed counts against expected probabilities (outcomes of probability 0 must never occur). */
function chiSquare(counts: Map<string, number>, expected: Map<string, number>): { statistic: number; degreesOfFreedom: number } {
  let statistic = 0;
  let categories = 0;
  for (const [id, probability] of expected) {
    const observed = counts.get(id) ?? 0;
    if (probability === 0) {
      expect(observed, `${id} cannot be won but came out`).toBe(0);
      continue;
    }
    const e = probability * draws;
    statistic += (observed - e) ** 2 / e;
    categories++;
  }
  for (const id of counts.keys()) expect(expected.has(id), `unexpected outcome ${id}`).toBe(true);
  return { statistic, degreesOfFreedom: categories - 1 };
}

function expectedOf(candidates: DrawCandidate[], tryAgainOdds: number): Map<string, number> {
  const odds = computeDrawOdds(candidates, tryAgainOdds);
  return new Map([...odds.prizes.map((p) => [p.id, p.probability] as const), ['try-again', odds.tryAgainProbability]]);
}

const wheel: DrawCandidate[] = [
  { id: 'off-20', odds: 12, remaining: null },
  { id: 'free-shipping', odds: 25, remaining: 1000 },
  { id: 'bottle', odds: 3, remaining: 4 },
  { id: 'tent', odds: 1, remaining: 1 },
];

describe('the draw over 100,000 plays with a fixed seed', () => {
  it('gives each prize and "try again" the frequency of its odds (chi-square, p > 0.001)', () => {
    const counts = simulate(wheel, 40, 20260105);
    const { statistic, degreesOfFreedom } = chiSquare(counts, expectedOf(wheel, 40));
    expect(degreesOfFreedom).toBe(4);
    expect(statistic).toBeLessThan(chiSquareCritical[4] ?? 0);
    // The rare tent still comes out about 1 time in 81 (≈ 1,235 of 100,000).
    expect(counts.get('tent')).toBeGreaterThan(1100);
    expect(counts.get('tent')).toBeLessThan(1370);
  });

  it('the same test sees a draw that ignores the odds (so it can fail)', () => {
    const uniform = simulate(
      wheel.map((c) => ({ ...c, odds: 1 })),
      1,
      20260105,
    );
    expect(chiSquare(uniform, expectedOf(wheel, 40)).statistic).toBeGreaterThan(1000);
  });

  it('never gives an out-of-stock prize, and the others renormalise to their odds', () => {
    const soldOut = wheel.map((c) => (c.id === 'free-shipping' ? { ...c, remaining: 0 } : c));
    const expected = expectedOf(soldOut, 40);
    expect(expected.get('free-shipping')).toBe(0);
    // 12 / (12 + 3 + 1 + 40): the free shipping's 25 is gone from the denominator.
    expect(expected.get('off-20')).toBeCloseTo(12 / 56, 12);
    const counts = simulate(soldOut, 40, 7);
    expect(counts.get('free-shipping') ?? 0).toBe(0);
    const { statistic, degreesOfFreedom } = chiSquare(counts, expected);
    expect(degreesOfFreedom).toBe(3);
    expect(statistic).toBeLessThan(chiSquareCritical[3] ?? 0);
  });

  it('with no "try again" odds and every prize gone, wins nothing', () => {
    const gone = wheel.map((c) => ({ ...c, remaining: 0 }));
    expect(computeDrawOdds(gone, 0).tryAgainProbability).toBe(1);
    expect(simulate(gone, 0, 3)).toEqual(new Map([['try-again', draws]]));
  });
});

describe('computeDrawOdds', () => {
  it.each([
    { label: 'weights need not add up to 100', candidates: [{ id: 'a', odds: 1, remaining: null }], tryAgain: 3, a: 0.25, none: 0.75 },
    { label: 'a prize with odds 0 never comes out', candidates: [{ id: 'a', odds: 0, remaining: null }], tryAgain: 1, a: 0, none: 1 },
    { label: 'no "try again": a prize in stock always wins', candidates: [{ id: 'a', odds: 5, remaining: 2 }], tryAgain: 0, a: 1, none: 0 },
    { label: 'negative and NaN odds count as 0', candidates: [{ id: 'a', odds: Number.NaN, remaining: null }], tryAgain: -2, a: 0, none: 1 },
  ])('$label', ({ candidates, tryAgain, a, none }) => {
    const odds = computeDrawOdds(candidates, tryAgain);
    expect(odds.prizes[0]?.probability).toBeCloseTo(a, 12);
    expect(odds.tryAgainProbability).toBeCloseTo(none, 12);
  });

  it('probabilities always add up to 1 (property)', () => {
    const candidate = fc.record({ id: fc.string(), odds: fc.double({ min: 0, max: 1e6, noNaN: true }), remaining: fc.option(fc.nat(5), { nil: null }) });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 20 }), fc.double({ min: 0, max: 1e6, noNaN: true }), (candidates, tryAgain) => {
        const odds = computeDrawOdds(candidates, tryAgain);
        const sum = odds.prizes.reduce((s, p) => s + p.probability, odds.tryAgainProbability);
        expect(sum).toBeCloseTo(1, 9);
      }),
    );
  });

  it('drawOutcome only ever returns a prize that can be won (property, any random number in [0, 1))', () => {
    const candidate = fc.record({ id: fc.constantFrom('a', 'b', 'c'), odds: fc.double({ min: 0, max: 100, noNaN: true }), remaining: fc.option(fc.nat(2), { nil: null }) });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 6 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (candidates, tryAgain, u) => {
        const outcome = drawOutcome({ candidates, tryAgainOdds: tryAgain, random: () => u });
        if (outcome !== null) expect(candidates.some((c) => c.id === outcome && c.odds > 0 && c.remaining !== 0)).toBe(true);
        else expect(tryAgain > 0 || candidates.every((c) => c.odds <= 0 || c.remaining === 0)).toBe(true);
      }),
    );
  });
});

describe('getRemainingStock', () => {
  it.each([
    { label: 'unlimited', input: { stockTotal: null, stockPerDay: null, wonTotal: 40, wonToday: 3 }, remaining: null },
    { label: 'total stock left', input: { stockTotal: 10, stockPerDay: null, wonTotal: 7, wonToday: 7 }, remaining: 3 },
    { label: 'the day’s stock is the tighter', input: { stockTotal: 10, stockPerDay: 2, wonTotal: 7, wonToday: 2 }, remaining: 0 },
    { label: 'the total is the tighter', input: { stockTotal: 10, stockPerDay: 5, wonTotal: 9, wonToday: 1 }, remaining: 1 },
    { label: 'imported codes limit it too', input: { stockTotal: null, stockPerDay: null, wonTotal: 0, wonToday: 0, freeCodes: 2 }, remaining: 2 },
    { label: 'never below 0', input: { stockTotal: 3, stockPerDay: null, wonTotal: 5, wonToday: 0 }, remaining: 0 },
  ])('$label', ({ input, remaining }) => {
    expect(getRemainingStock(input)).toBe(remaining);
  });
});

describe('pickOne', () => {
  it('picks each item about equally often and never outside the list', () => {
    const random = createRandom(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const item = pickOne([0, 1, 2], random.float);
      if (item === undefined) throw new Error('nothing picked');
      counts[item] = (counts[item] ?? 0) + 1;
    }
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(400);
    expect(pickOne([], random.float)).toBeUndefined();
    expect(pickOne(['x'], () => 0.9999999999)).toBe('x');
  });
});
