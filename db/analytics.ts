import { sql, type SQL } from 'drizzle-orm';
import { detectAlerts } from '@/lib/analytics/alerts';
import { cycleBucketCount, histogramBuckets, medianCycleMinutes } from '@/lib/analytics/cycle-time';
import type { AnalyticsFilters, ChannelRow, CohortPoint, Dashboard, DailyMetrics, DashboardScope, DayRange, ForestNode, GroupRow, TopSharer } from '@/lib/analytics/dashboard-types';
import { computeLoopFigures, countTopSharers, emptyLoopCounts, structuralVirality, sumLoopCounts, topSharersShare, type LoopCounts } from '@/lib/analytics/definitions';
import { forecastPlayers } from '@/lib/analytics/forecast';
import { addDays, dayStart, previousRange, toDay, weekStart } from '@/lib/analytics/periods';
import { listOutcomes } from '@/lib/prelaunch-checks';
import { quizDefinitionSchema, type QuizDefinition } from '@/lib/quiz-schema';
import type { Db } from './client';

/**
 * The analytics dashboard's queries. Everything but the top sharers, the forest and the burst alerts reads the
 * rollups (db/rollups.ts), so a 30-day range costs the same with a thousand players or a million.
 */

type ScopeQuiz = { id: string; slug: string; title: string; definition: QuizDefinition | null };

/** The quizzes a dashboard covers: one quiz, or every quiz of a workspace. Undefined for an unknown scope. */
export function getScopeQuizzes(db: Db, scope: { quizId: string } | { workspaceId: string }): ScopeQuiz[] {
  const rows = db.all<{ id: string; slug: string; title: string; definition: string | null }>(sql`
    select q.id, q.slug, q.title, v.definition from quizzes q left join quiz_versions v on v.id = q.published_version_id
    where ${'quizId' in scope ? sql`q.id = ${scope.quizId}` : sql`q.workspace_id = ${scope.workspaceId}`} order by q.created_at`);
  return rows.map((r) => {
    const parsed = r.definition === null ? undefined : quizDefinitionSchema.safeParse(JSON.parse(r.definition));
    return { id: r.id, slug: r.slug, title: r.title, definition: parsed?.success ? parsed.data : null };
  });
}

const cycleSums = sql.raw(Array.from({ length: cycleBucketCount }, (_, i) => `sum(cycle_${i}) as c${i}`).join(', '));
const cycleZeros = sql.raw(Array.from({ length: cycleBucketCount }, (_, i) => `0 as c${i}`).join(', '));
const cycleKeys = Array.from({ length: cycleBucketCount }, (_, i) => `c${i}` as const);

/**
 * Counters summed over a group of cohort rows (db/schema.ts: cohort_rollups): the players' own counters on rows
 * with shareChannel '', what went through one share channel on the others. `key` is what the rows were grouped
 * by: the day, or the value of one player attribute.
 */
type TallyRow = {
  quizId: string;
  key: string;
  shareChannel: string;
  views: number;
  players: number;
  seeds: number;
  completers: number;
  sharers: number;
  shareIntents: number;
  confirmedShares: number;
  clicks: number;
  crawlerFetches: number;
  children: number;
  childrenCompleted: number;
} & Record<`c${number}`, number>;

/** What tallies are grouped by: the start day, or one player attribute (a slice dim of db/rollups.ts). */
type TallyKey = 'day' | 'arrival' | 'outcome' | 'source' | 'host';

const rollupColumnOf: Record<TallyKey, string> = { day: 'day', arrival: 'arrival', outcome: 'outcome_id', source: 'source', host: 'host_page' };

function filterSql(filters: AnalyticsFilters, columns: { arrival: string; outcome: string; source: string; hostPage: string }): SQL {
  const parts: SQL[] = [];
  if (filters.channel !== undefined) parts.push(sql`${sql.raw(columns.arrival)} = ${filters.channel}`);
  if (filters.outcome !== undefined) parts.push(sql`${sql.raw(columns.outcome)} = ${filters.outcome}`);
  if (filters.source !== undefined) parts.push(sql`${sql.raw(columns.source)} = ${filters.source}`);
  if (filters.hostPage !== undefined) parts.push(sql`${sql.raw(columns.hostPage)} = ${filters.hostPage}`);
  return parts.length === 0 ? sql`1 = 1` : sql.join(parts, sql` and `);
}

