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
