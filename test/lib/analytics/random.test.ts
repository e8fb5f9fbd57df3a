import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/analytics/random';

function draws(n: number, draw: () => number): number[] {
  return Array.from({ length: n }, draw);
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const variance = (values: readonly number[]) => {
  const m = mean(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length;
};
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// Each statistical check runs on a fixed seed, so it gives the same answer on every run; the tolerances are several
// standard errors wide, so a correct generator passes for any seed.
describe('createRandom', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = draws(100, a.float);
    expect(draws(100, b.float)).toEqual(first);
    expect(draws(100, c.float)).not.toEqual(first);
  });

  it('float is in [0, 1) and spread evenly', () => {
    const values = draws(20_000, createRandom(1).float);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
    expect(mean(values)).toBeCloseTo(0.5, 1);
    const tenths = new Array<number>(10).fill(0);
    for (const v of values) tenths[Math.floor(v * 10)] = (tenths[Math.floor(v * 10)] ?? 0) + 1;
    for (const count of tenths) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('int(n) is a whole number in [0, n), reaching both ends', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 50 }), (seed, n) => {
        const rng = createRandom(seed);
        const values = draws(400, () => rng.int(n));
        for (const v of values) {
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThan(n);
        }
        if (n <= 5) expect(new Set(values).size).toBe(n);
      }),
      { numRuns: 50 },
    );
    expect(createRandom(1).int(0)).toBe(0);
  });

  it.each([
    { label: 'even weights', weights: [1, 1, 1, 1] },
    { label: 'uneven weights', weights: [5, 1, 0, 4] },
    { label: 'a negative weight counts as 0', weights: [-3, 1, 1] },
  ])('pick follows $label', ({ weights }) => {
    const rng = createRandom(7);
    const n = 20_000;
    const counts = new Array<number>(weights.length).fill(0);
    for (let i = 0; i < n; i++) {
      const index = rng.pick(weights);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
    weights.forEach((w, i) => {
      const expected = (n * Math.max(0, w)) / total;
      expect(Math.abs((counts[i] ?? 0) - expected)).toBeLessThanOrEqual(Math.max(1, 5 * Math.sqrt(expected)));
    });
  });

  it('pick answers −1 when nothing has weight', () => {
    expect(createRandom(1).pick([])).toBe(-1);
    expect(createRandom(1).pick([0, 0])).toBe(-1);
  });

  it.each([
    { label: 'a small mean (Knuth)', lambda: 3 },
    { label: 'a mean just under the switch', lambda: 29 },
    { label: 'a large mean (PTRS)', lambda: 80 },
    { label: 'a very large mean', lambda: 5000 },
  ])('poisson with $label has mean and variance λ', ({ lambda }) => {
    const rng = createRandom(11);
    const values = draws(20_000, () => rng.poisson(lambda));
    for (const v of values.slice(0, 500)) expect(Number.isInteger(v) && v >= 0).toBe(true);
    const se = Math.sqrt(lambda / values.length);
    expect(Math.abs(mean(values) - lambda)).toBeLessThan(5 * se);
    expect(variance(values) / lambda).toBeGreaterThan(0.93);
    expect(variance(values) / lambda).toBeLessThan(1.07);
  });

  it('poisson of nothing is 0', () => {
    const rng = createRandom(1);
    expect([rng.poisson(0), rng.poisson(-1), rng.poisson(Number.NaN)]).toEqual([0, 0, 0]);
  });

  it('normal has mean 0 and variance 1', () => {
    const values = draws(40_000, createRandom(5).normal);
    expect(Math.abs(mean(values))).toBeLessThan(0.03);
    expect(variance(values)).toBeGreaterThan(0.97);
    expect(variance(values)).toBeLessThan(1.03);
  });

  it('logNormal has the given median, and is spread by sigma', () => {
    const rng = createRandom(9);
    const values = draws(20_000, () => rng.logNormal(120, 1.1));
    expect(median(values) / 120).toBeGreaterThan(0.95);
    expect(median(values) / 120).toBeLessThan(1.05);
    expect(variance(values.map(Math.log))).toBeCloseTo(1.21, 1);
    for (const v of values) expect(v).toBeGreaterThan(0);
  });

  it('exponential has the given mean', () => {
    const rng = createRandom(13);
    const values = draws(20_000, () => rng.exponential(180));
    expect(mean(values) / 180).toBeGreaterThan(0.96);
    expect(mean(values) / 180).toBeLessThan(1.04);
    for (const v of values) expect(Number.isFinite(v) && v >= 0).toBe(true);
  });
});
