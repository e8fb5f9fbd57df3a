import type { DayRange } from './dashboard-types';

/**
 * Days of the analytics: UTC calendar dates written 'YYYY-MM-DD'. UTC has no daylight-saving shifts, so every day
 * is exactly 86,400,000 ms long and a day's cohort is the same wherever the viewer is.
 */
export const dayMs = 86_400_000;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC day ('YYYY-MM-DD') an instant (epoch ms) falls on. */
export function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first instant (epoch ms, 00:00 UTC) of a day 'YYYY-MM-DD'. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

/** The day n days after `day` (before it when n is negative). */
export function addDays(day: string, n: number): string {
  return toDay(dayStart(day) + n * dayMs);
}

/** How many days the inclusive range from `from` to `to` holds: 1 when they are the same day, 0 or less when to < from. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayStart(to) - dayStart(from)) / dayMs) + 1;
}

/** The period the dashboard compares with: as many days as `range`, ending the day before it begins. */
export function previousRange(range: DayRange): DayRange {
  const length = daysBetween(range.from, range.to);
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}

/** The Monday that starts the ISO week of a day (the day itself when it is a Monday). */
export function weekStart(day: string): string {
  const weekday = new Date(dayStart(day)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Whether a string is a real calendar day 'YYYY-MM-DD' (not 2025-02-30, not 2025-1-5). */
export function isDay(value: string): boolean {
  if (!dayPattern.test(value)) return false;
  const start = dayStart(value);
  return Number.isFinite(start) && toDay(start) === value;
}

/** The default analytics period's length: the last 30 days, today included. */
export const defaultRangeDays = 30;

/**
 * The day range asked for in a query (`from`, `to`, both optional, inclusive): without `to` the period ends today
 * (the UTC day of `now`); without `from` it is the 30 days ending at `to`. Malformed or impossible dates, a start
 * after the end and a period longer than `maxDays` are refused with a reason a person can read.
 */
export function parseDayRange(input: { from?: string; to?: string }, now: number, maxDays = 366): { ok: true; range: DayRange } | { ok: false; reason: string } {
  if (input.from !== undefined && !isDay(input.from)) return { ok: false, reason: `"from" must be a date written YYYY-MM-DD, not "${input.from}"` };
  if (input.to !== undefined && !isDay(input.to)) return { ok: false, reason: `"to" must be a date written YYYY-MM-DD, not "${input.to}"` };
  const to = input.to ?? toDay(now);
  const from = input.from ?? addDays(to, -(defaultRangeDays - 1));
  if (from > to) return { ok: false, reason: `"from" (${from}) is after "to" (${to})` };
  const length = daysBetween(from, to);
  if (length > maxDays) return { ok: false, reason: `the period holds ${length} days; at most ${maxDays} can be asked for at once` };
  return { ok: true, range: { from, to } };
}
