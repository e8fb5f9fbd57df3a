import type { StudioLocale } from '@/lib/studio-i18n';

/** A moment written for the studio's reader: their time zone, the studio's language, Western digits. */
export function formatMoment(locale: StudioLocale, ms: number): string {
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** A moment as the value of a datetime-local input, in the reader's time zone ("2026-03-01T09:00"). */
export function toDateTimeLocal(ms: number | null): string {
  if (ms === null) return '';
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value read in the reader's time zone: null when empty, NaN when it is not a date. */
export function fromDateTimeLocal(value: string): number | null {
  if (value.trim() === '') return null;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? new Date(value).getTime() : Number.NaN;
}

/** The reader's time zone, for the hint under the schedule ("Europe/Paris"). */
export function getTimeZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
