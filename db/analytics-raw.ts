import { sql } from 'drizzle-orm';
import type { AnalyticsFilters, DayRange } from '@/lib/analytics/dashboard-types';
import type { LoopCounts } from '@/lib/analytics/definitions';
import { addDays, dayStart } from '@/lib/analytics/periods';
import type { Db } from './client';

/**
 * The dashboard's headline counts computed from the raw rows with full scans, without any rollup or derived
 * column: the baseline `npm run bench` measures the rollups against, and a cross-check in the tests.
 */
export function getRawLoopCounts(db: Db, input: { quizId: string; range: DayRange; filters: AnalyticsFilters }): Omit<LoopCounts, 'cycleHistogram'> {
  const { quizId, filters } = input;
  const start = dayStart(input.range.from);
  const end = dayStart(addDays(input.range.to, 1));
  const outcome = sql`(select r.outcome_id from results r where r.player_id = p.id order by r.created_at limit 1)`;
  // The root's source: how the player's tree began (a referred player inherits it).
  const conditions = [
    sql`p.quiz_id = ${quizId}`,
    sql`p.started_at >= ${start}`,
    sql`p.started_at < ${end}`,
    ...(filters.channel === undefined ? [] : [sql`coalesce(p.channel, 'direct') = ${filters.channel}`]),
    ...(filters.outcome === undefined ? [] : [sql`${outcome} = ${filters.outcome}`]),
    ...(filters.source === undefined ? [] : [sql`p.source = ${filters.source}`]),
    ...(filters.hostPage === undefined ? [] : [sql`p.host_page = ${filters.hostPage}`]),
  ];
  const cohort = sql`select p.id from players p where ${sql.join(conditions, sql` and `)}`;
  const one = (query: ReturnType<typeof sql>) => db.get<{ n: number | null }>(query)?.n ?? 0;
  const players = one(sql`select count(*) as n from (${cohort})`);
  const seeds = one(sql`select count(*) as n from players p where ${sql.join(conditions, sql` and `)} and p.parent_player_id is null`);
  const completers = one(sql`select count(*) as n from players p where ${sql.join(conditions, sql` and `)} and p.completed_at is not null`);
  const sharers = one(sql`select count(*) as n from (
      select e.player_id from events e where e.quiz_id = ${quizId} and e.type = 'share' and e.player_id in (${cohort})
      union
      select l.player_id from link_clicks c join share_links l on l.id = c.share_link_id where c.quiz_id = ${quizId} and l.player_id in (${cohort}))`);
  const shares = db.get<{ n: number; confirmed: number | null }>(sql`select count(*) as n, sum(is_confirmed) as confirmed from events where quiz_id = ${quizId} and type = 'share' and player_id in (${cohort})`);
  const clicks = one(sql`select count(*) as n from link_clicks c join share_links l on l.id = c.share_link_id where c.quiz_id = ${quizId} and l.player_id in (${cohort})`);
  const crawlerFetches = one(sql`select count(*) as n from events e join share_links l on l.id = e.share_link_id where e.quiz_id = ${quizId} and e.type = 'crawler' and l.player_id in (${cohort})`);
  const referred = db.get<{ n: number; completed: number | null }>(sql`select count(*) as n, sum(completed_at is not null) as completed from players where quiz_id = ${quizId} and parent_player_id in (${cohort})`);
  const viewConditions = [
    sql`quiz_id = ${quizId}`,
    sql`type = 'view'`,
    sql`created_at >= ${start}`,
    sql`created_at < ${end}`,
    ...(filters.channel === undefined ? [] : [sql`coalesce(channel, 'direct') = ${filters.channel}`]),
    ...(filters.source === undefined ? [] : [sql`source = ${filters.source}`]),
    ...(filters.hostPage === undefined ? [] : [sql`host_page = ${filters.hostPage}`]),
  ];
  const views = filters.outcome === undefined ? one(sql`select count(*) as n from events where ${sql.join(viewConditions, sql` and `)}`) : null;
  return {
    views,
    players,
    seeds,
    referredArrivals: players - seeds,
    completers,
    sharers,
    shareIntents: shares?.n ?? 0,
    confirmedShares: shares?.confirmed ?? 0,
    clicks,
    crawlerFetches,
    referred: referred?.n ?? 0,
    referredCompleted: referred?.completed ?? 0,
  };
}
