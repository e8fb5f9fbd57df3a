import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayMs, dayStart, daysBetween, isDay, parseDayRange, previousRange, toDay, weekStart } from '@/lib/analytics/periods';

// Any day from 1971 to 2099, as an arbitrary.
const dayArb = fc.integer({ min: 365, max: 47_000 }).map((n) => toDay(n * dayMs));

describe('toDay and dayStart', () => {
  it.each([
    { label: 'midnight UTC', ms: Date.UTC(2025, 5, 1), day: '2025-06-01' },
    { label: 'the last millisecond of a day', ms: Date.UTC(2025, 5, 1) + dayMs - 1, day: '2025-06-01' },
    { label: 'a leap day', ms: Date.UTC(2024, 1, 29, 12), day: '2024-02-29' },
    { label: 'late evening in New York is already tomorrow in UTC', ms: Date.parse('2025-06-01T22:30:00-04:00'), day: '2025-06-02' },
    { label: 'the epoch', ms: 0, day: '1970-01-01' },
  ])('$label → $day', ({ ms, day }) => {
    expect(toDay(ms)).toBe(day);
    expect(dayStart(day)).toBeLessThanOrEqual(ms);
    expect(ms - dayStart(day)).toBeLessThan(dayMs);
  });

  it('has no daylight-saving days: the days around Europe and America changing clocks are 24 h long', () => {
    for (const day of ['2025-03-09', '2025-03-30', '2025-10-26', '2025-11-02']) expect(dayStart(addDays(day, 1)) - dayStart(day)).toBe(dayMs);
  });

  it('dayStart and toDay are inverse', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        expect(toDay(dayStart(day))).toBe(day);
      }),
    );
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    { label: 'the next day', day: '2025-06-01', n: 1, result: '2025-06-02' },
    { label: 'over a month end', day: '2025-01-31', n: 1, result: '2025-02-01' },
    { label: 'over a year end', day: '2024-12-31', n: 1, result: '2025-01-01' },
    { label: 'onto a leap day', day: '2024-02-28', n: 1, result: '2024-02-29' },
    { label: 'back over a year end', day: '2025-01-01', n: -1, result: '2024-12-31' },
    { label: 'zero days', day: '2025-06-01', n: 0, result: '2025-06-01' },
    { label: 'a leap year holds 366 days', day: '2024-01-01', n: 366, result: '2025-01-01' },
  ])('$label: $day + $n = $result', ({ day, n, result }) => {
    expect(addDays(day, n)).toBe(result);
  });

  it.each([
    { label: 'one day', from: '2025-06-01', to: '2025-06-01', days: 1 },
    { label: 'a week', from: '2025-06-01', to: '2025-06-07', days: 7 },
    { label: 'February of a leap year', from: '2024-02-01', to: '2024-02-29', days: 29 },
    { label: 'a year', from: '2025-01-01', to: '2025-12-31', days: 365 },
  ])('$label: $from … $to holds $days days', ({ from, to, days }) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('counts n + 1 days from a day to n days later', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 2000 }), (day, n) => {
        expect(daysBetween(day, addDays(day, n))).toBe(n + 1);
      }),
    );
  });
});

describe('previousRange', () => {
  it.each([
    { label: 'the 30 days before 30 days', range: { from: '2025-05-03', to: '2025-06-01' }, previous: { from: '2025-04-03', to: '2025-05-02' } },
    { label: 'yesterday before today', range: { from: '2025-06-01', to: '2025-06-01' }, previous: { from: '2025-05-31', to: '2025-05-31' } },
    { label: 'last year’s January before this January', range: { from: '2025-01-01', to: '2025-01-31' }, previous: { from: '2024-12-01', to: '2024-12-31' } },
    { label: 'over a leap day', range: { from: '2024-03-01', to: '2024-03-02' }, previous: { from: '2024-02-28', to: '2024-02-29' } },
  ])('$label', ({ range, previous }) => {
    expect(previousRange(range)).toEqual(previous);
  });

  it('is as long as the range and ends the day before it', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 400 }), (from, n) => {
        const range = { from, to: addDays(from, n) };
        const previous = previousRange(range);
        expect(daysBetween(previous.from, previous.to)).toBe(n + 1);
        expect(addDays(previous.to, 1)).toBe(range.from);
      }),
    );
  });
});