const rollupColumns = { arrival: 'arrival', outcome: 'outcome_id', source: 'source', hostPage: 'host_page' };
const playerColumns = { arrival: "coalesce(channel, 'direct')", outcome: 'outcome_id', source: 'source', hostPage: 'host_page' };

function isUnfiltered(filters: AnalyticsFilters): boolean {
  return Object.values(filters).every((value) => value === undefined);
}

/**
 * The tallies of a range's players per quiz, share channel and `by` (the day or one attribute; by attribute, only
 * the counters a breakdown shows, the others 0). Unfiltered, they are read from the slices (a few dozen rows a
 * day); with filters, from the full rollups, where the filters leave fewer rows to sum. `fromSlices: false`
 * forces the full rollups (the tests compare the two).
 */
export function readTallies(db: Db, input: { quizIds: string[]; range: DayRange; filters: AnalyticsFilters; by: TallyKey; fromSlices?: boolean }): TallyRow[] {
  const { quizIds, range, filters, by } = input;
  if (quizIds.length === 0) return [];
  // A breakdown by attribute shows players, completers, sharers, share intents, clicks and referred players: the
  // other counters are left at 0 there, which halves what a filtered scan sums.
  const sums =
    by === 'day'
      ? sql`sum(views) as views, sum(players) as players, sum(seeds) as seeds, sum(completers) as completers, sum(sharers) as sharers,
      sum(share_intents) as shareIntents, sum(confirmed_shares) as confirmedShares, sum(clicks) as clicks, sum(crawler_fetches) as crawlerFetches,
      sum(children) as children, sum(children_completed) as childrenCompleted, ${cycleSums}`
      : sql`0 as views, sum(players) as players, 0 as seeds, sum(completers) as completers, sum(sharers) as sharers,
      sum(share_intents) as shareIntents, 0 as confirmedShares, sum(clicks) as clicks, 0 as crawlerFetches,
      sum(children) as children, 0 as childrenCompleted, ${cycleZeros}`;
  const days = sql`day >= ${range.from} and day <= ${range.to}`;
  if ((input.fromSlices ?? true) && isUnfiltered(filters)) {
    const dim = by === 'day' ? '' : by;
    const key = sql.raw(by === 'day' ? 'day' : 'value');
    return db.all<TallyRow>(sql`select quiz_id as quizId, ${key} as key, share_channel as shareChannel, ${sums} from cohort_slices
      where quiz_id in ${quizIds} and dim = ${dim} and ${days} group by quiz_id, ${key}, share_channel`);
  }
  const key = sql.raw(rollupColumnOf[by]);
  return db.all<TallyRow>(sql`select quiz_id as quizId, ${key} as key, share_channel as shareChannel, ${sums} from cohort_rollups
    where quiz_id in ${quizIds} and ${days} and ${filterSql(filters, rollupColumns)} group by quiz_id, ${key}, share_channel`);
}

