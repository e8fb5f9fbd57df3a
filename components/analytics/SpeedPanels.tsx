'use client';

import { useMemo } from 'react';
import type { Dashboard } from '@/lib/analytics/dashboard-types';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { baseOption, categoryAxisOf, chartColors, escapeHtml, gridOf, valueAxisOf } from './chart-style';
import { EChart } from './EChart';
import type { ChartOption } from './echarts-setup';
import { makeFormatter } from './format';
import { EmptyNote, HiddenTable, Panel } from './parts';

type Text = (key: StudioMessageKey, values?: Record<string, string | number>) => string;

/** The cycle-time histogram ("<1 min" … "≥14 d") with the bucket of the median marked. */
export function CycleTimePanel({ locale, dashboard }: { locale: StudioLocale; dashboard: Dashboard }) {
  const t: Text = (key, values) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const { buckets, medianMinutes } = dashboard.cycleTime;
  const labels = buckets.map((b) => f.bucket(b.lowerMinutes, b.upperMinutes));
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const medianIndex = medianMinutes === null ? -1 : buckets.findIndex((b) => medianMinutes >= b.lowerMinutes && (b.upperMinutes === null || medianMinutes < b.upperMinutes));
  const medianText = t('an_cycle_median', { value: f.duration(medianMinutes) });
  const fingerprint = JSON.stringify([buckets.map((b) => b.count), medianMinutes]);
  const option = useMemo((): ChartOption => {
    const base = baseOption(locale);
    const medianLabel = labels[medianIndex];
    return {
      ...base,
      tooltip: {
        ...base.tooltip,
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const list = Array.isArray(params) ? params : [params];
          const index = list[0]?.dataIndex ?? -1;
          const bucket = buckets[index];
          return bucket ? `<strong>${escapeHtml(labels[index] ?? '')}</strong><br/>${escapeHtml(t('an_col_friends'))}: ${f.count(bucket.count)} (${total > 0 ? f.wholePercent(bucket.count / total) : '—'})` : '';
        },
      },
      grid: gridOf({ top: 36, bottom: 4 }),
      xAxis: { ...categoryAxisOf(locale, labels), axisLabel: { color: chartColors.muted, fontSize: 10, interval: 0, rotate: 40, hideOverlap: false } },
      yAxis: valueAxisOf(locale, f.compact, { min: 0 }),
      series: [
        {
          id: 'cycle',
          type: 'bar',
          data: buckets.map((b, i) => ({ value: b.count, itemStyle: { color: i === medianIndex ? chartColors.accent : chartColors.accentSoft, borderRadius: [3, 3, 0, 0] } })),
          barCategoryGap: '18%',
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: chartColors.accent, type: 'dashed', width: 1.5 },
            label: { formatter: medianText, color: chartColors.accent, fontWeight: 600, position: 'end' },
            data: medianLabel === undefined ? [] : [{ xAxis: medianLabel }],
          },
        },
      ],
    };
  }, [locale, fingerprint]);

  return (
    <Panel id="an-cycle" title={t('an_cycle_title')} lead={t('an_cycle_lead')} testId="cycle-time">
      {total === 0 ? (
        <EmptyNote>{t('an_cycle_empty')}</EmptyNote>
      ) : (
        <>
          <p className="an-big-figure">
            <strong data-testid="cycle-median">{f.duration(medianMinutes)}</strong> <span className="muted small">{t('an_kpi_cycle')}</span>
          </p>
          <EChart option={option} label={t('an_cycle_chart_label', { summary: `${medianText}; ${labels.map((l, i) => `${l} ${f.count(buckets[i]?.count ?? 0)}`).join(', ')}` })} className="an-chart-cycle" testId="cycle-chart" />
          <HiddenTable caption={t('an_cycle_title')} head={[t('an_col_bucket'), t('an_col_friends')]} rows={buckets.map((b, i) => [labels[i] ?? '', f.count(b.count)])} />
        </>
      )}
    </Panel>
  );
}

/** Players per generation: the seeds, their friends, the friends' friends… */
export function GenerationsPanel({ locale, dashboard }: { locale: StudioLocale; dashboard: Dashboard }) {
  const t: Text = (key, values) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const rows = [...dashboard.generations].sort((a, b) => a.generation - b.generation);
  const labels = rows.map((r) => (r.generation === 0 ? t('an_generation_seeds') : t('an_generation', { n: f.count(r.generation) })));
  const fingerprint = JSON.stringify(rows.map((r) => [r.generation, r.players, r.completers]));
  const option = useMemo((): ChartOption => {
    const base = baseOption(locale);
    return {
      ...base,
      tooltip: {
        ...base.tooltip,
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const list = Array.isArray(params) ? params : [params];
          const index = list[0]?.dataIndex ?? -1;
          const row = rows[index];
          return row ? `<strong>${escapeHtml(labels[index] ?? '')}</strong><br/>${escapeHtml(t('an_col_players'))}: ${f.count(row.players)}<br/>${escapeHtml(t('an_col_completers'))}: ${f.count(row.completers)}` : '';
        },
      },
      grid: gridOf({ top: 20, bottom: 4 }),
      xAxis: categoryAxisOf(locale, rows.map((r) => (r.generation === 0 ? `${f.count(0)}` : f.count(r.generation)))),
      yAxis: valueAxisOf(locale, f.compact, { min: 0 }),
      series: [
        {
          id: 'generations',
          type: 'bar',
          data: rows.map((r) => ({ value: r.players, itemStyle: { color: r.generation === 0 ? '#94a3b8' : chartColors.good, borderRadius: [3, 3, 0, 0] } })),
          barMaxWidth: 36,
          label: { show: rows.length <= 12, position: 'top', formatter: (p) => f.compact(Number(p.value)), color: chartColors.muted, fontSize: 11 },
        },
      ],
    };
  }, [locale, fingerprint]);

  return (
    <Panel id="an-generations" title={t('an_generations_title')} lead={t('an_generations_lead')} testId="generations">
      {rows.length === 0 ? (
        <EmptyNote>{t('an_generations_empty')}</EmptyNote>
      ) : (
        <>
          <EChart option={option} label={t('an_generations_chart_label', { summary: rows.map((r, i) => `${labels[i]} ${f.count(r.players)}`).join(', ') })} className="an-chart-generations" testId="generations-chart" />
          <p className="muted small an-axis-caption">{t('an_col_generation')}</p>
          <HiddenTable caption={t('an_generations_title')} head={[t('an_col_generation'), t('an_col_players'), t('an_col_completers')]} rows={rows.map((r, i) => [labels[i] ?? '', f.count(r.players), f.count(r.completers)])} />
        </>
      )}
    </Panel>
  );
}
