import { sql, type SQL } from 'drizzle-orm';
import { detectAlerts } from '@/lib/analytics/alerts';
import { cycleBucketCount, histogramBuckets, medianCycleMinutes } from '@/lib/analytics/cycle-time';
import type { AnalyticsFilters, ChannelRow, CohortPoint, Dashboard, DailyMetrics, DashboardScope, DayRange, ForestNode, GroupRow, TopSharer } from '@/lib/analytics/dashboard-types';
import { computeLoopFigures, emptyLoopCounts, structuralVirality, sumLoopCounts, topSharersShare, type LoopCounts } from '@/lib/analytics/definitions';
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
const cycleKeys = Array.from({ length: cycleBucketCount }, (_, i) => `c${i}` as const);

type CohortRow = {
  quizId: string;
  day: string;
  shareChannel: string;
  outcomeId: string;
  source: string;
  hostPage: string;
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

function readCohortRows(db: Db, quizIds: string[], range: DayRange, filters: AnalyticsFilters): CohortRow[] {
  if (quizIds.length === 0) return [];
  return db.all<CohortRow>(sql`
    select quiz_id as quizId, day, share_channel as shareChannel, outcome_id as outcomeId, source, host_page as hostPage,
      sum(views) as views, sum(players) as players, sum(seeds) as seeds, sum(completers) as completers, sum(sharers) as sharers,
      sum(share_intents) as shareIntents, sum(confirmed_shares) as confirmedShares, sum(clicks) as clicks, sum(crawler_fetches) as crawlerFetches,
      sum(children) as children, sum(children_completed) as childrenCompleted, ${cycleSums}
    from cohort_rollups
    where quiz_id in ${quizIds} and day >= ${range.from} and day <= ${range.to} and ${filterSql(filters, rollupColumns)}
    group by quiz_id, day, share_channel, outcome_id, source, host_page`);
}

/** The loop counts of a set of cohort rows (see lib/analytics/definitions.ts). */
function countRows(rows: readonly CohortRow[], filters: AnalyticsFilters): LoopCounts {
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

function groupRows(rows: readonly CohortRow[], filters: AnalyticsFilters, keyOf: (row: CohortRow) => string, labelOf: (key: string) => string, isPlayerAttribute: boolean): GroupRow[] {
  // Views belong to no result: grouping by result leaves them out.
  const groups = groupBy(
    rows.filter((r) => !isPlayerAttribute || r.players !== 0 || r.shareChannel !== ''),
    keyOf,
  );
  return [...groups]
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

/** Everything the dashboard shows for a scope, a range and filters (see lib/analytics/dashboard-types.ts). */
export function getDashboard(db: Db, input: { scope: DashboardScope; quizzes: ScopeQuiz[]; range: DayRange; filters: AnalyticsFilters; now: number }): Dashboard {
  const { range, filters, quizzes } = input;
  const quizIds = quizzes.map((q) => q.id);
  const previous = previousRange(range);
  const rows = readCohortRows(db, quizIds, { from: previous.from, to: range.to }, filters);
  const current = rows.filter((r) => r.day >= range.from);
  const before = rows.filter((r) => r.day < range.from);
  const totalsCounts = countRows(current, filters);
  const previousCounts = countRows(before, filters);
  const totals = computeLoopFigures(totalsCounts);
  const labelOutcome = outcomeLabeller(quizzes);

  const byDayRows = groupBy(current, (r) => r.day);
  const days = eachDay(range);
  const dayCounts = days.map((day) => ({ day, counts: countRows(byDayRows.get(day) ?? [], filters) }));
  const byDay = dayCounts.map(({ day, counts }) => cohortPoint(day, counts));
  const byWeek = [...groupBy(dayCounts, ({ day }) => weekStart(day))].map(([week, list]) => cohortPoint(week, sumLoopCounts(list.map((d) => d.counts))));

  const byChannel: ChannelRow[] = [...groupBy(current.filter((r) => r.shareChannel !== ''), (r) => r.shareChannel)]
    .map(([channel, group]) => {
      const c = countRows(group, filters);
      const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
      return {
        channel,
        shareIntents: c.shareIntents,
        confirmedShares: c.confirmedShares,
        sharers: group.reduce((n, r) => n + r.sharers, 0),
        clicks: c.clicks,
        crawlerFetches: c.crawlerFetches,
        referred: c.referred,
        referredCompleted: c.referredCompleted,
        k: ratio(c.referred, totalsCounts.players),
        shareRate: ratio(group.reduce((n, r) => n + r.sharers, 0), totalsCounts.players),
        clicksPerSharer: ratio(c.clicks, group.reduce((n, r) => n + r.sharers, 0)),
        playersPerClick: ratio(c.referred, c.clicks),
      };
    })
    .sort((a, b) => b.referred - a.referred || b.shareIntents - a.shareIntents || a.channel.localeCompare(b.channel));

  const byOutcome = groupRows(
    current.filter((r) => r.outcomeId !== ''),
    filters,
    (r) => `${r.quizId}\u0000${r.outcomeId}`,
    (key) => {
      const [quizId = '', outcomeId = ''] = key.split('\u0000');
      return labelOutcome(quizId, outcomeId);
    },
    true,
  ).map((row) => ({ ...row, key: row.key.split('\u0000')[1] ?? row.key }));
  const byHostPage = groupRows(current, filters, (r) => r.hostPage, (key) => key, false).filter((row) => row.key !== '' || current.some((r) => r.hostPage !== ''));
  const bySource = groupRows(current, filters, (r) => r.source, (key) => key, false);

  const generations = db.all<{ generation: number; players: number; completers: number }>(sql`
    select generation, sum(players) as players, sum(completers) as completers from generation_rollups
    where quiz_id in ${quizIds.length ? quizIds : ['']} and day >= ${range.from} and day <= ${range.to} and ${filterSql(filters, rollupColumns)}
    group by generation having sum(players) > 0 order by generation`);

  // Trees are counted by their seed's start day and source; the other filters do not split a tree.
  const trees = db.get<{ trees: number; distanceSum: number; pairs: number; maxDepth: number }>(sql`
    select coalesce(sum(trees), 0) as trees, coalesce(sum(distance_sum), 0) as distanceSum, coalesce(sum(pairs), 0) as pairs, coalesce(max(max_depth), 0) as maxDepth
    from tree_rollups where quiz_id in ${quizIds.length ? quizIds : ['']} and day >= ${range.from} and day <= ${range.to}
    ${filters.source === undefined ? sql`` : sql`and source = ${filters.source}`}`) ?? { trees: 0, distanceSum: 0, pairs: 0, maxDepth: 0 };
  const topCount = totalsCounts.sharers === 0 ? 0 : Math.max(1, Math.ceil(totalsCounts.sharers / 100));
  const childCountsDesc =
    topCount === 0 || quizIds.length === 0
      ? []
      : db.all<{ children: number }>(sql`select children from players where ${playersWhere(quizIds, range, filters)} and children > 0 order by children desc limit ${topCount}`).map((r) => r.children);

  const topSharers: TopSharer[] =
    quizIds.length === 0
      ? []
      : db
          .all<{ id: string; quizId: string; name: string; number: number; descendants: number; children: number; channel: string | null; generation: number; outcomeId: string; startedAt: number }>(sql`
            select id, quiz_id as quizId, name, number, descendants, children, channel, generation, outcome_id as outcomeId, started_at as startedAt
            from players where ${playersWhere(quizIds, range, filters)} and descendants > 0 order by descendants desc, children desc, number limit 10`)
          .map((p) => ({
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

  // The values the filters can take: read off the rows already at hand when nothing is filtered.
  const isFiltered = Object.values(filters).some((value) => value !== undefined);
  const distinct = (column: 'arrival' | 'source' | 'host_page') =>
    quizIds.length === 0
      ? []
      : !isFiltered && column !== 'arrival'
        ? [...new Set(rows.filter((r) => r.players > 0).map((r) => (column === 'source' ? r.source : r.hostPage)))].sort()
        : db
            .all<{ value: string }>(sql`select distinct ${sql.raw(column)} as value from cohort_rollups where quiz_id in ${quizIds} and day >= ${previous.from} and day <= ${range.to} and players > 0`)
            .map((r) => r.value)
            .sort();
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
      topSharersShare: topSharersShare({ childCountsDesc, sharers: totalsCounts.sharers, players: totalsCounts.players }),
    },
    topSharers,
    forecast,
    alerts,
    options: {
      channels: distinct('arrival'),
      outcomes: outcomeOptions,
      sources: distinct('source'),
      hostPages: distinct('host_page').filter((page) => page !== ''),
    },
  };
}

const burstWindowMinutes = 60;

/**
 * Share links with many clicks or crawler fetches in the last hour, with their typical hourly count over the
 * day before: the raw input of the burst alerts. Reads only the last 25 hours, by index.
 */
function findBursts(db: Db, quizId: string, now: number) {
  const windowStart = now - burstWindowMinutes * 60_000;
  const dayBefore = windowStart - 24 * 3_600_000;
  const rows = db.all<{ kind: 'click' | 'crawler'; linkId: string; recent: number; earlier: number }>(sql`
    select 'click' as kind, share_link_id as linkId, sum(created_at >= ${windowStart}) as recent, sum(created_at < ${windowStart}) as earlier
    from link_clicks where quiz_id = ${quizId} and created_at >= ${dayBefore} group by share_link_id having sum(created_at >= ${windowStart}) >= 10
    union all
    select 'crawler', share_link_id, sum(created_at >= ${windowStart}), sum(created_at < ${windowStart})
    from events where quiz_id = ${quizId} and type = 'crawler' and created_at >= ${dayBefore} group by share_link_id having sum(created_at >= ${windowStart}) >= 10`);
  return rows.flatMap((row) => {
    const owner = db.get<{ name: string; number: number; channel: string }>(sql`select p.name, p.number, l.channel from share_links l join players p on p.id = l.player_id where l.id = ${row.linkId}`);
    return owner ? [{ kind: row.kind, count: row.recent, windowMinutes: burstWindowMinutes, baselinePerWindow: row.earlier / 24, playerLabel: playerLabel(owner.name, owner.number), channel: owner.channel }] : [];
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
  const rows = readCohortRows(db, [quizId], { from: '0000-01-01', to: '9999-12-31' }, {});
  const byChannel = [...groupBy(rows.filter((r) => r.shareChannel !== ''), (r) => r.shareChannel)].map(([channel, group]) => {
    const c = countRows(group, {});
    return { channel, shareIntents: c.shareIntents, clicks: c.clicks, referred: c.referred };
  });
  const maxGeneration = db.get<{ n: number }>(sql`select coalesce(max(generation), 0) as n from generation_rollups where quiz_id = ${quizId} and players > 0`)?.n ?? 0;
  return { counts: countRows(rows, {}), byChannel, maxGeneration };
}

/** One row of figures per day of the range (the players who started that day, and the views of that day). */
export function getDailyMetrics(db: Db, input: { quizIds: string[]; range: DayRange; filters: AnalyticsFilters }): DailyMetrics[] {
  const rows = groupBy(readCohortRows(db, input.quizIds, input.range, input.filters), (r) => r.day);
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
 * beyond the first few are folded into a `more` entry with how many players they hold.
 */
export function getForest(db: Db, input: { quizIds: string[]; node: string | null; range: DayRange; filters: AnalyticsFilters; budget: number }): ForestNode | undefined {
  const toNode = (row: ForestRow): ForestNode => ({ id: row.id, label: playerLabel(row.name, row.number), channel: row.channel ?? 'direct', generation: row.generation, subtreeSize: row.descendants + 1, hiddenChildren: row.children, children: [] });
  const columns = sql`id, name, number, channel, generation, descendants, children`;
  let root: ForestNode;
  let rootChildren: ForestRow[];
  let rootChildCount: { n: number; players: number };
  if (input.node === null) {
    if (input.quizIds.length === 0) return undefined;
    const where = sql`${playersWhere(input.quizIds, input.range, { source: input.filters.source })} and parent_player_id is null`;
    rootChildren = db.all<ForestRow>(sql`select ${columns} from players where ${where} order by descendants desc, number limit ${maxChildrenShown * 2}`);
    rootChildCount = db.get<{ n: number; players: number }>(sql`select count(*) as n, coalesce(sum(descendants + 1), 0) as players from players where ${where}`) ?? { n: 0, players: 0 };
    root = { id: null, label: '', channel: 'direct', generation: -1, subtreeSize: rootChildCount.players, hiddenChildren: 0, children: [] };
  } else {
    const row = db.get<ForestRow & { quizId: string }>(sql`select ${columns}, quiz_id as quizId from players where id = ${input.node}`);
    if (!row || !input.quizIds.includes(row.quizId)) return undefined;
    root = toNode(row);
    rootChildren = db.all<ForestRow>(sql`select ${columns} from players where parent_player_id = ${row.id} order by descendants desc, number limit ${maxChildrenShown}`);
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
