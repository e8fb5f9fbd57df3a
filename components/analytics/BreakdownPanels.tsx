'use client';

import { useMemo, type ReactNode } from 'react';
import type { Dashboard, GroupRow } from '@/lib/analytics/dashboard-types';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { baseOption, chartColors, colorOfChannel, escapeHtml, gridOf, horizontalCategoryAxisOf, horizontalValueAxisOf, legendOf } from './chart-style';
import { EChart } from './EChart';
import type { ChartOption } from './echarts-setup';
import { makeFormatter } from './format';
import { EmptyNote, HiddenTable, Panel } from './parts';

type Text = (key: StudioMessageKey, values?: Record<string, string | number>) => string;

/**
 * By channel: shares, clicks and friends who started, side by side per channel, and the table with each
 * channel's K_c (friends brought through it / players) and its part of K; the K_c add up to K in the last row.
 */
export function ChannelsPanel({ locale, dashboard }: { locale: StudioLocale; dashboard: Dashboard }) {
  const t: Text = (key, values) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const rows = [...dashboard.byChannel].sort((a, b) => b.referred - a.referred || b.shareIntents - a.shareIntents);
  const fingerprint = JSON.stringify(rows.map((r) => [r.channel, r.shareIntents, r.clicks, r.referred]));
  const option = useMemo((): ChartOption => {
    const base = baseOption(locale);
    const names = rows.map((r) => f.channel(r.channel));
    const series = [
      { id: 'shares', name: t('an_series_shares'), color: '#a5b4fc', pick: (r: (typeof rows)[number]) => r.shareIntents },
      { id: 'clicks', name: t('an_series_clicks'), color: '#d97706', pick: (r: (typeof rows)[number]) => r.clicks },
      { id: 'referred', name: t('an_series_referred'), color: chartColors.good, pick: (r: (typeof rows)[number]) => r.referred },
    ];
    return {
      ...base,
      legend: legendOf(locale),
      tooltip: {
        ...base.tooltip,
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const list = Array.isArray(params) ? params : [params];
          const row = rows[list[0]?.dataIndex ?? -1];
          if (!row) return '';
          return [`<strong>${escapeHtml(f.channel(row.channel))}</strong>`, ...series.map((s) => `${escapeHtml(s.name)}: ${f.count(s.pick(row))}`), `K: <strong>${f.ratio(row.k)}</strong>`].join('<br/>');
        },
      },
      grid: gridOf({ top: 30, bottom: 4 }),
      xAxis: horizontalValueAxisOf(locale, f.compact),
      yAxis: horizontalCategoryAxisOf(locale, names, 96),
      series: series.map((s) => ({ id: s.id, name: s.name, type: 'bar' as const, data: rows.map(s.pick), itemStyle: { color: s.color, borderRadius: 2 }, barMaxWidth: 10, barGap: '15%' })),
    };
  }, [locale, fingerprint]);

  const sumK = rows.reduce((sum, r) => sum + r.k, 0);
  return (
    <Panel id="an-channels" title={t('an_channels_title')} lead={t('an_channels_lead')} wide testId="by-channel">
      {rows.length === 0 ? (
        <EmptyNote>{t('an_breakdown_empty')}</EmptyNote>
      ) : (
        <div className="an-split an-split-table">
          <EChart option={option} label={t('an_channels_chart_label', { summary: rows.map((r) => `${f.channel(r.channel)} ${f.count(r.referred)}`).join(', ') })} className="an-chart-channels" testId="channel-chart" style={{ blockSize: `${Math.max(220, rows.length * 44 + 50)}px` }} />
          <div className="an-table-wrap">
            <table className="table an-table" data-testid="channel-table">
              <thead>
                <tr>
                  <th scope="col">{t('an_col_channel')}</th>
                  <th scope="col" className="num">
                    {t('an_col_shares')}
                  </th>
                  <th scope="col" className="num">
                    {t('an_col_clicks')}
                  </th>
                  <th scope="col" className="num">
                    {t('an_col_referred')}
                  </th>
                  <th scope="col" className="num">
                    {t('an_col_k')}
                  </th>
                  <th scope="col" className="num">
                    {t('an_col_k_share')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.channel}>
                    <th scope="row">
                      <span className="an-swatch" style={{ background: colorOfChannel(row.channel) }} aria-hidden="true" />
                      {f.channel(row.channel)}
                    </th>
                    <td className="num">
                      {f.count(row.shareIntents)}
                      {row.confirmedShares > 0 ? <span className="an-sub">{`${t('an_col_confirmed')} ${f.count(row.confirmedShares)}`}</span> : null}
                    </td>
                    <td className="num">
                      {f.count(row.clicks)}
                      {row.crawlerFetches > 0 ? <span className="an-sub">{`${t('an_col_previews')} ${f.count(row.crawlerFetches)}`}</span> : null}
                    </td>
                    <td className="num">{f.count(row.referred)}</td>
                    <td className="num">
                      <strong>{f.ratio(row.k)}</strong>
                    </td>
                    <td className="num">
                      <span className="an-meter" aria-hidden="true">
                        <span style={{ inlineSize: `${sumK > 0 ? (row.k / sumK) * 100 : 0}%` }} />
                      </span>
                      {sumK > 0 ? f.wholePercent(row.k / sumK) : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('an_total')}</th>
                  <td className="num">{f.count(rows.reduce((s, r) => s + r.shareIntents, 0))}</td>
                  <td className="num">{f.count(rows.reduce((s, r) => s + r.clicks, 0))}</td>
                  <td className="num">{f.count(rows.reduce((s, r) => s + r.referred, 0))}</td>
                  <td className="num" data-testid="channel-k-sum">
                    <strong>{f.ratio(sumK)}</strong>
                  </td>
                  <td className="num">{sumK > 0 ? f.wholePercent(1) : '—'}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </div>
      )}
    </Panel>
  );
}