/** The loop counts of a set of tallies (see lib/analytics/definitions.ts). */
function countRows(rows: readonly TallyRow[], filters: AnalyticsFilters): LoopCounts {
  const counts = emptyLoopCounts();
  const histogram = new Array<number>(cycleBucketCount).fill(0);
  let views = 0;
  for (const r of rows) {
    if (r.shareChannel === '') {
      views += r.views;
      counts.players += r.players;
      counts.seeds += r.seeds;
      counts.completers += r.completers;
      counts.sharers += r.sharers;
    } else {
      counts.shareIntents += r.shareIntents;
      counts.confirmedShares += r.confirmedShares;
      counts.clicks += r.clicks;
      counts.crawlerFetches += r.crawlerFetches;
      counts.referred += r.children;
      counts.referredCompleted += r.childrenCompleted;
      for (let i = 0; i < cycleBucketCount; i++) histogram[i] = (histogram[i] ?? 0) + (r[cycleKeys[i] ?? 'c0'] ?? 0);
    }
  }
  return { ...counts, views: filters.outcome === undefined ? views : null, referredArrivals: counts.players - counts.seeds, cycleHistogram: histogram };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function cohortPoint(start: string, counts: LoopCounts): CohortPoint {
  const figures = computeLoopFigures(counts);
  return { start, players: counts.players, sharers: counts.sharers, clicks: counts.clicks, referred: counts.referred, k: figures.k, shareRate: figures.shareRate, clicksPerSharer: figures.clicksPerSharer, playersPerClick: figures.playersPerClick };
}

/** Players grouped by one attribute's tallies, each group with its K and factors, the largest first. */
function groupRows(rows: readonly TallyRow[], filters: AnalyticsFilters, keyOf: (row: TallyRow) => string, labelOf: (key: string) => string): GroupRow[] {
  return [...groupBy(rows, keyOf)]
    .map(([key, group]) => {
      const counts = countRows(group, filters);
      const figures = computeLoopFigures(counts);
      return { key, label: labelOf(key), players: counts.players, completers: counts.completers, sharers: counts.sharers, shareIntents: counts.shareIntents, clicks: counts.clicks, referred: counts.referred, k: figures.k, shareRate: figures.shareRate, clicksPerSharer: figures.clicksPerSharer, playersPerClick: figures.playersPerClick };
    })
    .filter((row) => row.players > 0 || row.referred > 0 || row.shareIntents > 0)
    .sort((a, b) => b.players - a.players || a.key.localeCompare(b.key));
}

function eachDay(range: DayRange): string[] {
  const days: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push(day);
  return days;
}

function playerLabel(name: string, number: number): string {
  return name.trim() === '' ? `Player #${number}` : name;
}

function outcomeLabeller(quizzes: readonly ScopeQuiz[]): (quizId: string, outcomeId: string) => string {
  const titles = new Map<string, string>();
  for (const quiz of quizzes) for (const result of quiz.definition ? listOutcomes(quiz.definition) : []) titles.set(`${quiz.id}\u0000${result.id}`, quizzes.length > 1 ? `${quiz.title}: ${result.title}` : result.title);
  return (quizId, outcomeId) => (outcomeId === '' ? '' : (titles.get(`${quizId}\u0000${outcomeId}`) ?? outcomeId));
}

/** The players of a range and filters, as SQL over the players table. */
function playersWhere(quizIds: string[], range: DayRange, filters: AnalyticsFilters): SQL {
  return sql`quiz_id in ${quizIds} and started_at >= ${dayStart(range.from)} and started_at < ${dayStart(addDays(range.to, 1))} and ${filterSql(filters, playerColumns)}`;
}

/**
 * The values the filters can take in a scope over a range: arrival channels, sources and embedding pages of
 * players who started in it (read from the slices, whatever the filters).
 */
function readFilterOptions(db: Db, quizIds: string[], range: DayRange): { channels: string[]; sources: string[]; hostPages: string[] } {
  const rows =
    quizIds.length === 0
      ? []
      : db.all<{ dim: string; value: string }>(sql`select dim, value from cohort_slices where quiz_id in ${quizIds} and dim in ('arrival', 'source', 'host')
          and day >= ${range.from} and day <= ${range.to} and share_channel = '' and players > 0 group by dim, value`);
  const valuesOf = (dim: string) => rows.filter((r) => r.dim === dim).map((r) => r.value).sort();
  return { channels: valuesOf('arrival'), sources: valuesOf('source'), hostPages: valuesOf('host').filter((page) => page !== '') };
}

/**
 * The referral trees whose seed started in a range (and, given, came from `source`): how many, their players, the
 * sums structural virality is made of, and the deepest. Trees are counted by their seed's start day and source;
 * the other filters do not split a tree.
 */
function readTreeTotals(db: Db, quizIds: string[], range: DayRange, source: string | undefined): { trees: number; players: number; distanceSum: number; pairs: number; maxDepth: number } {
  const empty = { trees: 0, players: 0, distanceSum: 0, pairs: 0, maxDepth: 0 };
  if (quizIds.length === 0) return empty;
  return (
    db.get<typeof empty>(sql`
      select coalesce(sum(trees), 0) as trees, coalesce(sum(players), 0) as players, coalesce(sum(distance_sum), 0) as distanceSum, coalesce(sum(pairs), 0) as pairs,
        coalesce(max(max_depth), 0) as maxDepth
      from tree_rollups where quiz_id in ${quizIds} and day >= ${range.from} and day <= ${range.to} ${source === undefined ? sql`` : sql`and source = ${source}`}`) ?? empty
  );
}

/**
 * The players of a range with the largest subtrees (at most `limit`), and the largest direct-referral counts of
 * its sharers (at most `topCount`). Both read the sharers' index alone (players_quiz_sharers_idx: players with
 * descendants > 0, which are exactly those with children), so they cost what the range's sharers number.
 */
function readTopSharers(db: Db, input: { quizIds: string[]; range: DayRange; filters: AnalyticsFilters; limit: number; topCount: number }) {
  if (input.quizIds.length === 0) return { players: [], childCountsDesc: [] };
  const where = sql`${playersWhere(input.quizIds, input.range, input.filters)} and descendants > 0`;
  const childCountsDesc = input.topCount === 0 ? [] : db.all<{ children: number }>(sql`select children from players where ${where} order by children desc limit ${input.topCount}`).map((r) => r.children);
  const players = db.all<{ id: string; quizId: string; name: string; number: number; descendants: number; children: number; channel: string | null; generation: number; outcomeId: string; startedAt: number }>(sql`
    select id, quiz_id as quizId, name, number, descendants, children, channel, generation, outcome_id as outcomeId, started_at as startedAt
    from players where rowid in (select rowid from players where ${where} order by descendants desc, children desc, number limit ${input.limit})
    order by descendants desc, children desc, number`);
  return { players, childCountsDesc };
}

/** Everything the dashboard shows for a scope, a range and filters (see lib/analytics/dashboard-types.ts). */
export function getDashboard(db: Db, input: { scope: DashboardScope; quizzes: ScopeQuiz[]; range: DayRange; filters: AnalyticsFilters; now: number }): Dashboard {
  const { range, filters, quizzes } = input;
  const quizIds = quizzes.map((q) => q.id);
  const previous = previousRange(range);
  const rows = readTallies(db, { quizIds, range: { from: previous.from, to: range.to }, filters, by: 'day' });
  const current = rows.filter((r) => r.key >= range.from);
  const before = rows.filter((r) => r.key < range.from);
  const totalsCounts = countRows(current, filters);
  const previousCounts = countRows(before, filters);
  const totals = computeLoopFigures(totalsCounts);
  const labelOutcome = outcomeLabeller(quizzes);

  const byDayRows = groupBy(current, (r) => r.key);
  const days = eachDay(range);
  const dayCounts = days.map((day) => ({ day, counts: countRows(byDayRows.get(day) ?? [], filters) }));
  const byDay = dayCounts.map(({ day, counts }) => cohortPoint(day, counts));
  const byWeek = [...groupBy(dayCounts, ({ day }) => weekStart(day))].map(([week, list]) => cohortPoint(week, sumLoopCounts(list.map((d) => d.counts))));

  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const byChannel: ChannelRow[] = [...groupBy(current.filter((r) => r.shareChannel !== ''), (r) => r.shareChannel)]
    .map(([channel, group]) => {
      const c = countRows(group, filters);
      const sharers = group.reduce((n, r) => n + r.sharers, 0);
      return {
        channel,
        shareIntents: c.shareIntents,
        confirmedShares: c.confirmedShares,
        sharers,
        clicks: c.clicks,
        crawlerFetches: c.crawlerFetches,
        referred: c.referred,
        referredCompleted: c.referredCompleted,
        k: ratio(c.referred, totalsCounts.players),
        shareRate: ratio(sharers, totalsCounts.players),
        clicksPerSharer: ratio(c.clicks, sharers),
        playersPerClick: ratio(c.referred, c.clicks),
      };
    })
    .sort((a, b) => b.referred - a.referred || b.shareIntents - a.shareIntents || a.channel.localeCompare(b.channel));

  const tallies = (by: TallyKey) => readTallies(db, { quizIds, range, filters, by });
  const byOutcome = groupRows(
    tallies('outcome').filter((r) => r.key !== ''),
    filters,
    (r) => `${r.quizId}\u0000${r.key}`,
    (key) => {
      const [quizId = '', outcomeId = ''] = key.split('\u0000');
      return labelOutcome(quizId, outcomeId);
    },
  ).map((row) => ({ ...row, key: row.key.split('\u0000')[1] ?? row.key }));
  const hostRows = tallies('host');
  // Ripple's own pages ('') are a row only beside embedding pages.
  const byHostPage = hostRows.some((r) => r.key !== '') ? groupRows(hostRows, filters, (r) => r.key, (key) => key) : [];
  const bySource = groupRows(tallies('source'), filters, (r) => r.key, (key) => key);

  const generations = isUnfiltered(filters)
    ? db.all<{ generation: number; players: number; completers: number }>(sql`
        select cast(value as integer) as generation, sum(players) as players, sum(completers) as completers from cohort_slices
        where quiz_id in ${quizIds.length ? quizIds : ['']} and dim = 'generation' and day >= ${range.from} and day <= ${range.to}
        group by value having sum(players) > 0 order by generation`)
    : db.all<{ generation: number; players: number; completers: number }>(sql`
        select generation, sum(players) as players, sum(completers) as completers from generation_rollups
        where quiz_id in ${quizIds.length ? quizIds : ['']} and day >= ${range.from} and day <= ${range.to} and ${filterSql(filters, rollupColumns)}
        group by generation having sum(players) > 0 order by generation`);

  const trees = readTreeTotals(db, quizIds, range, filters.source);
  const sharers = readTopSharers(db, { quizIds, range, filters, limit: 10, topCount: countTopSharers(totalsCounts.sharers) });
  const topSharers: TopSharer[] = sharers.players.map((p) => ({
    playerId: p.id,
    label: playerLabel(p.name, p.number),
    number: p.number,
    descendants: p.descendants,
    children: p.children,
    channel: p.channel ?? 'direct',
    generation: p.generation,
    outcomeId: p.outcomeId,
    outcomeLabel: labelOutcome(p.quizId, p.outcomeId),
    startedAt: p.startedAt,
  }));

  const seedDays = Math.min(7, days.length);
  const recentSeeds = dayCounts.slice(-seedDays).reduce((n, d) => n + d.counts.seeds, 0);
  const forecast = forecastPlayers({
    k: totals.k,
    players: totalsCounts.players,
    referred: totalsCounts.referred,
    seeds: totalsCounts.seeds,
    seedsPerDay: seedDays === 0 ? 0 : recentSeeds / seedDays,
    seedDays,
    cycleHistogram: totalsCounts.cycleHistogram,
    medianCycleMinutes: totals.medianCycleMinutes,
  });

  const previousFigures = computeLoopFigures(previousCounts);
  const currentByQuiz = groupBy(current, (r) => r.quizId);
  const beforeByQuiz = groupBy(before, (r) => r.quizId);
  const alerts = quizzes.flatMap((quiz) => {
    const now = quizzes.length === 1 ? totals : computeLoopFigures(countRows(currentByQuiz.get(quiz.id) ?? [], filters));
    const then = quizzes.length === 1 ? previousFigures : computeLoopFigures(countRows(beforeByQuiz.get(quiz.id) ?? [], filters));
    return detectAlerts({
      quizId: quiz.id,
      now: input.now,
      current: { k: now.k, shareRate: now.shareRate, players: now.players },
      previous: { k: then.k, shareRate: then.shareRate, players: then.players },
      bursts: range.to >= toDay(input.now) ? findBursts(db, quiz.id, input.now) : [],
    });
  });

  const outcomeOptions = quizzes.flatMap((quiz) => (quiz.definition ? listOutcomes(quiz.definition) : []).map((result) => ({ id: result.id, label: labelOutcome(quiz.id, result.id) })));

  return {
    scope: input.scope,
    range,
    previousRange: previous,
    filters,
    generatedAt: input.now,
    revision: getRevision(db, quizIds),
    totals,
    previous: previousFigures,
    funnel: [
      { step: 'view', count: totals.views },
      { step: 'start', count: totals.players },
      { step: 'complete', count: totals.completers },
      { step: 'share', count: totals.sharers },
      { step: 'click', count: totals.clicks },
      { step: 'referred_start', count: totals.referred },
      { step: 'referred_complete', count: totals.referredCompleted },
    ],
    byDay,
    byWeek,
    byChannel,
    byOutcome,
    byHostPage,
    bySource,
    cycleTime: { buckets: histogramBuckets(totalsCounts.cycleHistogram), medianMinutes: medianCycleMinutes(totalsCounts.cycleHistogram) },
    generations,
    virality: {
      structuralVirality: structuralVirality({ distanceSum: trees.distanceSum, pairs: trees.pairs }),
      maxDepth: trees.maxDepth,
      trees: trees.trees,
      topSharersShare: topSharersShare({ childCountsDesc: sharers.childCountsDesc, sharers: totalsCounts.sharers, players: totalsCounts.players }),
    },
    topSharers,
    forecast,
    alerts,
    options: { ...readFilterOptions(db, quizIds, { from: previous.from, to: range.to }), outcomes: outcomeOptions },
  };
}

const burstWindowMinutes = 60;
/** The fewest clicks or crawler fetches on one link within the window that are looked at as a possible burst. */
const burstMinimum = 10;

/**
 * Share links with many clicks or crawler fetches in the last hour, with their typical hourly count over the
 * day before: the raw input of the burst alerts. Reads the last hour by index, then the day before of the few
 * links that pass the minimum.
 */
function findBursts(db: Db, quizId: string, now: number) {
  const windowStart = now - burstWindowMinutes * 60_000;
  const dayBefore = windowStart - 24 * 3_600_000;
  const rows = db.all<{ kind: 'click' | 'crawler'; linkId: string; recent: number }>(sql`
    select 'click' as kind, share_link_id as linkId, count(*) as recent
    from link_clicks where quiz_id = ${quizId} and created_at >= ${windowStart} group by share_link_id having count(*) >= ${burstMinimum}
    union all
    select 'crawler', share_link_id, count(*)
    from events where quiz_id = ${quizId} and type = 'crawler' and created_at >= ${windowStart} group by share_link_id having count(*) >= ${burstMinimum}`);
  return rows.flatMap((row) => {
    const owner = db.get<{ name: string; number: number; channel: string }>(sql`select p.name, p.number, l.channel from share_links l join players p on p.id = l.player_id where l.id = ${row.linkId}`);
    const earlier =
      row.kind === 'click'
        ? db.get<{ n: number }>(sql`select count(*) as n from link_clicks where share_link_id = ${row.linkId} and created_at >= ${dayBefore} and created_at < ${windowStart}`)
        : db.get<{ n: number }>(sql`select count(*) as n from events where quiz_id = ${quizId} and type = 'crawler' and share_link_id = ${row.linkId} and created_at >= ${dayBefore} and created_at < ${windowStart}`);
    return owner ? [{ kind: row.kind, count: row.recent, windowMinutes: burstWindowMinutes, baselinePerWindow: (earlier?.n ?? 0) / 24, playerLabel: playerLabel(owner.name, owner.number), channel: owner.channel }] : [];
  });
}

/** The sum of the quizzes' analytics revisions: it changes whenever anything of theirs is counted. */
export function getRevision(db: Db, quizIds: string[]): number {
  if (quizIds.length === 0) return 0;
  return db.get<{ n: number }>(sql`select coalesce(sum(revision), 0) as n from analytics_revisions where quiz_id in ${quizIds}`)?.n ?? 0;
}

/**
 * A quiz's figures over all time, from the rollups (so they survive the retention of raw events): the counts,
 * per-channel share intents, clicks and referred players, and the deepest generation.
 */
export function getAllTimeCounts(db: Db, quizId: string): { counts: LoopCounts; byChannel: { channel: string; shareIntents: number; clicks: number; referred: number }[]; maxGeneration: number } {
  const rows = readTallies(db, { quizIds: [quizId], range: { from: '0000-01-01', to: '9999-12-31' }, filters: {}, by: 'day' });
  const byChannel = [...groupBy(rows.filter((r) => r.shareChannel !== ''), (r) => r.shareChannel)].map(([channel, group]) => {
    const c = countRows(group, {});
    return { channel, shareIntents: c.shareIntents, clicks: c.clicks, referred: c.referred };
  });
  const maxGeneration = db.get<{ n: number }>(sql`select coalesce(max(generation), 0) as n from generation_rollups where quiz_id = ${quizId} and players > 0`)?.n ?? 0;
  return { counts: countRows(rows, {}), byChannel, maxGeneration };
}

/** One row of figures per day of the range (the players who started that day, and the views of that day). */
export function getDailyMetrics(db: Db, input: { quizIds: string[]; range: DayRange; filters: AnalyticsFilters }): DailyMetrics[] {
  const rows = groupBy(readTallies(db, { ...input, by: 'day' }), (r) => r.key);
  return eachDay(input.range).map((day) => {
    const { amplification: _amplification, medianCycleMinutes: _median, ...figures } = computeLoopFigures(countRows(rows.get(day) ?? [], input.filters));
    return { day, ...figures };
  });
}

type ForestRow = { id: string; name: string; number: number; channel: string | null; generation: number; descendants: number; children: number };

const maxChildrenShown = 6;

/**
 * The referral forest for drawing: from the virtual root (node null: the largest trees whose seed started in the
 * range) or from one player, breadth first, largest subtrees first, until `budget` nodes are in. A node's children
 * beyond the first few are folded into a `more` entry with how many players they hold; `firstChildren` asks for
 * more of the top node's own children (to page through its `more`).
 */
export function getForest(db: Db, input: { quizIds: string[]; node: string | null; range: DayRange; filters: AnalyticsFilters; budget: number; firstChildren?: number }): ForestNode | undefined {
  const toNode = (row: ForestRow): ForestNode => ({ id: row.id, label: playerLabel(row.name, row.number), channel: row.channel ?? 'direct', generation: row.generation, subtreeSize: row.descendants + 1, hiddenChildren: row.children, children: [] });
  const columns = sql`id, name, number, channel, generation, descendants, children`;
  let root: ForestNode;
  let rootChildren: ForestRow[];
  let rootChildCount: { n: number; players: number };
  if (input.node === null) {
    if (input.quizIds.length === 0) return undefined;
    // The largest trees from the seeds' index alone; how many trees and players there are from the tree rollups.
    const where = sql`${playersWhere(input.quizIds, input.range, { source: input.filters.source })} and parent_player_id is null`;
    rootChildren = db.all<ForestRow>(sql`select ${columns} from players where rowid in (select rowid from players where ${where} order by descendants desc, number limit ${input.firstChildren ?? maxChildrenShown * 2})
      order by descendants desc, number`);
    const totals = readTreeTotals(db, input.quizIds, input.range, input.filters.source);
    rootChildCount = { n: totals.trees, players: totals.players };
    root = { id: null, label: '', channel: 'direct', generation: -1, subtreeSize: rootChildCount.players, hiddenChildren: 0, children: [] };
  } else {
    const row = db.get<ForestRow & { quizId: string }>(sql`select ${columns}, quiz_id as quizId from players where id = ${input.node}`);
    if (!row || !input.quizIds.includes(row.quizId)) return undefined;
    root = toNode(row);
    rootChildren = db.all<ForestRow>(sql`select ${columns} from players where parent_player_id = ${row.id} order by descendants desc, number limit ${input.firstChildren ?? maxChildrenShown}`);
    rootChildCount = { n: row.children, players: row.descendants };
  }
  let used = 1;
  const attach = (parent: ForestNode, rows: ForestRow[], total: { n: number; players: number }): ForestNode[] => {
    const shown = rows.slice(0, Math.max(0, Math.min(rows.length, input.budget - used)));
    used += shown.length;
    parent.children = shown.map(toNode);
    parent.hiddenChildren = 0;
    const hiddenNodes = total.n - shown.length;
    if (hiddenNodes > 0) parent.more = { nodes: hiddenNodes, players: total.players - shown.reduce((n, r) => n + r.descendants + 1, 0) };
    return parent.children;
  };
  const queue = [...attach(root, rootChildren, rootChildCount)];
  while (queue.length > 0 && used < input.budget) {
    const node = queue.shift();
    if (!node || node.id === null || node.hiddenChildren === 0) continue;
    const rows = db.all<ForestRow>(sql`select ${columns} from players where parent_player_id = ${node.id} order by descendants desc, number limit ${maxChildrenShown}`);
    queue.push(...attach(node, rows, { n: node.hiddenChildren, players: node.subtreeSize - 1 }));
  }
  return root;
}
