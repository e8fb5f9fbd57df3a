import type { AnalyticsFilters, DayRange } from '@/lib/analytics/dashboard-types';
import { isDay } from '@/lib/analytics/periods';

type Search = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value.trim() : undefined);

/**
 * The dashboard's view as its address gives it (?from&to&channel&outcome&source&hostPage), so a reloaded or shared
 * link opens on the same range and filters. A range that is not two real days in order is ignored (the dashboard
 * then shows the last 30 days); a filter longer than the API accepts is dropped.
 */
export function readDashboardSearch(search: Search): { range: DayRange | null; filters: AnalyticsFilters } {
  const from = one(search.from);
  const to = one(search.to);
  const range = from && to && isDay(from) && isDay(to) && from <= to ? { from, to } : null;
  const filters: AnalyticsFilters = {};
  for (const name of ['channel', 'outcome', 'source', 'hostPage'] as const) {
    const value = one(search[name]);
    if (value && value.length <= 500) filters[name] = value;
  }
  return { range, filters };
}
