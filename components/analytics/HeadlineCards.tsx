'use client';

import { useMemo, type ReactNode } from 'react';
import type { Dashboard } from '@/lib/analytics/dashboard-types';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { baseOption, chartColors, gridOf } from './chart-style';
import { EChart } from './EChart';
import type { ChartOption } from './echarts-setup';
import { makeFormatter, relativeChange, type Formatter } from './format';

type Direction = 'higher' | 'lower';

/** "↑ 12% · previous: 0.78": the change against the previous period, green when it went the good way. */
function Comparison(props: { locale: StudioLocale; current: number | null; previous: number | null; write: (value: number) => string; better?: Direction }) {
  const { locale, current, previous, write } = props;
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  if (previous === null || (previous === 0 && (current ?? 0) === 0)) {
    return <p className="an-compare muted">{t('an_previous_none')}</p>;
  }
  const change = relativeChange(current, previous);
  const isUp = current !== null && current > previous;
  const isSame = current !== null && current === previous;
  const isGood = isSame ? null : (props.better ?? 'higher') === 'higher' ? isUp : !isUp;
  const arrow = isSame ? '→' : isUp ? '↑' : '↓';
  const spoken = isSame ? t('an_change_same') : change === null ? '' : t(isUp ? 'an_change_up' : 'an_change_down', { change: f.wholePercent(Math.abs(change)) });
  return (
    <p className="an-compare">
      <span className={`an-delta ${isGood === null ? '' : isGood ? 'an-delta-good' : 'an-delta-bad'}`}>
        <span aria-hidden="true">
          {arrow} {change === null || isSame ? '' : f.wholePercent(Math.abs(change))}
        </span>
        <span className="visually-hidden">{spoken}</span>
      </span>{' '}
      <span className="muted">{t('an_previous', { value: write(previous) })}</span>
    </p>
  );
}

function Card(props: { testId: string; label: string; value: string; hint?: string; children?: ReactNode }) {
  return (
    <div className="an-kpi" data-testid={props.testId}>
      <p className="an-kpi-label">{props.label}</p>
      <p className="an-kpi-value" data-testid={`${props.testId}-value`}>
        {props.value}
      </p>
      {props.children}
      {props.hint ? <p className="an-kpi-hint muted">{props.hint}</p> : null}
    </div>
  );
}

/** The formula K = a × b × c, written left to right in both languages as mathematics is. */
export function writeKFormula(f: Formatter, figures: { shareRate: number; clicksPerSharer: number; playersPerClick: number }): string {
  return `K = ${f.percent(figures.shareRate)} × ${f.ratio(figures.clicksPerSharer)} × ${f.ratio(figures.playersPerClick)}`;
}

/**
 * The headline figures with the previous period beside each: players, K (large, spreading or fading, and its
 * three factors), share rate, clicks per sharer, players per click, amplification, median cycle time, structural
 * virality and the longest chain.
 */
