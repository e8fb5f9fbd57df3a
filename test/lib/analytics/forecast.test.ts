import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyCycleHistogram } from '@/lib/analytics/cycle-time';
import { forecastCeilingPlayers, forecastPlayers, type ForecastInput } from '@/lib/analytics/forecast';

/** Every cycle in [15, 60) minutes: the model's delay is one hourly step. */
const hourly = (() => {
  const h = emptyCycleHistogram();
  h[3] = 10;
  return h;
})();

const base: ForecastInput = { k: 0.5, players: 100, referred: 50, seeds: 50, seedsPerDay: 24, seedDays: 10, cycleHistogram: hourly, medianCycleMinutes: 37.5 };

const horizon = (result: ReturnType<typeof forecastPlayers>, days: 7 | 30) => result.horizons.find((h) => h.days === days);

describe('expected total', () => {
  it.each([
    { label: 'K = 0: only the seeds', k: 0, seeds: 40, total: 40 },
    { label: 'K = 0.5: twice the seeds', k: 0.5, seeds: 40, total: 80 },
    { label: 'K = 0.8: five times the seeds', k: 0.8, seeds: 40, total: 200 },
    { label: 'K = 1: no finite total', k: 1, seeds: 40, total: null },
    { label: 'K = 1.4: no finite total', k: 1.4, seeds: 40, total: null },
    { label: 'never below the players already counted (recent cohorts still growing)', k: 0.5, seeds: 40, players: 100, total: 100 },
  ])('$label', ({ k, seeds, total, players = seeds }) => {
    const result = forecastPlayers({ ...base, k, seeds, players, referred: k * players });
    if (total === null) expect(result.expectedTotal).toBeNull();
    else expect(result.expectedTotal).toBeCloseTo(total, 9);
  });
});

describe('horizons', () => {
  it('with K = 0, the next days bring exactly the seeds', () => {
    const result = forecastPlayers({ ...base, k: 0, referred: 0, seedsPerDay: 24 });
    expect(horizon(result, 7)?.expected).toBeCloseTo(7 * 24, 9);
    expect(horizon(result, 30)?.expected).toBeCloseTo(30 * 24, 9);
  });

  it('with K = 0.5 and hourly cycles, each seed soon brings one more player in all', () => {
    // One seed an hour: b(t) = 1 + b(t − 1)/2 = 2 − 2^(1−t), so n hours bring 2n − 2(1 − 2^−n).
    const result = forecastPlayers(base);
    expect(horizon(result, 7)?.expected).toBeCloseTo(2 * 168 - 2, 6);
    expect(horizon(result, 30)?.expected).toBeCloseTo(2 * 720 - 2, 6);
  });

  it('counts the children still due to the players seen so far', () => {
    // 240 players over 10 days (one an hour), K = 1, every cycle a day, no new seeds: the players of the last 23
    // hours still owe one child each within the day, and each child brings one a day later: 23 a day.
    const result = forecastPlayers({ k: 1, players: 240, referred: 240, seeds: 0, seedsPerDay: 0, seedDays: 10, cycleHistogram: [], medianCycleMinutes: null });
    expect(horizon(result, 7)?.expected).toBeCloseTo(7 * 23, 9);
    expect(horizon(result, 30)?.expected).toBeCloseTo(30 * 23, 9);
    expect(result.expectedTotal).toBeNull();
  });

  it('uses the median cycle time when there is no histogram', () => {
    // K = 1 with a 2-day cycle: half the children due arrive within the first week … the same 23 a day per day of delay.
    const oneDay = forecastPlayers({ k: 1, players: 240, referred: 240, seeds: 0, seedsPerDay: 0, seedDays: 10, cycleHistogram: [], medianCycleMinutes: 1440 });
    const twoDays = forecastPlayers({ k: 1, players: 240, referred: 240, seeds: 0, seedsPerDay: 0, seedDays: 10, cycleHistogram: [], medianCycleMinutes: 2880 });
    expect(horizon(oneDay, 7)?.expected).toBeCloseTo(7 * 23, 9);
    // 47 players still owe a child within two days, and each line repeats every two days: 47 per two days
    expect(horizon(twoDays, 30)?.expected).toBeCloseTo(15 * 47, 9);
  });

  it('grows faster with a shorter cycle time when K ≥ 1', () => {
    const fast = forecastPlayers({ ...base, k: 1.2, referred: 120, cycleHistogram: [], medianCycleMinutes: 120 });
    const slow = forecastPlayers({ ...base, k: 1.2, referred: 120, cycleHistogram: [], medianCycleMinutes: 2880 });
    expect(horizon(fast, 7)?.expected ?? 0).toBeGreaterThan(horizon(slow, 7)?.expected ?? Infinity);
  });

  it('stops at the ceiling for a runaway K, and stays finite', () => {
    const result = forecastPlayers({ ...base, k: 3, referred: 300 });
    expect(horizon(result, 30)?.expected).toBe(forecastCeilingPlayers);
    expect(horizon(result, 30)?.high).toBe(forecastCeilingPlayers);
  });
});

