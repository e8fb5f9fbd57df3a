import type { DailyMetrics } from './analytics/dashboard-types';
import type { CsvValue } from './csv';

/**
 * One player as the exports show them: pseudonymous (their public number, never a visitor id, a name or an
 * e-mail), with where they came from and what came of them. Times are epoch ms.
 */
export type PlayerExportRow = {
  /** the public number of "Player #n" */
  player: number;
  /** the parent's public number; null for a seed player */
  parent: number | null;
  generation: number;
  /** 'direct' for a seed player, otherwise the share channel that brought them */
  channel: string;
  source: string;
  hostPage: string;
  /** the result's title in the published quiz, its id when the title is unknown, '' before completing */
  outcome: string;
  startedAt: number;
  completedAt: number | null;
  descendants: number;
  children: number;
};

/** The players export's columns, in order; the CSV header and the JSON keys follow them. */
export const playerExportColumns = ['player', 'parent', 'generation', 'channel', 'source', 'host_page', 'outcome', 'started_at', 'completed_at', 'descendants', 'children'] as const;

/** An epoch-ms time as an ISO 8601 UTC string ("2025-06-15T08:00:00.000Z"); null stays null. */
export function toIsoTime(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** A player's cells in the order of `playerExportColumns`; empty cells for no parent and not completed. */
export function toPlayerCsvValues(row: PlayerExportRow): CsvValue[] {
  return [row.player, row.parent, row.generation, row.channel, row.source, row.hostPage, row.outcome, toIsoTime(row.startedAt), toIsoTime(row.completedAt), row.descendants, row.children];
}

/** A player as a JSON object with the column names as keys; null for no parent and not completed. */
export function toPlayerJson(row: PlayerExportRow): Record<(typeof playerExportColumns)[number], string | number | null> {
  return {
    player: row.player,
    parent: row.parent,
    generation: row.generation,
    channel: row.channel,
    source: row.source,
    host_page: row.hostPage,
    outcome: row.outcome,
    started_at: toIsoTime(row.startedAt),
    completed_at: toIsoTime(row.completedAt),
    descendants: row.descendants,
    children: row.children,
  };
}

type DailyKey = Exclude<keyof DailyMetrics, 'day'>;

// The CSV's column names (snake_case, as spreadsheets and SQL tools like them) for the figures of DailyMetrics.
const dailyColumns: [string, DailyKey][] = [
  ['views', 'views'],
  ['players', 'players'],
  ['seeds', 'seeds'],
  ['referred_arrivals', 'referredArrivals'],
  ['completers', 'completers'],
  ['sharers', 'sharers'],
  ['share_intents', 'shareIntents'],
  ['confirmed_shares', 'confirmedShares'],
  ['clicks', 'clicks'],
  ['crawler_fetches', 'crawlerFetches'],
  ['referred', 'referred'],
  ['referred_completed', 'referredCompleted'],
  ['k', 'k'],
  ['share_rate', 'shareRate'],
  ['clicks_per_sharer', 'clicksPerSharer'],
  ['players_per_click', 'playersPerClick'],
];

/** The header of the daily metrics CSV: the day, then every figure of DailyMetrics. */
export const dailyCsvHeader: readonly string[] = ['day', ...dailyColumns.map(([name]) => name)];

/**
 * One day's cells in the order of `dailyCsvHeader`. Ratios (K and its factors) are rounded to 6 decimals, which
 * keeps them readable and exact enough to multiply back to K; a view count that a filter cannot apply to (null)
 * is an empty cell.
 */
export function toDailyCsvValues(metrics: DailyMetrics): CsvValue[] {
  return [metrics.day, ...dailyColumns.map(([, key]) => roundFigure(metrics[key]))];
}

function roundFigure(value: number | null): number | null {
  return value === null || Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6;
}
