'use client';

import './analytics.css';
import { useEffect, useMemo, useState } from 'react';
import type { AnalyticsFilters, DayRange } from '@/lib/analytics/dashboard-types';
import { daysBetween } from '@/lib/analytics/periods';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { AlertsBanner } from './AlertsBanner';
import { ChannelsPanel, HostsAndSourcesPanels, OutcomesPanel } from './BreakdownPanels';
import { DashboardToolbar, ExportLinks, lastDays } from './DashboardToolbar';
import { ForestPanel } from './ForestPanel';
import { FunnelPanel } from './FunnelPanel';
import { makeFormatter } from './format';
import { HeadlineCards } from './HeadlineCards';
import { KOverTimePanel } from './KOverTimePanel';
import { ForecastPanel, TopSharersPanel } from './SharersAndForecast';
import { CycleTimePanel, GenerationsPanel } from './SpeedPanels';
import { toSearchParams, useDashboard, useForest, type DashboardQuery } from './use-dashboard';

export type DashboardSubject = { kind: 'quiz'; quizId: string; title: string; dir: 'ltr' | 'rtl' } | { kind: 'workspace'; workspaceId: string; name: string; quizzes: { id: string; title: string }[] };

/**
 * The analytics dashboard of a quiz or of the whole workspace, answering from the API alone: is it spreading,
 * through which channel and result, who carried it, how fast, how far it will go. The range and filters live in
 * the address (so a view can be shared or reloaded); figures follow the live stream without a reload.
 */
