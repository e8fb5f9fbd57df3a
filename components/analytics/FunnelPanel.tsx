'use client';

import { useMemo } from 'react';
import type { Dashboard, FunnelStep } from '@/lib/analytics/dashboard-types';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { baseOption, chartColors, gridOf, horizontalCategoryAxisOf, horizontalValueAxisOf } from './chart-style';
import { EChart } from './EChart';
import type { ChartOption } from './echarts-setup';
import { makeFormatter } from './format';
import { HiddenTable, Panel } from './parts';

const stepKeys: Record<FunnelStep, StudioMessageKey> = {
  view: 'an_step_view',
  start: 'an_step_start',
  complete: 'an_step_complete',
  share: 'an_step_share',
  click: 'an_step_click',
  referred_start: 'an_step_referred_start',
  referred_complete: 'an_step_referred_complete',
};

// The player's own steps, the sharing steps, and the friends they brought: three colours for the three parts of the loop.
const stepColors: Record<FunnelStep, string> = {
  view: '#a5b4fc',
  start: chartColors.accent,
  complete: chartColors.accent,
  share: '#d97706',
  click: '#d97706',
  referred_start: chartColors.good,
  referred_complete: chartColors.good,
};

/** The funnel view → start → complete → share → click → referred start → referred complete, each with its step-to-step conversion. */
export function FunnelPanel({ locale, dashboard }: { locale: StudioLocale; dashboard: Dashboard }) {
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const steps = dashboard.funnel.map((entry, i) => {
    const before = i > 0 ? dashboard.funnel[i - 1]?.count : null;
    const conversion = entry.count !== null && before !== null && before !== undefined && before > 0 ? entry.count / before : null;
    return { ...entry, label: t(stepKeys[entry.step]), conversion };
  });
  // Clicks can outnumber sharers (one link, many friends): past 100% a step reads as a multiple of the one before.
  const writeConversion = (value: number) => (value > 1 ? `× ${f.ratio(value)}` : f.wholePercent(value));
  const hasUnknownViews = steps.some((s) => s.count === null);
  const summary = steps.map((s) => `${s.label} ${f.countOrDash(s.count)}`).join(', ');

  const option = useMemo((): ChartOption => {
    const isRtl = locale === 'ar';
    return {
      ...baseOption(locale),
      tooltip: { ...baseOption(locale).tooltip, show: false },
      grid: gridOf({ top: 4, bottom: 4, end: isRtl ? 8 : 96, start: isRtl ? 96 : 8 }),
      xAxis: { ...horizontalValueAxisOf(locale, f.compact), show: false },
      yAxis: horizontalCategoryAxisOf(locale, steps.map((s) => s.label), 118),
      series: [
        {
          id: 'funnel',
          type: 'bar',
          barWidth: '62%',
          data: steps.map((s) => ({ value: s.count ?? 0, itemStyle: { color: stepColors[s.step], borderRadius: isRtl ? [4, 0, 0, 4] : [0, 4, 4, 0] }, conversion: s.conversion, count: s.count })),
          label: {
            show: true,
            position: isRtl ? 'left' : 'right',
            color: chartColors.ink,
            fontSize: 12,
            formatter: (params) => {
              const step = steps[params.dataIndex];
              if (!step) return '';
              const count = f.countOrDash(step.count);
              if (step.conversion === null) return `{count|${count}}`;
              // Rich text runs left to right: in Arabic the rate goes first so the count stays next to its bar.
              return isRtl ? `{rate|${writeConversion(step.conversion)}} {count|${count}}` : `{count|${count}} {rate|${writeConversion(step.conversion)}}`;
            },
            rich: { count: { fontWeight: 600, color: chartColors.ink }, rate: { color: chartColors.muted } },
          },
        },
      ],
    };
  }, [locale, summary]);

  return (
    <Panel id="an-funnel" title={t('an_funnel_title')} lead={t('an_funnel_lead')} testId="funnel">
      <EChart option={option} label={t('an_funnel_chart_label', { summary })} className="an-chart-funnel" testId="funnel-chart" />
      {hasUnknownViews ? <p className="muted small an-note">{t('an_funnel_views_note')}</p> : null}
      <HiddenTable
        caption={t('an_funnel_title')}
        head={[t('an_col_step'), t('an_col_count'), t('an_col_conversion')]}
        rows={steps.map((s) => [s.label, f.countOrDash(s.count), s.conversion === null ? '—' : writeConversion(s.conversion)])}
        testId="funnel-table"
      />
    </Panel>
  );
}
