'use client';

import { useEffect, useId, useState } from 'react';
import type { AnalyticsFilters, Dashboard, DayRange } from '@/lib/analytics/dashboard-types';
import { addDays, daysBetween, isDay } from '@/lib/analytics/periods';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { makeFormatter } from './format';
import { toSearchParams, type DashboardQuery } from './use-dashboard';

export const rangePresets = [7, 30, 90] as const;

/** The last `days` days, today (UTC) included. */
export function lastDays(days: number, today: string): DayRange {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** Which preset a range is (the last 7, 30 or 90 days), or null for a custom range. */
function presetOf(range: DayRange, today: string): number | null {
  return range.to === today ? (rangePresets.find((days) => daysBetween(range.from, range.to) === days) ?? null) : null;
}

type FilterName = keyof AnalyticsFilters;

/**
 * The dashboard's controls: the date range (the last 7, 30 or 90 days, or any from/to), the filters (channel,
 * result, source, host page, with the values this scope has), the live light, and the exports with the same range
 * and filters. On the workspace's dashboard a quiz picker leads to each quiz's own dashboard.
 */
export function DashboardToolbar(props: {
  locale: StudioLocale;
  query: DashboardQuery;
  today: string;
  options: Dashboard['options'] | null;
  quizzes?: { id: string; title: string }[];
  onRange: (range: DayRange) => void;
  onFilters: (filters: AnalyticsFilters) => void;
}) {
  const { locale, query, today, options } = props;
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const id = useId();
  const [from, setFrom] = useState(query.range.from);
  const [to, setTo] = useState(query.range.to);
  useEffect(() => {
    setFrom(query.range.from);
    setTo(query.range.to);
  }, [query.range.from, query.range.to]);
  const isCustomValid = isDay(from) && isDay(to) && from <= to;
  const preset = presetOf(query.range, today);

  function changeDate(which: 'from' | 'to', value: string) {
    const next = which === 'from' ? { from: value, to } : { from, to: value };
    if (which === 'from') setFrom(value);
    else setTo(value);
    if (isDay(next.from) && isDay(next.to) && next.from <= next.to) props.onRange(next);
  }

  function changeFilter(name: FilterName, value: string) {
    const next: AnalyticsFilters = { ...query.filters };
    if (value) next[name] = value;
    else delete next[name];
    props.onFilters(next);
  }

  const hasFilters = Object.values(query.filters).some(Boolean);
  const filters: { name: FilterName; label: string; all: string; values: { value: string; label: string }[] }[] = options
    ? [
        { name: 'channel', label: t('an_filter_channel'), all: t('an_filter_all_channels'), values: options.channels.filter(Boolean).map((c) => ({ value: c, label: f.channel(c) })) },
        { name: 'outcome', label: t('an_filter_outcome'), all: t('an_filter_all_outcomes'), values: options.outcomes.map((o) => ({ value: o.id, label: o.label })) },
        { name: 'source', label: t('an_filter_source'), all: t('an_filter_all_sources'), values: options.sources.filter(Boolean).map((s) => ({ value: s, label: f.source(s) })) },
        { name: 'hostPage', label: t('an_filter_host'), all: t('an_filter_all_hosts'), values: options.hostPages.filter(Boolean).map((h) => ({ value: h, label: h.replace(/^https?:\/\//, '') })) },
      ]
    : [];
  // A filter with nothing to choose from is left out, unless it is set (so it can be cleared).
  const shownFilters = filters.filter((filter) => filter.values.length > 0 || query.filters[filter.name]);

  return (
    <div className="an-toolbar" role="group" aria-label={t('an_filters_label')}>
      <div className="an-range" role="group" aria-label={t('an_range_label')}>
        <div className="an-segment">
          {rangePresets.map((days) => (
            <button key={days} type="button" className="an-segment-button" aria-pressed={preset === days} data-testid={`range-${days}`} onClick={() => props.onRange(lastDays(days, today))}>
              {t('an_range_days', { days: f.count(days) })}
            </button>
          ))}
        </div>
        <div className="an-dates">
          <label className="an-date">
            <span className="an-control-label">{t('an_range_from')}</span>
            <input className="input" type="date" value={from} max={today} aria-invalid={!isCustomValid} aria-describedby={isCustomValid ? undefined : `${id}-range-error`} data-testid="range-from" onChange={(event) => changeDate('from', event.target.value)} />
          </label>
          <label className="an-date">
            <span className="an-control-label">{t('an_range_to')}</span>
            <input className="input" type="date" value={to} max={today} aria-invalid={!isCustomValid} aria-describedby={isCustomValid ? undefined : `${id}-range-error`} data-testid="range-to" onChange={(event) => changeDate('to', event.target.value)} />
          </label>
        </div>
        {isCustomValid ? null : (
          <p className="field-error an-range-error" id={`${id}-range-error`} role="alert">
            {t('an_range_invalid')}
          </p>
        )}
      </div>
      <div className="an-filters">
        {props.quizzes ? (
          <label className="an-filter">
            <span className="an-control-label">{t('an_filter_quiz')}</span>
            <select
              className="select"
              value=""
              data-testid="filter-quiz"
              onChange={(event) => {
                if (event.target.value) window.location.assign(`/studio/q/${encodeURIComponent(event.target.value)}/analytics?${toSearchParams({ ...query, quizId: null }).toString()}`);
              }}
            >
              <option value="">{t('an_filter_all_quizzes')}</option>
              {props.quizzes.map((quiz) => (
                <option key={quiz.id} value={quiz.id}>
                  {quiz.title}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {shownFilters.map((filter) => (
          <label key={filter.name} className="an-filter">
            <span className="an-control-label">{filter.label}</span>
            <select className="select" value={query.filters[filter.name] ?? ''} data-testid={`filter-${filter.name}`} onChange={(event) => changeFilter(filter.name, event.target.value)}>
              <option value="">{filter.all}</option>
              {filter.values.map((value) => (
                <option key={value.value} value={value.value}>
                  {value.label}
                </option>
              ))}
              {/* A filter from the URL that this range does not offer stays visible, so it can be seen and cleared. */}
              {query.filters[filter.name] && !filter.values.some((v) => v.value === query.filters[filter.name]) ? <option value={query.filters[filter.name]}>{query.filters[filter.name]}</option> : null}
            </select>
          </label>
        ))}
        {hasFilters ? (
          <button type="button" className="btn btn-ghost btn-sm an-clear" onClick={() => props.onFilters({})}>
            {t('an_filter_clear')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** The exports of a quiz or a workspace with the dashboard's range and filters: players as CSV, the daily figures as CSV and JSON. */
export function ExportLinks({ locale, query, workspaceId }: { locale: StudioLocale; query: DashboardQuery; workspaceId?: string }) {
  const t = (key: StudioMessageKey) => studioText(locale, key);
  // A quiz exports its own players and daily metrics; a workspace those of all its quizzes together.
  if (!query.quizId && !workspaceId) return null;
  const search = toSearchParams(query, query.quizId || !workspaceId ? {} : { workspaceId }).toString();
  const links: { file: string; label: StudioMessageKey }[] = [
    { file: 'players.csv', label: 'an_export_players' },
    { file: 'daily.csv', label: 'an_export_daily_csv' },
    { file: 'daily.json', label: 'an_export_daily_json' },
  ];
  return (
    <details className="an-export" data-testid="exports">
      <summary className="btn btn-sm">{t('an_export')}</summary>
      <ul className="an-export-menu">
        {links.map((link) => (
          <li key={link.file}>
            <a href={`/api/studio/analytics/export/${link.file}?${search}`} download>
              {t(link.label)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
