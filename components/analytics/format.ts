import { channelLabels, isShareChannel } from '@/lib/share';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';

/**
 * The dashboard's way of writing figures for its reader: the studio's language, Western digits (as the rest of the
 * studio writes dates), Intl for grouping, percents, plurals and units. One object per locale, made once.
 */
export type Formatter = ReturnType<typeof makeFormatter>;

const cache = new Map<StudioLocale, ReturnType<typeof buildFormatter>>();

/** The formatter of a locale (cached: Intl objects are costly to make and the dashboard formats thousands of figures). */
export function makeFormatter(locale: StudioLocale) {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = buildFormatter(locale);
    cache.set(locale, formatter);
  }
  return formatter;
}

function buildFormatter(locale: StudioLocale) {
  const tag = locale === 'ar' ? 'ar-u-nu-latn' : 'en';
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  const twoDecimals = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const wholePercent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const change = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const dayShort = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const dayLong = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const units = (['minute', 'hour', 'day'] as const).map((unit) => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }));
  const [minuteUnit, hourUnit, dayUnit] = units as [Intl.NumberFormat, Intl.NumberFormat, Intl.NumberFormat];

  /** English writes "3 h 20 min"; Arabic spells the units out, where Intl gets the dual and plural forms right. */
  const part = (value: number, unit: 'min' | 'h' | 'd') => (locale === 'ar' ? (unit === 'min' ? minuteUnit : unit === 'h' ? hourUnit : dayUnit).format(value) : `${integer.format(value)}\u00a0${unit}`);
  const joinParts = (a: string, b: string) => (locale === 'ar' ? `${a} و${b}` : `${a} ${b}`);

  return {
    locale,
    tag,
    /** 12,345 */
    count: (value: number) => integer.format(value),
    /** 12K: for axes */
    compact: (value: number) => compact.format(value),
    /** a count or "—" when unknown */
    countOrDash: (value: number | null) => (value === null ? '—' : integer.format(value)),
    /** K and other ratios: 0.87 */
    ratio: (value: number) => twoDecimals.format(value),
    ratioOrDash: (value: number | null) => (value === null ? '—' : twoDecimals.format(value)),
    decimal: (value: number) => oneDecimal.format(value),
    /** 0.123 → 12.3% */
    percent: (value: number) => percent.format(value),
    /** 0.123 → 12% */
    wholePercent: (value: number) => wholePercent.format(value),
    /** +12% / −8%; empty when there is nothing to compare with */
    change: (value: number) => change.format(value),
    /** 'YYYY-MM-DD' → Jan 3 */
    day: (day: string) => dayShort.format(Date.parse(`${day}T00:00:00Z`)),
    /** 'YYYY-MM-DD' → Jan 3, 2026 */
    dayLong: (day: string) => dayLong.format(Date.parse(`${day}T00:00:00Z`)),
    /** epoch ms, in the reader's time zone */
    moment: (ms: number) => moment.format(ms),
    /** A duration in minutes, humanised: "45 s" is below a minute, then "12 min", "3 h 20 min", "2 d 4 h". */
    duration: (minutes: number | null): string => {
      if (minutes === null) return '—';
      if (minutes < 1) return t('an_duration_under_minute');
      const total = Math.round(minutes);
      if (total < 60) return part(total, 'min');
      if (total < 1440) {
        const hours = Math.floor(total / 60);
        const rest = total % 60;
        return rest === 0 ? part(hours, 'h') : joinParts(part(hours, 'h'), part(rest, 'min'));
      }
      const days = Math.floor(total / 1440);
      const hours = Math.round((total % 1440) / 60);
      return hours === 0 || hours === 24 ? part(hours === 24 ? days + 1 : days, 'd') : joinParts(part(days, 'd'), part(hours, 'h'));
    },
    /** A cycle-time bucket: "<1 min", "5–15 min", "1–3 h", "1–2 d", "≥14 d". */
    bucket: (lowerMinutes: number, upperMinutes: number | null): string => {
      const [unitKey, divisor] = pickBucketUnit(upperMinutes ?? lowerMinutes);
      const unit = t(unitKey);
      if (upperMinutes === null) return t('an_bucket_over', { n: integer.format(lowerMinutes / divisor), unit });
      if (lowerMinutes === 0) return t('an_bucket_under', { n: integer.format(upperMinutes / divisor), unit });
      // "15–60 min" rather than "0.25–1 h"; "12–24 h" rather than "0.5–1 d".
      return t('an_bucket_range', { a: integer.format(lowerMinutes / divisor), b: integer.format(upperMinutes / divisor), unit });
    },
    /** A channel's name: the networks keep their own names, ours are translated. */
    channel: (channel: string): string => {
      if (channel === 'direct') return t('an_channel_direct');
      if (channel === 'copy') return t('an_channel_copy');
      if (channel === 'native') return t('an_channel_native');
      if (channel === 'email') return t('an_channel_email');
      if (channel === 'embed') return t('an_channel_embed');
      return isShareChannel(channel) ? channelLabels[channel] : channel;
    },
    /** A source: 'direct', 'embed' or a utm_source as it was written. */
    source: (source: string): string => (source === 'direct' ? t('an_source_direct') : source === 'embed' ? t('an_source_embed') : source),
  };
}

function pickBucketUnit(minutes: number): [StudioMessageKey, number] {
  if (minutes <= 60) return ['an_unit_min', 1];
  if (minutes <= 1440) return ['an_unit_h', 60];
  return ['an_unit_d', 1440];
}

/** The relative change from `previous` to `current`, or null when there is nothing to compare with. */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}
