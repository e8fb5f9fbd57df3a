import type { StudioLocale } from '@/lib/studio-i18n';
import type { ChartOption } from './echarts-setup';

/**
 * The look every dashboard chart shares: the studio's font and colours, and the mirroring Arabic needs. In a
 * right-to-left page time runs from right to left (the x axis is inverted), the value axis stands on the right
 * and legends start on the right, so a chart reads in the same direction as the text around it.
 */

export const chartColors = {
  ink: '#0f172a',
  muted: '#5b6478',
  line: '#e4e7ef',
  accent: '#4f46e5',
  accentSoft: '#c7d2fe',
  good: '#0f7a3e',
  warn: '#b45309',
  danger: '#c81e1e',
  factors: ['#0891b2', '#d97706', '#7c3aed'],
};

/** One colour per channel, the same in every chart and in the forest. */
const channelColors: Record<string, string> = {
  direct: '#94a3b8',
  whatsapp: '#16a34a',
  copy: '#4f46e5',
  x: '#111827',
  facebook: '#2563eb',
  telegram: '#0ea5e9',
  native: '#a855f7',
  linkedin: '#0e7490',
  reddit: '#ea580c',
  email: '#db2777',
  embed: '#64748b',
};
const spareColors = ['#65a30d', '#ca8a04', '#9333ea', '#0d9488', '#be123c'];

/** The colour of a channel (a stable spare one for a channel this list does not know). */
export function colorOfChannel(channel: string): string {
  const known = channelColors[channel];
  if (known) return known;
  const index = [...channel].reduce((sum, c) => sum + c.charCodeAt(0), 0) % spareColors.length;
  return spareColors[index] ?? chartColors.accent;
}

/** The page's font stack, Arabic first in the Arabic studio so digits and Latin names match its text. */
export function fontOf(locale: StudioLocale): string {
  return locale === 'ar' ? "'Noto Sans Arabic', 'Noto Sans', system-ui, sans-serif" : "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif";
}

/** Escapes text that goes into a tooltip's HTML: player names and results are typed by people. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** What every chart starts from: font, text colour, tooltip box, a short animation. */
export function baseOption(locale: StudioLocale): ChartOption {
  const fontFamily = fontOf(locale);
  return {
    textStyle: { fontFamily, color: chartColors.ink, fontSize: 12 },
    animationDuration: 450,
    animationDurationUpdate: 350,
    tooltip: {
      confine: true,
      backgroundColor: '#ffffff',
      borderColor: chartColors.line,
      textStyle: { fontFamily, color: chartColors.ink, fontSize: 13 },
      extraCssText: `direction: ${locale === 'ar' ? 'rtl' : 'ltr'}; text-align: start; box-shadow: 0 6px 20px rgb(15 23 42 / 12%); border-radius: 8px;`,
    },
  };
}

/** A plot area that keeps its axis labels inside the box, with room on the value axis's side. */
export function gridOf(options: { top?: number; bottom?: number; start?: number; end?: number } = {}) {
  return {
    id: 'grid',
    top: options.top ?? 16,
    bottom: options.bottom ?? 8,
    left: options.start ?? 8,
    right: options.end ?? 12,
    outerBoundsMode: 'same' as const,
    outerBoundsContain: 'axisLabel' as const,
  };
}

const axisLabel = { color: chartColors.muted, fontSize: 11, hideOverlap: true };
const splitLine = { lineStyle: { color: chartColors.line } };

/** The category axis of time (days, weeks, buckets, generations): first on the left, or on the right in Arabic. */
export function categoryAxisOf(locale: StudioLocale, labels: string[], options: { name?: string } = {}) {
  return {
    id: 'x',
    type: 'category' as const,
    data: labels,
    inverse: locale === 'ar',
    axisTick: { alignWithLabel: true },
    axisLine: { lineStyle: { color: '#cfd4e0' } },
    axisLabel,
    name: options.name,
  };
}

/** The value axis: on the left, or on the right in Arabic. */
export function valueAxisOf(locale: StudioLocale, format: (value: number) => string, options: { id?: string; min?: number; max?: number; isOpposite?: boolean } = {}) {
  const isRight = (locale === 'ar') !== (options.isOpposite ?? false);
  return {
    id: options.id ?? 'y',
    type: 'value' as const,
    position: isRight ? ('right' as const) : ('left' as const),
    min: options.min,
    max: options.max,
    splitLine: options.isOpposite ? { show: false } : splitLine,
    axisLabel: { ...axisLabel, formatter: (value: number) => format(value) },
  };
}

/** A horizontal bar chart's value axis: grows rightwards, or leftwards in Arabic. */
export function horizontalValueAxisOf(locale: StudioLocale, format: (value: number) => string) {
  return { id: 'x', type: 'value' as const, inverse: locale === 'ar', splitLine, axisLabel: { ...axisLabel, formatter: (value: number) => format(value) } };
}

/** A horizontal bar chart's category axis: the first category on top, labels on the reading side. */
export function horizontalCategoryAxisOf(locale: StudioLocale, labels: string[], width = 120) {
  return {
    id: 'y',
    type: 'category' as const,
    data: labels,
    inverse: true,
    position: locale === 'ar' ? ('right' as const) : ('left' as const),
    axisTick: { show: false },
    axisLine: { lineStyle: { color: '#cfd4e0' } },
    axisLabel: { color: chartColors.ink, fontSize: 12, width, overflow: 'truncate' as const },
  };
}

/** A legend at the top, starting on the reading side. */
export function legendOf(locale: StudioLocale) {
  const side = locale === 'ar' ? { right: 0 } : { left: 0 };
  return { ...side, top: 0, align: locale === 'ar' ? ('right' as const) : ('left' as const), icon: 'roundRect', itemWidth: 12, itemHeight: 8, textStyle: { color: chartColors.muted, fontSize: 12, fontFamily: fontOf(locale) } };
}
