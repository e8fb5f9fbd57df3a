import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCycleHistograms,
  bucketOfCycle,
  cycleBucketBounds,
  cycleBucketCount,
  cycleBucketMidpointMinutes,
  emptyCycleHistogram,
  histogramBuckets,
  medianCycleMinutes,
} from '@/lib/analytics/cycle-time';

const minute = 60_000;

function histogramOf(cycleMinutes: readonly number[]): number[] {
  const h = emptyCycleHistogram();
  for (const m of cycleMinutes) {
    const bucket = bucketOfCycle(m * minute);
    h[bucket] = (h[bucket] ?? 0) + 1;
  }
  return h;
}

describe('medianCycleMinutes', () => {
  it.each([
    { label: 'no histogram', histogram: [], median: null },
    { label: 'no cycles', histogram: emptyCycleHistogram(), median: null },
    { label: 'one cycle of 30 min: the middle of [15, 60)', histogram: histogramOf([30]), median: 37.5 },
    { label: 'two cycles, 30 and 90 min: the boundary between their buckets', histogram: histogramOf([30, 90]), median: 60 },
    { label: 'three cycles in [60, 180): half-way through the bucket', histogram: histogramOf([61, 100, 170]), median: 120 },
    { label: 'one fast, three slow: a third of the way into [180, 360)', histogram: histogramOf([0.5, 200, 300, 350]), median: 180 + (1 / 3) * 180 },
    { label: 'the middle in the open last bucket (14 days on): its lower bound', histogram: histogramOf([30, 30_000, 40_000]), median: 20_160 },
    { label: 'everything under a minute', histogram: histogramOf([0.1, 0.2, 0.3, 0.4]), median: 0.5 },
    { label: 'a short histogram (missing buckets are empty)', histogram: [0, 2], median: 3 },
    { label: 'negative counts are ignored', histogram: [-5, 2], median: 3 },
  ])('$label', ({ histogram, median }) => {
    expect(medianCycleMinutes(histogram)).toBe(median);
  });

  it('lies in the bucket of the true median (exact to the bucket)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 40_000, noNaN: true }), { minLength: 1, maxLength: 200 }), (cycles) => {
        const sorted = [...cycles].sort((a, b) => a - b);
        const middle = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0;
        const { lowerMinutes, upperMinutes } = cycleBucketBounds(bucketOfCycle(middle * minute));
        const median = medianCycleMinutes(histogramOf(cycles));
        expect(median).not.toBeNull();
        expect(median ?? -1).toBeGreaterThanOrEqual(lowerMinutes);
        expect(median ?? Infinity).toBeLessThanOrEqual(upperMinutes ?? lowerMinutes);
      }),
    );
  });
});

describe('histogramBuckets', () => {
  it('gives the 13 buckets with contiguous bounds, the last one open', () => {
    const buckets = histogramBuckets(histogramOf([0.5, 3, 3, 45, 30_000]));
    expect(buckets).toHaveLength(13);
    expect(buckets[0]).toEqual({ lowerMinutes: 0, upperMinutes: 1, count: 1 });
    expect(buckets[1]).toEqual({ lowerMinutes: 1, upperMinutes: 5, count: 2 });
    expect(buckets[3]).toEqual({ lowerMinutes: 15, upperMinutes: 60, count: 1 });
    expect(buckets[12]).toEqual({ lowerMinutes: 20_160, upperMinutes: null, count: 1 });
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]?.lowerMinutes).toBe(buckets[i - 1]?.upperMinutes);
  });

  it('fills missing buckets with 0', () => {
    expect(histogramBuckets([4]).map((b) => b.count)).toEqual([4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('addCycleHistograms', () => {
  it.each([
    { label: 'nothing', histograms: [], sum: emptyCycleHistogram() },
    { label: 'two days', histograms: [histogramOf([3, 30]), histogramOf([30, 90])], sum: histogramOf([3, 30, 30, 90]) },
    { label: 'short ones', histograms: [[1], [0, 2]], sum: [1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  ])('$label', ({ histograms, sum }) => {
    expect(addCycleHistograms(histograms)).toEqual(sum);
  });
});

describe('cycleBucketMidpointMinutes', () => {
  it.each([
    { bucket: 0, minutes: 0.5 },
    { bucket: 3, minutes: 37.5 },
    { bucket: 7, minutes: 1080 },
    { bucket: 12, minutes: 30_240 },
  ])('bucket $bucket stands for $minutes minutes', ({ bucket, minutes }) => {
    expect(cycleBucketMidpointMinutes(bucket)).toBe(minutes);
  });

  it('falls inside every closed bucket', () => {
    for (let bucket = 0; bucket < cycleBucketCount - 1; bucket++) expect(bucketOfCycle(cycleBucketMidpointMinutes(bucket) * minute)).toBe(bucket);
  });
});