/** By result: which result people share most (share rate per result, as bars) and what each brings back (K). */
export function OutcomesPanel({ locale, dashboard }: { locale: StudioLocale; dashboard: Dashboard }) {
  const t: Text = (key, values) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const rows = [...dashboard.byOutcome].sort((a, b) => b.shareRate - a.shareRate);
  const fingerprint = JSON.stringify(rows.map((r) => [r.key, r.shareRate, r.k]));
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
          const row = rows[list[0]?.dataIndex ?? -1];
          return row ? `<strong dir="auto">${escapeHtml(row.label)}</strong><br/>${escapeHtml(t('an_col_share_rate'))}: ${f.percent(row.shareRate)}<br/>K: ${f.ratio(row.k)}` : '';
        },
      },
      grid: gridOf({ top: 4, bottom: 4, end: locale === 'ar' ? 8 : 56, start: locale === 'ar' ? 56 : 8 }),
      xAxis: { ...horizontalValueAxisOf(locale, f.wholePercent), show: false },
      yAxis: horizontalCategoryAxisOf(locale, rows.map((r) => r.label), 130),
      series: [
        {
          id: 'share-rate',
          type: 'bar',
          data: rows.map((r) => r.shareRate),
          barMaxWidth: 22,
          itemStyle: { color: '#d97706', borderRadius: locale === 'ar' ? [3, 0, 0, 3] : [0, 3, 3, 0] },
          label: { show: true, position: locale === 'ar' ? 'left' : 'right', formatter: (p) => f.percent(Number(p.value)), color: chartColors.ink },
        },
      ],
    };
  }, [locale, fingerprint]);

  return (
    <Panel id="an-outcomes" title={t('an_outcomes_title')} lead={t('an_outcomes_lead')} wide testId="by-outcome">
      {rows.length === 0 ? (
        <EmptyNote>{t('an_breakdown_empty')}</EmptyNote>
      ) : (
        <div className="an-split">
          <EChart option={option} label={t('an_outcomes_chart_label', { summary: rows.map((r) => `${r.label} ${f.percent(r.shareRate)}`).join(', ') })} className="an-chart-outcomes" style={{ blockSize: `${Math.max(140, rows.length * 40 + 16)}px` }} />
          <GroupTable locale={locale} rows={rows} keyHead={t('an_col_result')} testId="outcome-table" />
        </div>
      )}
    </Panel>
  );
}

/** A breakdown table: players, sharers, share rate, friends brought and K per group (a host page, a source…). */
function GroupTable(props: { locale: StudioLocale; rows: GroupRow[]; keyHead: string; writeKey?: (row: GroupRow) => ReactNode; testId?: string }) {
  const t: Text = (key, values) => studioText(props.locale, key, values);
  const f = makeFormatter(props.locale);
  return (
    <div className="an-table-wrap">
      <table className="table an-table" data-testid={props.testId}>
        <thead>
          <tr>
            <th scope="col">{props.keyHead}</th>
            <th scope="col" className="num">
              {t('an_col_players')}
            </th>
            <th scope="col" className="num">
              {t('an_col_share_rate')}
            </th>
            <th scope="col" className="num">
              {t('an_col_referred')}
            </th>
            <th scope="col" className="num">
              {t('an_col_k')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="an-key">
                {props.writeKey ? props.writeKey(row) : <bdi>{row.label}</bdi>}
              </th>
              <td className="num">{f.count(row.players)}</td>
              <td className="num">{f.percent(row.shareRate)}</td>
              <td className="num">{f.count(row.referred)}</td>
              <td className="num">
                <strong>{f.ratio(row.k)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** By host page (where the embedded quiz was played) and by source (how each tree began). */
export function HostsAndSourcesPanels({ locale, dashboard }: { locale: StudioLocale; dashboard: Dashboard }) {
  const t: Text = (key, values) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const hosts = [...dashboard.byHostPage].sort((a, b) => b.players - a.players);
  const sources = [...dashboard.bySource].sort((a, b) => b.players - a.players);
  return (
    <>
      <Panel id="an-sources" title={t('an_sources_title')} lead={t('an_sources_lead')} testId="by-source">
        {sources.length === 0 ? <EmptyNote>{t('an_breakdown_empty')}</EmptyNote> : <GroupTable locale={locale} rows={sources} keyHead={t('an_col_source')} writeKey={(row) => <bdi>{f.source(row.key)}</bdi>} testId="source-table" />}
      </Panel>
      <Panel id="an-hosts" title={t('an_hosts_title')} lead={t('an_hosts_lead')} testId="by-host">
        {hosts.every((row) => !row.key) ? (
          <EmptyNote>{t('an_hosts_empty')}</EmptyNote>
        ) : (
          <GroupTable
            locale={locale}
            rows={hosts}
            keyHead={t('an_col_host')}
            writeKey={(row) =>
              row.key ? (
                <bdi dir="ltr" className="an-url" title={row.key}>
                  {row.label.replace(/^https?:\/\//, '')}
                </bdi>
              ) : (
                <span className="muted">{t('an_host_none')}</span>
              )
            }
            testId="host-table"
          />
        )}
      </Panel>
    </>
  );
}