export function AnalyticsDashboard(props: { locale: StudioLocale; subject: DashboardSubject; today: string; initialRange: DayRange | null; initialFilters: AnalyticsFilters }) {
  const { locale, subject, today } = props;
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const [range, setRange] = useState<DayRange>(props.initialRange ?? lastDays(30, today));
  const [filters, setFilters] = useState<AnalyticsFilters>(props.initialFilters);
  const quizId = subject.kind === 'quiz' ? subject.quizId : null;
  const query: DashboardQuery = useMemo(() => ({ quizId, range, filters }), [quizId, range, filters]);
  const { dashboard, error, isLoading, live, retry } = useDashboard(query);
  const isLive = live === 'live';
  const forest = useForest(query, dashboard ? dashboard.revision : null);

  // The address follows the view, so reloading or sharing it shows the same range and filters.
  useEffect(() => {
    const params = toSearchParams({ ...query, quizId: null });
    const next = `${window.location.pathname}?${params.toString()}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, '', next);
  }, [query]);

  const quizTitles = useMemo(() => new Map(subject.kind === 'workspace' ? subject.quizzes.map((q) => [q.id, q.title]) : []), [subject]);
  const title = subject.kind === 'quiz' ? subject.title : t('an_title_workspace');
  const lead = subject.kind === 'quiz' ? t('an_lead_quiz') : t('an_lead_workspace', { workspace: `\u2068${subject.name}\u2069` });
  const isEmpty = dashboard !== null && dashboard.totals.players === 0 && dashboard.totals.referred === 0;

  return (
    <div className="an" data-testid="analytics" aria-busy={isLoading}>
      <header className="an-head">
        <div className="an-head-titles">
          <h1 data-testid="analytics-title">
            <bdi>{title}</bdi>
          </h1>
          <p className="muted an-lead">{lead}</p>
          {dashboard ? (
            <p className="muted small an-range-summary" data-testid="range-summary">
              {t('an_range_summary', { from: f.dayLong(dashboard.range.from), to: f.dayLong(dashboard.range.to), previousFrom: f.dayLong(dashboard.previousRange.from), previousTo: f.dayLong(dashboard.previousRange.to) })}
            </p>
          ) : null}
        </div>
        <div className="an-head-end">
          {isLoading && dashboard ? (
            <span className="an-updating small muted" role="status">
              {t('an_updating')}
            </span>
          ) : null}
          <span className={`an-live ${isLive ? 'an-live-on' : ''}`} data-testid="live" data-live={isLive ? 'true' : 'false'} title={t('an_live_help')}>
            <span className="an-live-dot" aria-hidden="true" />
            {isLive ? t('an_live') : live === 'connecting' ? t('an_live_connecting') : t('an_live_off')}
          </span>
          <ExportLinks locale={locale} query={query} workspaceId={subject.kind === 'workspace' ? subject.workspaceId : undefined} />
        </div>
      </header>

      <DashboardToolbar locale={locale} query={query} today={today} options={dashboard?.options ?? null} quizzes={subject.kind === 'workspace' ? subject.quizzes : undefined} onRange={setRange} onFilters={setFilters} />

      {error ? (
        <div className="notice notice-error an-error" role="alert" data-testid="analytics-error">
          <p>{error.status === 401 ? t('an_load_error_session') : error.status === 404 ? t('an_load_error_missing') : t('an_load_error', { message: error.message })}</p>
          {error.status === 401 ? (
            <a className="btn btn-sm" href={`/sign-in?next=${encodeURIComponent(typeof window === 'undefined' ? '/studio' : window.location.pathname)}`}>
              {t('signin_link')}
            </a>
          ) : (
            <button type="button" className="btn btn-sm" onClick={retry}>
              {t('an_retry')}
            </button>
          )}
        </div>
      ) : null}

      {!dashboard ? (
        error ? null : <LoadingSkeleton label={t('an_loading')} />
      ) : (
        <div className="an-body" data-revision={dashboard.revision}>
          <AlertsBanner locale={locale} alerts={dashboard.alerts} quizTitles={quizTitles} />
          {isEmpty ? null : <HeadlineCards locale={locale} dashboard={dashboard} />}
          {isEmpty ? (
            <section className="card an-empty" data-testid="analytics-empty">
              <div className="an-empty-art" aria-hidden="true">
                <span />
                <span />
                <span />
              </div>
              <h2>{t('an_empty_title')}</h2>
              <p className="muted">{subject.kind === 'quiz' ? t('an_empty_lead_quiz') : t('an_empty_lead_workspace')}</p>
              <div className="row an-empty-actions">
                {subject.kind === 'quiz' ? (
                  <a className="btn btn-primary" href={`/studio/q/${encodeURIComponent(subject.quizId)}?tab=launch`}>
                    {t('an_empty_launch')}
                  </a>
                ) : null}
                {daysBetween(range.from, range.to) < 90 ? (
                  <button type="button" className="btn" onClick={() => setRange(lastDays(90, today))}>
                    {t('an_empty_longer')}
                  </button>
                ) : null}
              </div>
            </section>
          ) : (
            <div className="an-grid">
              <KOverTimePanel locale={locale} dashboard={dashboard} />
              <FunnelPanel locale={locale} dashboard={dashboard} />
              <ForecastPanel locale={locale} dashboard={dashboard} />
              <ChannelsPanel locale={locale} dashboard={dashboard} />
              <OutcomesPanel locale={locale} dashboard={dashboard} />
              <CycleTimePanel locale={locale} dashboard={dashboard} />
              <GenerationsPanel locale={locale} dashboard={dashboard} />
              <ForestPanel locale={locale} forest={forest.forest} openedIds={forest.openedIds} isFailed={forest.error !== null} loadingNodeId={forest.loadingNodeId} onExpand={(id) => void forest.expand(id)} onMore={(id, loaded) => void forest.showMore(id, loaded)} />
              <TopSharersPanel locale={locale} dashboard={dashboard} />
              <HostsAndSourcesPanels locale={locale} dashboard={dashboard} />
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/** Grey shapes where the figures will be: the page does not jump when they arrive. */
function LoadingSkeleton({ label }: { label: string }) {
  return (
    <div className="an-loading" role="status" aria-label={label} data-testid="analytics-loading">
      <div className="an-kpis">
        {Array.from({ length: 9 }, (_, i) => (
          <div key={i} className={`an-kpi an-skeleton-card${i === 0 ? ' an-kpi-k' : ''}`}>
            <span className="an-skeleton an-skeleton-line" />
            <span className="an-skeleton an-skeleton-figure" />
          </div>
        ))}
      </div>
      <div className="an-grid">
        <div className="card an-panel an-wide">
          <span className="an-skeleton an-skeleton-chart" />
        </div>
      </div>
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