describe('weekStart', () => {
  it.each([
    { label: 'a Monday is its own week start', day: '2025-06-02', monday: '2025-06-02' },
    { label: 'a Wednesday', day: '2025-06-04', monday: '2025-06-02' },
    { label: 'a Sunday ends the week begun the Monday before', day: '2025-06-08', monday: '2025-06-02' },
    { label: 'New Year 2025 (a Wednesday) is in a week begun in 2024', day: '2025-01-01', monday: '2024-12-30' },
    { label: 'a Saturday at a month start', day: '2025-03-01', monday: '2025-02-24' },
  ])('$label', ({ day, monday }) => {
    expect(weekStart(day)).toBe(monday);
  });

  it('is a Monday at most six days before', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const monday = weekStart(day);
        expect(new Date(dayStart(monday)).getUTCDay()).toBe(1);
        expect(daysBetween(monday, day)).toBeGreaterThanOrEqual(1);
        expect(daysBetween(monday, day)).toBeLessThanOrEqual(7);
      }),
    );
  });
});

describe('isDay', () => {
  it.each([
    { value: '2025-06-01', ok: true },
    { value: '2024-02-29', ok: true },
    { value: '2025-02-29', ok: false },
    { value: '2025-02-30', ok: false },
    { value: '2025-13-01', ok: false },
    { value: '2025-6-1', ok: false },
    { value: '2025-06-01T00:00', ok: false },
    { value: 'yesterday', ok: false },
    { value: '', ok: false },
  ])('"$value" is a day: $ok', ({ value, ok }) => {
    expect(isDay(value)).toBe(ok);
  });
});

describe('parseDayRange', () => {
  const now = Date.UTC(2025, 5, 15, 18, 30); // 2025-06-15, evening

  it.each([
    { label: 'nothing asked: the last 30 days, today included', input: {}, range: { from: '2025-05-17', to: '2025-06-15' } },
    { label: 'only the start: up to today', input: { from: '2025-06-01' }, range: { from: '2025-06-01', to: '2025-06-15' } },
    { label: 'only the end: the 30 days up to it', input: { to: '2025-03-31' }, range: { from: '2025-03-02', to: '2025-03-31' } },
    { label: 'one day', input: { from: '2025-06-10', to: '2025-06-10' }, range: { from: '2025-06-10', to: '2025-06-10' } },
    { label: 'exactly the longest period', input: { from: '2024-06-15', to: '2025-06-15' }, range: { from: '2024-06-15', to: '2025-06-15' } },
  ])('$label', ({ input, range }) => {
    expect(parseDayRange(input, now)).toEqual({ ok: true, range });
  });

  it.each([
    { label: 'a malformed start', input: { from: '2025-6-1' }, reason: /"from" must be a date/ },
    { label: 'an impossible end', input: { to: '2025-02-30' }, reason: /"to" must be a date/ },
    { label: 'words', input: { from: 'last week' }, reason: /"from" must be a date/ },
    { label: 'a start after the end', input: { from: '2025-06-10', to: '2025-06-01' }, reason: /after/ },
    { label: 'a start after today without an end', input: { from: '2025-07-01' }, reason: /after/ },
    { label: 'a day more than the longest period', input: { from: '2024-06-14', to: '2025-06-15' }, reason: /367 days; at most 366/ },
  ])('refuses $label', ({ input, reason }) => {
    const result = parseDayRange(input, now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('takes a different longest period', () => {
    expect(parseDayRange({ from: '2025-06-01', to: '2025-06-08' }, now, 7).ok).toBe(false);
    expect(parseDayRange({ from: '2025-06-02', to: '2025-06-08' }, now, 7).ok).toBe(true);
  });
});
