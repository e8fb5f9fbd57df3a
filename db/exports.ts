import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnalyticsFilters, DayRange } from '@/lib/analytics/dashboard-types';
import { dayMs, dayStart } from '@/lib/analytics/periods';
import type { PlayerExportRow } from '@/lib/exports';
import { quizDefinitionSchema } from '@/lib/quiz-schema';
import { describeResult } from '@/lib/scoring';
import type { Db } from './client';
import { quizVersions, quizzes, workspaces } from './schema';

export type ExportQuiz = { id: string; workspaceId: string; slug: string; title: string; kind: 'personality' | 'trivia' | 'poll' | 'wheel' | 'scratch'; status: 'draft' | 'published'; archivedAt: number | null; createdAt: number };

const quizColumns = { id: quizzes.id, workspaceId: quizzes.workspaceId, slug: quizzes.slug, title: quizzes.title, kind: quizzes.kind, status: quizzes.status, archivedAt: quizzes.archivedAt, createdAt: quizzes.createdAt };

/** The quizzes of a workspace for the read-only API, archived ones included (their data stays readable), newest first. */
export function listExportQuizzes(db: Db, workspaceId: string): ExportQuiz[] {
  return db.select(quizColumns).from(quizzes).where(eq(quizzes.workspaceId, workspaceId)).orderBy(desc(quizzes.createdAt), quizzes.slug).all();
}

/** A workspace's id and slug (what names its export files), or undefined when there is no such workspace. */
export function findExportWorkspace(db: Db, workspaceId: string): { id: string; slug: string } | undefined {
  return db.select({ id: workspaces.id, slug: workspaces.slug }).from(workspaces).where(eq(workspaces.id, workspaceId)).get();
}

/** A quiz of a workspace by its slug, or undefined when the workspace has no quiz of that slug (another's is as unknown). */
export function findWorkspaceQuizBySlug(db: Db, workspaceId: string, slug: string): ExportQuiz | undefined {
  return db
    .select(quizColumns)
    .from(quizzes)
    .where(and(eq(quizzes.workspaceId, workspaceId), eq(quizzes.slug, slug)))
    .get();
}

/** A quiz by id (for the studio's exports, after the membership check), or undefined. */
export function findExportQuiz(db: Db, quizId: string): ExportQuiz | undefined {
  return db.select(quizColumns).from(quizzes).where(eq(quizzes.id, quizId)).get();
}

/**
 * A function naming a quiz's outcomes as the published quiz does (a personality result, a trivia tier, the answer
 * voted for); an outcome the published version does not know, or a quiz never published, keeps its id.
 */
function readOutcomeTitles(db: Db, quizId: string): (outcomeId: string) => string {
  const row = db.select({ definition: quizVersions.definition }).from(quizzes).innerJoin(quizVersions, eq(quizVersions.id, quizzes.publishedVersionId)).where(eq(quizzes.id, quizId)).get();
  const parsed = row ? quizDefinitionSchema.safeParse(row.definition) : null;
  const definition = parsed?.success ? parsed.data : null;
  const titles = new Map<string, string>();
  return (outcomeId) => {
    if (outcomeId === '') return '';
    let title = titles.get(outcomeId);
    if (title === undefined) {
      title = (definition && describeResult(definition, outcomeId)?.title) || outcomeId;
      titles.set(outcomeId, title);
    }
    return title;
  };
}

type PlayerRow = {
  rowid: number;
  number: number;
  parentNumber: number | null;
  generation: number;
  channel: string | null;
  isSeed: 0 | 1;
  source: string;
  hostPage: string;
  outcomeId: string;
  startedAt: number;
  completedAt: number | null;
  descendants: number;
  children: number;
};

/**
 * The players of a quiz who started within a range of UTC days and match the filters, oldest first, one at a
 * time: a generator that reads pages of `pageSize` rows, so a million players never sit in memory at once.
 *
 * Pages are read with keyset pagination on (started_at, rowid), each page its own short query on the shared
 * connection, rather than one `.iterate()` held open while the response streams: better-sqlite3 refuses every
 * write on a connection with an open iterator ("This database connection is busy executing a query"), so a
 * slow download would stop the recording of plays for its whole length.
 *
 * Filters: channel 'direct' means seed players (no parent), another channel the players it brought; outcome,
 * source and hostPage compare with the player's own.
 */
export function* iteratePlayersExport(db: Db, input: { quizId: string; range: DayRange; filters: AnalyticsFilters; pageSize?: number }): Generator<PlayerExportRow, void, undefined> {
  const fromMs = dayStart(input.range.from);
  const toMs = dayStart(input.range.to) + dayMs;
  const pageSize = input.pageSize ?? 1000;
  const { channel, outcome, source, hostPage } = input.filters;
  const filters: SQL[] = [];
  if (channel === 'direct') filters.push(sql`p.parent_player_id is null`);
  else if (channel !== undefined) filters.push(sql`p.parent_player_id is not null and p.channel = ${channel}`);
  if (outcome !== undefined) filters.push(sql`p.outcome_id = ${outcome}`);
  if (source !== undefined) filters.push(sql`p.source = ${source}`);
  if (hostPage !== undefined) filters.push(sql`p.host_page = ${hostPage}`);
  const outcomeTitle = readOutcomeTitles(db, input.quizId);
  let lowMs = fromMs;
  let afterRowid = -1;
  for (;;) {
    // The page's start is a plain lower bound on started_at, so each page seeks into the (quiz_id, started_at)
    // index where the last one ended instead of scanning the range from its beginning again.
    const page = db.all<PlayerRow>(sql`
      select p.rowid as rowid, p.number as number, parent.number as parentNumber, p.generation as generation, p.channel as channel,
        p.parent_player_id is null as isSeed, p.source as source, p.host_page as hostPage, p.outcome_id as outcomeId,
        p.started_at as startedAt, p.completed_at as completedAt, p.descendants as descendants, p.children as children
      from players p left join players parent on parent.id = p.parent_player_id
      where p.quiz_id = ${input.quizId} and p.started_at >= ${lowMs} and p.started_at < ${toMs} and (p.started_at > ${lowMs} or p.rowid > ${afterRowid})
        ${filters.length > 0 ? sql`and ${sql.join(filters, sql` and `)}` : sql``}
      order by p.started_at, p.rowid
      limit ${pageSize}`);
    for (const row of page) {
      yield {
        player: row.number,
        parent: row.parentNumber,
        generation: row.generation,
        channel: row.isSeed === 1 ? 'direct' : (row.channel ?? 'direct'),
        source: row.source,
        hostPage: row.hostPage,
        outcome: outcomeTitle(row.outcomeId),
        startedAt: row.startedAt,
        completedAt: row.completedAt,
        descendants: row.descendants,
        children: row.children,
      };
    }
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    lowMs = last.startedAt;
    afterRowid = last.rowid;
  }
}