describe('uncertainty band', () => {
  it('is 1.96 standard errors of K and of the seed rate', () => {
    // SE(K) = √50 / 100; SE(seed rate) = √(24 · 10) / 10
    const result = forecastPlayers(base);
    expect(result.kLow).toBeCloseTo(0.5 - (1.96 * Math.sqrt(50)) / 100, 12);
    expect(result.kHigh).toBeCloseTo(0.5 + (1.96 * Math.sqrt(50)) / 100, 12);
    const seedError = (1.96 * Math.sqrt(240)) / 10;
    const k0 = forecastPlayers({ ...base, k: 0, referred: 0 });
    expect(horizon(k0, 7)?.low).toBeCloseTo(7 * (24 - seedError), 9);
    expect(horizon(k0, 7)?.high).toBeCloseTo(7 * (24 + seedError), 9);
  });

  it('never puts K below 0', () => {
    expect(forecastPlayers({ ...base, k: 0.01, players: 100, referred: 1 }).kLow).toBe(0);
  });

  const inputArb: fc.Arbitrary<ForecastInput> = fc.record({
    k: fc.double({ min: 0, max: 5, noNaN: true }),
    players: fc.integer({ min: 1, max: 1_000_000 }),
    referred: fc.integer({ min: 0, max: 1_000_000 }),
    seeds: fc.integer({ min: 0, max: 1_000_000 }),
    seedsPerDay: fc.double({ min: 0, max: 50_000, noNaN: true }),
    seedDays: fc.integer({ min: 0, max: 366 }),
    cycleHistogram: fc.array(fc.nat(1000), { maxLength: 13 }),
    medianCycleMinutes: fc.option(fc.double({ min: 0.1, max: 40_000, noNaN: true }), { nil: null }),
  });

  it('holds the expected figure, whatever the input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const h of forecastPlayers(input).horizons) {
          expect(h.low).toBeLessThanOrEqual(h.expected);
          expect(h.expected).toBeLessThanOrEqual(h.high);
          expect(h.low).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('expects more in 30 days than in 7, and more with a larger K', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 1, noNaN: true }), (input, extra) => {
        const result = forecastPlayers(input);
        expect(horizon(result, 30)?.expected ?? 0).toBeGreaterThanOrEqual(horizon(result, 7)?.expected ?? Infinity);
        const larger = forecastPlayers({ ...input, k: input.k + extra });
        expect(horizon(larger, 30)?.expected ?? 0).toBeGreaterThanOrEqual(horizon(result, 30)?.expected ?? Infinity);
      }),
      { numRuns: 200 },
    );
  });
});

describe('degenerate input', () => {
  it('is all zeros without players', () => {
    const result = forecastPlayers({ k: 0, players: 0, referred: 0, seeds: 0, seedsPerDay: 0, seedDays: 30, cycleHistogram: [], medianCycleMinutes: null });
    expect(result).toEqual({
      expectedTotal: 0,
      horizons: [
        { days: 7, expected: 0, low: 0, high: 0 },
        { days: 30, expected: 0, low: 0, high: 0 },
      ],
      k: 0,
      kLow: 0,
      kHigh: 0,
      seedsPerDay: 0,
      medianCycleMinutes: null,
    });
  });

  it('never answers NaN or Infinity, even for broken input', () => {
    const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, 1e308));
    fc.assert(
      fc.property(
        fc.record({
          k: anyNumber,
          players: anyNumber,
          referred: anyNumber,
          seeds: anyNumber,
          seedsPerDay: anyNumber,
          seedDays: anyNumber,
          cycleHistogram: fc.array(anyNumber, { maxLength: 13 }),
          medianCycleMinutes: fc.option(anyNumber, { nil: null }),
        }),
        (input) => {
          const result = forecastPlayers(input);
          const numbers = [result.k, result.kLow, result.kHigh, result.seedsPerDay, result.expectedTotal ?? 0, ...result.horizons.flatMap((h) => [h.expected, h.low, h.high])];
          for (const value of numbers) expect(Number.isFinite(value)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
