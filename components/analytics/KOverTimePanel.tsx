'use client';

import { useMemo, useState } from 'react';
import type { CohortPoint, Dashboard } from '@/lib/analytics/dashboard-types';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { baseOption, categoryAxisOf, chartColors, escapeHtml, gridOf, legendOf, valueAxisOf } from './chart-style';
import { EChart } from './EChart';
import type { ChartOption } from './echarts-setup';
import { makeFormatter, type Formatter } from './format';
import { HiddenTable, Panel } from './parts';

type Unit = 'day' | 'week';
type Factor = 'shareRate' | 'clicksPerSharer' | 'playersPerClick';

const factors: { key: Factor; label: StudioMessageKey; color: string }[] = [
  { key: 'shareRate', label: 'an_kpi_share_rate', color: chartColors.factors[0] ?? chartColors.accent },
  { key: 'clicksPerSharer', label: 'an_kpi_clicks_per_sharer', color: chartColors.factors[1] ?? chartColors.accent },
  { key: 'playersPerClick', label: 'an_kpi_players_per_click', color: chartColors.factors[2] ?? chartColors.accent },
];

function writeFactor(f: Formatter, factor: Factor, value: number): string {
  return factor === 'shareRate' ? f.percent(value) : f.ratio(value);
}

/** K by start cohort (day or week) with the line K = 1 and the cohort sizes; below it, its three factors as small multiples. */
export function KOverTimePanel({ locale, dashboard }: { locale: StudioLocale; dashboard: Dashboard }) {
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const [unit, setUnit] = useState<Unit>(dashboard.byDay.length > 45 ? 'week' : 'day');
  const points: CohortPoint[] = unit === 'day' ? dashboard.byDay : dashboard.byWeek;
  const labels = points.map((p) => (unit === 'day' ? f.day(p.start) : t('an_week_of', { day: f.day(p.start) })));
  const axisLabels = points.map((p) => f.day(p.start));
  const fingerprint = JSON.stringify(points.map((p) => [p.start, p.k, p.players, p.shareRate, p.clicksPerSharer, p.playersPerClick]));

  const mainOption = useMemo((): ChartOption => {
    const base = baseOption(locale);
    const maxK = Math.max(1.2, ...points.map((p) => p.k));
    return {
      ...base,
      legend: { ...legendOf(locale), data: [t('an_series_k'), t('an_series_players')] },
      tooltip: {
        ...base.tooltip,
        trigger: 'axis',
        formatter: (params) => {
          const first = Array.isArray(params) ? params[0] : params;
          const point = first ? points[first.dataIndex] : undefined;
          const label = first ? labels[first.dataIndex] : '';
          if (!point) return '';
          return [
            `<strong>${escapeHtml(label ?? '')}</strong>`,
            `${escapeHtml(t('an_series_k'))}: <strong>${f.ratio(point.k)}</strong>`,
            `${escapeHtml(t('an_series_players'))}: ${f.count(point.players)}`,
            ...factors.map((factor) => `${escapeHtml(t(factor.label))}: ${writeFactor(f, factor.key, point[factor.key])}`),
          ].join('<br/>');
        },
      },
      grid: gridOf({ top: 36, bottom: 4 }),
      xAxis: categoryAxisOf(locale, axisLabels),
      yAxis: [valueAxisOf(locale, f.ratio, { id: 'k', min: 0, max: Math.ceil(maxK * 5) / 5 }), valueAxisOf(locale, f.compact, { id: 'players', min: 0, isOpposite: true })],
      series: [
        { id: 'players', name: t('an_series_players'), type: 'bar', yAxisIndex: 1, data: points.map((p) => p.players), itemStyle: { color: '#e0e7ff', borderRadius: [3, 3, 0, 0] }, barMaxWidth: 18, z: 1 },
        {
          id: 'k',
          name: t('an_series_k'),
          type: 'line',
          yAxisIndex: 0,
          data: points.map((p) => p.k),
          smooth: 0.15,
          smoothMonotone: 'x',
          symbolSize: 5,
          lineStyle: { width: 2.5, color: chartColors.accent },
          itemStyle: { color: chartColors.accent },
          z: 3,
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: chartColors.good, width: 1.5 },
            label: { formatter: t('an_k_one'), position: locale === 'ar' ? 'insideStartTop' : 'insideEndTop', color: chartColors.good, fontWeight: 600 },
            data: [{ yAxis: 1 }],
          },
        },
      ],
    };
    // fingerprint and locale stand for everything the option is made of
  }, [locale, unit, fingerprint]);

  const factorOptions = useMemo(
    () =>
      factors.map((factor): ChartOption => {
        const base = baseOption(locale);
        return {
          ...base,
          tooltip: {
            ...base.tooltip,
            trigger: 'axis',
            formatter: (params) => {
              const first = Array.isArray(params) ? params[0] : params;
              const point = first ? points[first.dataIndex] : undefined;
              return point ? `${escapeHtml(labels[first?.dataIndex ?? 0] ?? '')}<br/><strong>${writeFactor(f, factor.key, point[factor.key])}</strong>` : '';
            },
          },
          grid: gridOf({ top: 10, bottom: 4 }),
          xAxis: categoryAxisOf(locale, axisLabels),
          yAxis: valueAxisOf(locale, (v) => writeFactor(f, factor.key, v).replace(/\.0+%/, '%'), { min: 0 }),
          series: [{ id: factor.key, type: 'line', data: points.map((p) => p[factor.key]), smooth: 0.15,
          smoothMonotone: 'x', showSymbol: false, lineStyle: { width: 2, color: factor.color }, itemStyle: { color: factor.color }, areaStyle: { color: factor.color, opacity: 0.08 } }],
        };
      }),
    [locale, unit, fingerprint],
  );

  const unitName = unit === 'day' ? t('an_unit_day') : t('an_unit_week');
  const summary = points.length === 0 ? '—' : `${labels[0]} ${f.ratio(points[0]?.k ?? 0)} … ${labels[labels.length - 1]} ${f.ratio(points[points.length - 1]?.k ?? 0)}`;
  const toggle = (
    <div className="an-segment an-segment-sm" role="group" aria-label={t('an_k_time_title')}>
      {(['day', 'week'] as const).map((name) => (
        <button key={name} type="button" className="an-segment-button" aria-pressed={unit === name} data-testid={`k-unit-${name}`} onClick={() => setUnit(name)}>
          {name === 'day' ? t('an_by_day') : t('an_by_week')}
        </button>
      ))}
    </div>
  );

  return (
    <Panel id="an-k-time" title={t('an_k_time_title')} lead={t('an_k_time_lead')} wide actions={toggle} testId="k-over-time">
      <EChart option={mainOption} label={t('an_k_time_chart_label', { unit: unitName, summary })} className="an-chart-k" testId="k-chart" />
      <p className="muted small an-note">{t('an_k_time_note')}</p>
      <h3 className="an-subheading">{t('an_k_time_factors')}</h3>
      <div className="an-multiples">
        {factors.map((factor, i) => (
          <div key={factor.key} className="an-multiple">
            <p className="an-multiple-title">
              <span className="an-swatch" style={{ background: factor.color }} aria-hidden="true" />
              {t(factor.label)} <strong>{writeFactor(f, factor.key, dashboard.totals[factor.key])}</strong>
            </p>
            <EChart option={factorOptions[i] ?? {}} label={`${t(factor.label)} (${unitName})`} className="an-chart-small" />
          </div>
        ))}
      </div>
      <HiddenTable
        caption={`${t('an_k_time_title')} (${unitName})`}
        head={[t('an_col_cohort'), t('an_col_players'), t('an_series_k'), ...factors.map((factor) => t(factor.label))]}
        rows={points.map((p, i) => [labels[i] ?? p.start, f.count(p.players), f.ratio(p.k), ...factors.map((factor) => writeFactor(f, factor.key, p[factor.key]))])}
      />
    </Panel>
  );
}
