import type { CycleBucket } from './dashboard-types';

/**
 * Viral cycle time: the time from a parent's start to a child's start. Kept as a histogram of 13 buckets, whose
 * upper bounds (exclusive) are below; the last bucket holds everything from 14 days on. The buckets are
 * finer where most cycles fall (the first hours) and coarse in the long tail.
 */
export const cycleBucketUpperMinutes = [1, 5, 15, 60, 180, 360, 720, 1440, 2880, 4320, 10080, 20160] as const;

/** The number of buckets: one per upper bound, plus the open-ended last one. */
export const cycleBucketCount = cycleBucketUpperMinutes.length + 1;

/** The bucket (0 … 12) of a cycle time in milliseconds; a negative time (clock skew) counts as 0. */
export function bucketOfCycle(cycleMs: number): number {
  const minutes = Math.max(0, cycleMs) / 60_000;
  const index = cycleBucketUpperMinutes.findIndex((upper) => minutes < upper);
  return index === -1 ? cycleBucketUpperMinutes.length : index;
}

/** A bucket's bounds in minutes: [lower, upper); the last bucket's upper bound is null (open). */
export function cycleBucketBounds(bucket: number): { lowerMinutes: number; upperMinutes: number | null } {
  const lowerMinutes = bucket === 0 ? 0 : (cycleBucketUpperMinutes[bucket - 1] ?? 0);
  const upperMinutes = cycleBucketUpperMinutes[bucket] ?? null;
  return { lowerMinutes, upperMinutes };
}

/** An empty cycle-time histogram: one zero per bucket. */
export function emptyCycleHistogram(): number[] {
  return new Array<number>(cycleBucketCount).fill(0);
}

/**
 * The sum of cycle-time histograms, bucket by bucket. A missing bucket counts as 0; the answer always has at least
 * the 13 buckets.
 */
export function addCycleHistograms(histograms: readonly (readonly number[])[]): number[] {
  const length = Math.max(cycleBucketCount, ...histograms.map((h) => h.length));
  const sum = new Array<number>(length).fill(0);
  for (const histogram of histograms) histogram.forEach((count, i) => (sum[i] = (sum[i] ?? 0) + count));
  return sum;
}

/** A histogram as the dashboard draws it: the 13 buckets with their bounds in minutes and their counts (0 when missing). */
export function histogramBuckets(histogram: readonly number[]): CycleBucket[] {
  return Array.from({ length: cycleBucketCount }, (_, bucket) => ({ ...cycleBucketBounds(bucket), count: histogram[bucket] ?? 0 }));
}

/**
 * The median viral cycle time, in minutes, from a histogram of cycle times (bucket i = `cycleBucketBounds(i)`): with
 * N cycles, the point below which N/2 of them lie, found by linear interpolation inside the bucket that holds it,
 * median = lower + (N/2 − cycles in earlier buckets) / (cycles in the bucket) × (upper − lower). It is exact to the
 * bucket (the true median lies in the same bucket); when the middle falls in the open last bucket (14 days and
 * more) its lower bound is the answer. null without any cycle. Entries past the 13th bucket are ignored.
 */
export function medianCycleMinutes(histogram: readonly number[]): number | null {
  const counts = histogram.slice(0, cycleBucketCount).map((count) => Math.max(0, count));
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total <= 0) return null;
  const half = total / 2;
  let before = 0;
  for (let bucket = 0; bucket < counts.length; bucket++) {
    const count = counts[bucket] ?? 0;
    if (count > 0 && before + count >= half) {
      const { lowerMinutes, upperMinutes } = cycleBucketBounds(bucket);
      if (upperMinutes === null) return lowerMinutes;
      return lowerMinutes + ((half - before) / count) * (upperMinutes - lowerMinutes);
    }
    before += count;
  }
  return null; // unreachable: the buckets sum to total ≥ half
}

/**
 * A representative cycle time for each bucket, in minutes, used where a single duration per bucket is needed (the
 * forecast): the middle of the bucket, and for the open last bucket (14 days and more) 1.5 × its lower bound, 21 days.
 */
export function cycleBucketMidpointMinutes(bucket: number): number {
  const { lowerMinutes, upperMinutes } = cycleBucketBounds(bucket);
  return upperMinutes === null ? lowerMinutes * 1.5 : (lowerMinutes + upperMinutes) / 2;
}
