import { z } from 'zod';
import type { Db } from '@/db/client';
import { iteratePlayersExport, type ExportQuiz } from '@/db/exports';
import type { AnalyticsFilters, DailyMetrics, DayRange } from '@/lib/analytics/dashboard-types';
import { parseDayRange } from '@/lib/analytics/periods';
import { ApiError } from '@/lib/api-errors';
import { toCsv, toCsvRow, utf8Bom } from '@/lib/csv';
import { dailyCsvHeader, playerExportColumns, toDailyCsvValues, toPlayerCsvValues, toPlayerJson } from '@/lib/exports';

/** The daily metrics are asked for at most a year and a day at once (a row per day); players over up to ten years. */
export const maxDailyDays = 366;
export const maxPlayersDays = 3660;

const filterValueSchema = z.string().trim().min(1).max(500);
const filtersSchema = z.object({ channel: filterValueSchema.optional(), outcome: filterValueSchema.optional(), source: filterValueSchema.optional(), hostPage: filterValueSchema.optional() });

/**
 * The period and filters of an export's query string: from/to as parseDayRange reads them (the last 30 days by
 * default), and the dashboard's filters channel, outcome, source and hostPage. Bad values are a 400 that says
 * which parameter is wrong and how.
 */
export function parseExportQuery(params: URLSearchParams, now: number, maxDays: number): { range: DayRange; filters: AnalyticsFilters } {
  const range = parseDayRange({ from: params.get('from') ?? undefined, to: params.get('to') ?? undefined }, now, maxDays);
  if (!range.ok) throw new ApiError('bad_request', `${range.reason}.`);
  const filters = filtersSchema.safeParse({ channel: params.get('channel') ?? undefined, outcome: params.get('outcome') ?? undefined, source: params.get('source') ?? undefined, hostPage: params.get('hostPage') ?? undefined });
  if (!filters.success) {
    const issue = filters.error.issues[0];
    throw new ApiError('bad_request', `"${issue?.path.join('.') ?? 'filter'}" must be between 1 and 500 characters when given.`);
  }
  // Only the filters that were given: an absent key means "any", which is what the queries expect.
  const { channel, outcome, source, hostPage } = filters.data;
  return { range: range.range, filters: { ...(channel && { channel }), ...(outcome && { outcome }), ...(source && { source }), ...(hostPage && { hostPage }) } };
}

/**
 * A response body made from an iterator of text pieces, read as the client reads: each pull takes up to
 * `piecesPerChunk` pieces, so memory holds one chunk at a time however long the export is. A client that
 * goes away stops the iterator.
 */
export function streamText(pieces: Iterator<string>, piecesPerChunk = 500): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      try {
        for (let i = 0; i < piecesPerChunk; i++) {
          const next = pieces.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += next.value;
        }
      } catch (error) {
        // The status line has gone out already: the download ends short, and the cause is logged.
        console.error('An export failed while streaming', error);
        controller.error(error);
        return;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      pieces.return?.();
    },
  });
}

/**
 * The players of quizzes as CSV pieces: the header, then a record per player, quiz after quiz (optionally after a
 * BOM for Excel). With `isQuizColumn` each record starts with its quiz's slug (player numbers are per quiz).
 */
export function* playersCsvPieces(
  db: Db,
  input: { quizzes: readonly { id: string; slug: string }[]; isQuizColumn: boolean; range: DayRange; filters: AnalyticsFilters; isBomIncluded: boolean },
): Generator<string, void, undefined> {
  yield (input.isBomIncluded ? utf8Bom : '') + toCsvRow(input.isQuizColumn ? ['quiz', ...playerExportColumns] : playerExportColumns);
  for (const quiz of input.quizzes) {
    for (const row of iteratePlayersExport(db, { quizId: quiz.id, range: input.range, filters: input.filters })) {
      yield toCsvRow(input.isQuizColumn ? [quiz.slug, ...toPlayerCsvValues(row)] : toPlayerCsvValues(row));
    }
  }
}

/** The players of a quiz as the pieces of one JSON document: { quiz, range, filters, players: [ … ] }. */
export function* playersJsonPieces(db: Db, input: { quiz: ExportQuiz; range: DayRange; filters: AnalyticsFilters }): Generator<string, void, undefined> {
  yield `{"quiz":${JSON.stringify(input.quiz.slug)},"range":${JSON.stringify(input.range)},"filters":${JSON.stringify(input.filters)},"players":[`;
  let separator = '\n';
  for (const row of iteratePlayersExport(db, { quizId: input.quiz.id, range: input.range, filters: input.filters })) {
    yield separator + JSON.stringify(toPlayerJson(row));
    separator = ',\n';
  }
  yield '\n]}\n';
}

/** The daily metrics as one CSV document. */
export function toDailyCsv(days: DailyMetrics[], isBomIncluded: boolean): string {
  return (isBomIncluded ? utf8Bom : '') + toCsv(dailyCsvHeader, days.map(toDailyCsvValues));
}

/** Response headers for a download: its type, a file name made of the quiz's slug and the period, and no caching. */
export function downloadHeaders(contentType: string, quiz: Pick<ExportQuiz, 'slug'>, what: string, range: DayRange, extension: string): HeadersInit {
  // Slugs are [a-z0-9-]; anything else is dropped, so the header cannot be broken by a quoted or non-ASCII name.
  const name = `${quiz.slug.replace(/[^a-z0-9-]/g, '')}-${what}-${range.from}-${range.to}.${extension}`;
  return { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' };
}