export function HeadlineCards({ locale, dashboard }: { locale: StudioLocale; dashboard: Dashboard }) {
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const { totals, previous, virality } = dashboard;
  const isSpreading = totals.k >= 1;
  const compare = (current: number | null, before: number | null, write: (value: number) => string, better?: Direction) => <Comparison locale={locale} current={current} previous={before} write={write} better={better} />;
  return (
    <section className="an-kpis" aria-label={t('an_headline_label')} data-testid="headline">
      <div className="an-kpi an-kpi-k" data-testid="kpi-k">
        <p className="an-kpi-label">{t('an_kpi_k')}</p>
        <div className="an-k-line">
          <p className="an-kpi-value an-k-value" data-testid="kpi-k-value">
            {f.ratio(totals.k)}
          </p>
          {totals.players > 0 ? (
            <span className={`an-k-badge ${isSpreading ? 'an-k-spreading' : 'an-k-fading'}`} data-testid="k-trend">
              {isSpreading ? t('an_k_spreading') : t('an_k_fading')}
            </span>
          ) : null}
        </div>
        <p className="an-k-formula" dir="ltr" data-testid="k-formula">
          {writeKFormula(f, totals)}
        </p>
        <p className="an-kpi-hint muted">{t('an_k_formula_names')}</p>
        {compare(totals.k, previous.players > 0 ? previous.k : null, f.ratio)}
        {totals.players > 0 ? <p className="an-kpi-hint">{t('an_kpi_k_hint', { k: f.ratio(totals.k) })}</p> : null}
        {dashboard.byDay.some((p) => p.players > 0) ? <KSparkline locale={locale} dashboard={dashboard} /> : null}
      </div>
      <Card testId="kpi-players" label={t('an_kpi_players')} value={f.count(totals.players)} hint={t('an_kpi_players_hint', { seeds: f.count(totals.seeds), referred: f.count(totals.referredArrivals) })}>
        {compare(totals.players, previous.players, f.count)}
      </Card>
      <Card testId="kpi-share-rate" label={t('an_kpi_share_rate')} value={f.percent(totals.shareRate)} hint={t('an_kpi_share_rate_hint', { sharers: f.count(totals.sharers), players: f.count(totals.players) })}>
        {compare(totals.shareRate, previous.players > 0 ? previous.shareRate : null, f.percent)}
      </Card>
      <Card testId="kpi-clicks-per-sharer" label={t('an_kpi_clicks_per_sharer')} value={f.ratio(totals.clicksPerSharer)} hint={t('an_kpi_clicks_per_sharer_hint', { clicks: f.count(totals.clicks) })}>
        {compare(totals.clicksPerSharer, previous.sharers > 0 ? previous.clicksPerSharer : null, f.ratio)}
      </Card>
      <Card testId="kpi-players-per-click" label={t('an_kpi_players_per_click')} value={f.ratio(totals.playersPerClick)} hint={t('an_kpi_players_per_click_hint', { referred: f.count(totals.referred) })}>
        {compare(totals.playersPerClick, previous.clicks > 0 ? previous.playersPerClick : null, f.ratio)}
      </Card>
      <Card testId="kpi-amplification" label={t('an_kpi_amplification')} value={totals.amplification === null ? '—' : `× ${f.ratio(totals.amplification)}`} hint={t('an_kpi_amplification_hint')}>
        {compare(totals.amplification, previous.amplification, (v) => `× ${f.ratio(v)}`)}
      </Card>
      <Card testId="kpi-cycle" label={t('an_kpi_cycle')} value={f.duration(totals.medianCycleMinutes)} hint={t('an_kpi_cycle_hint')}>
        {compare(totals.medianCycleMinutes, previous.medianCycleMinutes, (v) => f.duration(v), 'lower')}
      </Card>
      <Card testId="kpi-virality" label={t('an_kpi_virality')} value={virality.structuralVirality === null ? '—' : f.ratio(virality.structuralVirality)} hint={t('an_kpi_virality_hint')} />
      <Card testId="kpi-depth" label={t('an_kpi_depth')} value={f.count(virality.maxDepth)} hint={t('an_kpi_depth_hint', { depth: f.count(virality.maxDepth), trees: f.count(virality.trees) })}>
        {totals.referred > 0 ? <p className="an-kpi-hint muted">{t('an_kpi_top_share', { share: f.wholePercent(virality.topSharersShare) })}</p> : null}
      </Card>
    </section>
  );
}

/** K by day in the K card, against the line K = 1: whether it is spreading, at a glance. */
function KSparkline({ locale, dashboard }: { locale: StudioLocale; dashboard: Dashboard }) {
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const points = dashboard.byDay;
  const fingerprint = JSON.stringify(points.map((p) => [p.start, p.k]));
  const option = useMemo((): ChartOption => {
    const maxK = Math.max(1.2, ...points.map((p) => p.k));
    return {
      ...baseOption(locale),
      animation: false,
      grid: { ...gridOf({ top: 6, bottom: 2, start: 2, end: 2 }), outerBoundsMode: 'none' },
      xAxis: { type: 'category', show: false, inverse: locale === 'ar', data: points.map((p) => p.start), boundaryGap: false },
      yAxis: { type: 'value', show: false, min: 0, max: maxK },
      series: [
        {
          id: 'k',
          type: 'line',
          data: points.map((p) => p.k),
          showSymbol: false,
          smooth: 0.15,
          smoothMonotone: 'x',
          lineStyle: { width: 2, color: chartColors.accent },
          areaStyle: { color: chartColors.accent, opacity: 0.08 },
          markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: chartColors.good, width: 1 }, label: { show: false }, data: [{ yAxis: 1 }] },
        },
      ],
    };
  }, [locale, fingerprint]);
  const first = points[0];
  const last = points[points.length - 1];
  return <EChart option={option} label={`${t('an_k_time_title')}: ${first ? `${f.day(first.start)} ${f.ratio(first.k)}` : ''} … ${last ? `${f.day(last.start)} ${f.ratio(last.k)}` : ''}`} className="an-chart-spark" testId="k-sparkline" />;
}
