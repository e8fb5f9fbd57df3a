import { sql, type SQL } from 'drizzle-orm';
import { bucketOfCycle, cycleBucketCount } from '@/lib/analytics/cycle-time';
import { computeWienerDelta } from '@/lib/analytics/tree-math';
import type { Db } from './client';

/**
 * The analytics rollups, kept up at write time in the transaction of the write they count (see db/queries.ts),
 * and rebuilt from the raw rows by rebuildRollups (the reference the upkeep is tested against, and what a bulk
 * load calls once at the end). Definitions: lib/analytics/definitions.ts.
 */

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that runs SQL: the database or a transaction of it. */
export type Runner = Db | Tx;

export const cohortCounters = ['views', 'players', 'seeds', 'completers', 'sharers', 'shareIntents', 'confirmedShares', 'clicks', 'crawlerFetches', 'children', 'childrenCompleted'] as const;
export type CohortCounter = (typeof cohortCounters)[number] | `cycle${number}`;

/** The key of a cohort_rollups row: the player's start day and attributes, and '' or a share channel. */
export type CohortKey = { quizId: string; day: string; arrival: string; outcomeId: string; source: string; hostPage: string; shareChannel: string };

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/^cycle(\d+)$/, 'cycle_$1');
const cycleColumns = Array.from({ length: cycleBucketCount }, (_, i) => `cycle${i}` as const);
const allCohortColumns: readonly string[] = [...cohortCounters, ...cycleColumns];

/** The UTC day of an instant, 'YYYY-MM-DD'. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The slices (cohort_slices) a cohort row is summed into: the whole quiz and each single attribute. Filter names
 * of lib/analytics/dashboard-types.ts map to dims: channel → arrival, outcome → outcome, source → source,
 * hostPage → host.
 */
export function sliceKeysOf(key: Omit<CohortKey, 'shareChannel'>): { dim: SliceDim; value: string }[] {
  return [
    { dim: '', value: '' },
    { dim: 'arrival', value: key.arrival },
    { dim: 'outcome', value: key.outcomeId },
    { dim: 'source', value: key.source },
    { dim: 'host', value: key.hostPage },
  ];
}

export type SliceDim = '' | 'arrival' | 'outcome' | 'source' | 'host' | 'generation';

/** Adds the deltas to one cohort row and to each of its slices, creating the rows that are missing. */
export function bumpCohort(runner: Runner, key: CohortKey, deltas: Partial<Record<CohortCounter, number>>): void {
  const names = Object.keys(deltas).filter((name) => allCohortColumns.includes(name) && deltas[name as CohortCounter] !== 0);
  if (names.length === 0) return;
  const columns = sql.join(
    names.map((name) => sql.raw(snake(name))),
    sql`, `,
  );
  const values = sql.join(
    names.map((name) => sql`${deltas[name as CohortCounter] ?? 0}`),
    sql`, `,
  );
  const updates = sql.join(
    names.map((name) => sql.raw(`${snake(name)} = ${snake(name)} + excluded.${snake(name)}`)),
    sql`, `,
  );
  runner.run(sql`insert into cohort_rollups (quiz_id, day, arrival, outcome_id, source, host_page, share_channel, ${columns})
    values (${key.quizId}, ${key.day}, ${key.arrival}, ${key.outcomeId}, ${key.source}, ${key.hostPage}, ${key.shareChannel}, ${values})
    on conflict (quiz_id, day, arrival, outcome_id, source, host_page, share_channel) do update set ${updates}`);
  const slices = sliceKeysOf(key).map(({ dim, value }) => sql`(${key.quizId}, ${dim}, ${value}, ${key.day}, ${key.shareChannel}, ${values})`);
  runner.run(sql`insert into cohort_slices (quiz_id, dim, value, day, share_channel, ${columns}) values ${sql.join(slices, sql`, `)}
    on conflict (quiz_id, dim, value, day, share_channel) do update set ${updates}`);
}

/** Adds players and completers to one generation_rollups row and to its generation's slice. */
export function bumpGeneration(runner: Runner, key: Omit<CohortKey, 'shareChannel'> & { generation: number }, deltas: { players?: number; completers?: number }): void {
  runner.run(sql`insert into generation_rollups (quiz_id, day, generation, arrival, outcome_id, source, host_page, players, completers)
    values (${key.quizId}, ${key.day}, ${key.generation}, ${key.arrival}, ${key.outcomeId}, ${key.source}, ${key.hostPage}, ${deltas.players ?? 0}, ${deltas.completers ?? 0})
    on conflict (quiz_id, day, generation, arrival, outcome_id, source, host_page) do update set
      players = players + excluded.players, completers = completers + excluded.completers`);
  runner.run(sql`insert into cohort_slices (quiz_id, dim, value, day, share_channel, players, completers)
    values (${key.quizId}, 'generation', ${String(key.generation)}, ${key.day}, '', ${deltas.players ?? 0}, ${deltas.completers ?? 0})
    on conflict (quiz_id, dim, value, day, share_channel) do update set players = players + excluded.players, completers = completers + excluded.completers`);
}

function bumpTree(runner: Runner, key: { quizId: string; day: string; source: string }, deltas: { trees: number; players: number; distanceSum: number; pairs: number; depth: number }): void {
  runner.run(sql`insert into tree_rollups (quiz_id, day, source, trees, players, distance_sum, pairs, max_depth)
    values (${key.quizId}, ${key.day}, ${key.source}, ${deltas.trees}, ${deltas.players}, ${deltas.distanceSum}, ${deltas.pairs}, ${deltas.depth})
    on conflict (quiz_id, day, source) do update set trees = trees + excluded.trees, players = players + excluded.players,
      distance_sum = distance_sum + excluded.distance_sum, pairs = pairs + excluded.pairs, max_depth = max(max_depth, excluded.max_depth)`);
}

/** Tells live dashboards that something of this quiz was counted. */
export function bumpRevision(runner: Runner, quizId: string): void {
  runner.run(sql`insert into analytics_revisions (quiz_id, revision) values (${quizId}, 1) on conflict (quiz_id) do update set revision = revision + 1`);
}

/** What the rollups need to know of a player. */
export type PlayerFacts = {
  id: string;
  quizId: string;
  startedAt: number;
  completedAt: number | null;
  channel: string | null;
  outcomeId: string;
  source: string;
  hostPage: string;
  generation: number;
  parentPlayerId: string | null;
  rootPlayerId: string;
  sharedAt: number | null;
};

/** A player's facts by id, for the upkeep. */
export function getPlayerFacts(runner: Runner, playerId: string): PlayerFacts | undefined {
  return runner.get<PlayerFacts | undefined>(sql`select id, quiz_id as quizId, started_at as startedAt, completed_at as completedAt, channel,
      outcome_id as outcomeId, source, host_page as hostPage, generation, parent_player_id as parentPlayerId,
      root_player_id as rootPlayerId, shared_at as sharedAt
    from players where id = ${playerId}`);
}

/** The cohort key of a player's own row ('' share channel), or of their row for one share channel. */
export function cohortKeyOf(player: PlayerFacts, shareChannel = ''): CohortKey {
  return { quizId: player.quizId, day: dayOf(player.startedAt), arrival: player.channel ?? 'direct', outcomeId: player.outcomeId, source: player.source, hostPage: player.hostPage, shareChannel };
}

/**
 * Counts a new player: their cohort row and generation, and, for a referred player, the parent's children and
 * cycle time, every ancestor's subtree, and their tree's structural virality. Called once, in the transaction
 * that inserts the player (after the insert).
 */
export function countNewPlayer(runner: Runner, player: PlayerFacts): void {
  const isSeed = player.parentPlayerId === null;
  bumpCohort(runner, cohortKeyOf(player), { players: 1, seeds: isSeed ? 1 : 0 });
  bumpGeneration(runner, { ...cohortKeyOf(player), generation: player.generation }, { players: 1 });
  if (isSeed) {
    bumpTree(runner, { quizId: player.quizId, day: dayOf(player.startedAt), source: player.source }, { trees: 1, players: 1, distanceSum: 0, pairs: 0, depth: 0 });
    return;
  }
  const parent = getPlayerFacts(runner, player.parentPlayerId ?? '');
  if (!parent) return;
  bumpCohort(runner, cohortKeyOf(parent, player.channel ?? 'direct'), { children: 1, [`cycle${bucketOfCycle(player.startedAt - parent.startedAt)}`]: 1 });
  // The ancestors from the parent up to the seed, with their subtree sizes before this player joined.
  const ancestors = runner.all<{ id: string; descendants: number; parentId: string | null; startedAt: number; source: string; treeDepthSum: number }>(sql`
    with recursive chain(id, depth) as (select ${parent.id}, 0 union all select p.parent_player_id, chain.depth + 1 from players p join chain on p.id = chain.id where p.parent_player_id is not null)
    select p.id, p.descendants, p.parent_player_id as parentId, p.started_at as startedAt, p.source, p.tree_depth_sum as treeDepthSum
    from chain join players p on p.id = chain.id order by chain.depth`);
  const root = ancestors[ancestors.length - 1];
  if (!root) return;
  const size = root.descendants + 1;
  const delta = computeWienerDelta({ size, depthSum: root.treeDepthSum, pathSubtreeSizes: ancestors.slice(0, -1).map((a) => a.descendants + 1) });
  runner.run(sql`update players set children = children + 1 where id = ${parent.id}`);
  runner.run(sql`update players set descendants = descendants + 1 where id in ${ancestors.map((a) => a.id)}`);
  runner.run(sql`update players set tree_depth_sum = tree_depth_sum + ${player.generation} where id = ${root.id}`);
  bumpTree(runner, { quizId: player.quizId, day: dayOf(root.startedAt), source: root.source }, { trees: 0, players: 1, distanceSum: delta, pairs: size, depth: player.generation });
}

/**
 * Counts a player's first completion with outcome `outcomeId`: their rows move from outcome '' to it, and a
 * referred player's parent gains a completed child. Called before players.outcome_id is set.
 */
export function countCompletion(runner: Runner, player: PlayerFacts, outcomeId: string): void {
  const isSeed = player.parentPlayerId === null;
  const before = cohortKeyOf(player);
  const after = { ...before, outcomeId };
  bumpCohort(runner, before, { players: -1, seeds: isSeed ? -1 : 0 });
  bumpCohort(runner, after, { players: 1, seeds: isSeed ? 1 : 0, completers: 1 });
  bumpGeneration(runner, { ...before, generation: player.generation }, { players: -1 });
  bumpGeneration(runner, { ...after, generation: player.generation }, { players: 1, completers: 1 });
  if (!isSeed) {
    const parent = getPlayerFacts(runner, player.parentPlayerId ?? '');
    if (parent) bumpCohort(runner, cohortKeyOf(parent, player.channel ?? 'direct'), { childrenCompleted: 1 });
  }
}

/**
 * Marks a player as a sharer on a channel (a share intent, or a human click on one of their links), once per
 * player and once per player and channel, with the time it first happened.
 */
export function countSharing(runner: Runner, player: PlayerFacts, link: { id: string; channel: string }, now: number): void {
  if (player.sharedAt === null) {
    runner.run(sql`update players set shared_at = ${now} where id = ${player.id}`);
    bumpCohort(runner, cohortKeyOf(player), { sharers: 1 });
  }
  const isChannelShared =
    runner.get<{ n: number }>(sql`select count(*) as n from share_links where player_id = ${player.id} and channel = ${link.channel} and shared_at is not null`)?.n ?? 0;
  runner.run(sql`update share_links set shared_at = coalesce(shared_at, ${now}) where id = ${link.id}`);
  if (isChannelShared === 0) bumpCohort(runner, cohortKeyOf(player, link.channel), { sharers: 1 });
}

// ——— The full recomputation ———

/** Adds counters into a running total, counter by counter. */
function addCounts(total: Partial<Record<CohortCounter, number>>, deltas: Partial<Record<CohortCounter, number>>): void {
  for (const [name, value] of Object.entries(deltas)) total[name as CohortCounter] = (total[name as CohortCounter] ?? 0) + (value ?? 0);
}

/** The indexes of db/schema.ts on the players' derived columns (same names and columns as the migration). */
const derivedPlayerIndexes = [
  { name: 'players_parent_idx', columns: 'parent_player_id, descendants', where: '' },
  { name: 'players_quiz_sharers_idx', columns: 'quiz_id, started_at, descendants, children, number, channel, outcome_id, source, host_page', where: 'descendants > 0' },
  { name: 'players_quiz_seeds_idx', columns: 'quiz_id, started_at, source, descendants, number, parent_player_id', where: 'parent_player_id is null' },
];

type RawPlayer = { id: string; parentId: string | null; startedAt: number; completedAt: number | null; channel: string | null; source: string; hostPage: string; generation: number };

/**
 * Recomputes, from the raw rows alone, every rollup of a quiz and every derived column of its players and share
 * links (outcome, root, children, descendants, tree depth sum, first-share times), replacing what was there. The
 * rollups kept up at write time must always equal what this computes.
 */
export function rebuildRollups(db: Db, quizId: string): void {
  db.transaction((tx) => {
    const players = tx.all<RawPlayer>(sql`select id, parent_player_id as parentId, started_at as startedAt, completed_at as completedAt, channel, source, host_page as hostPage, generation
      from players where quiz_id = ${quizId} order by generation, started_at`);
    const byId = new Map(players.map((p, index) => [p.id, index]));
    const firstOutcome = new Map(
      tx
        .all<{ playerId: string; outcomeId: string }>(sql`select player_id as playerId, outcome_id as outcomeId from results r
          where quiz_id = ${quizId} and created_at = (select min(created_at) from results r2 where r2.player_id = r.player_id) group by player_id`)
        .map((r) => [r.playerId, r.outcomeId]),
    );
    const n = players.length;
    const parentIndex = players.map((p) => (p.parentId === null ? -1 : (byId.get(p.parentId) ?? -1)));
    const rootIndex = new Array<number>(n);
    const children = new Array<number>(n).fill(0);
    const descendants = new Array<number>(n).fill(0);
    // Sorted by generation, so parents come before their children.
    for (let i = 0; i < n; i++) {
      const parent = parentIndex[i] ?? -1;
      rootIndex[i] = parent === -1 ? i : (rootIndex[parent] ?? parent);
      if (parent !== -1) children[parent] = (children[parent] ?? 0) + 1;
    }
    for (let i = n - 1; i >= 0; i--) {
      const parent = parentIndex[i] ?? -1;
      if (parent !== -1) descendants[parent] = (descendants[parent] ?? 0) + (descendants[i] ?? 0) + 1;
    }
    const depthSum = new Array<number>(n).fill(0);
    const treeDistance = new Array<number>(n).fill(0);
    const treeDepth = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      const root = rootIndex[i] ?? i;
      const player = players[i];
      if (!player || root === i) continue;
      const treeSize = (descendants[root] ?? 0) + 1;
      const s = (descendants[i] ?? 0) + 1;
      depthSum[root] = (depthSum[root] ?? 0) + player.generation;
      treeDistance[root] = (treeDistance[root] ?? 0) + s * (treeSize - s);
      treeDepth[root] = Math.max(treeDepth[root] ?? 0, player.generation);
    }

    // The first time each player, and each player on each channel, shared: a share intent or a click on their link.
    const sharing = tx.all<{ playerId: string; channel: string; linkId: string; at: number }>(sql`
      select player_id as playerId, channel, share_link_id as linkId, min(created_at) as at from (
        select e.player_id, e.channel, e.share_link_id, e.created_at from events e where e.quiz_id = ${quizId} and e.type = 'share'
        union all
        select sl.player_id, sl.channel, sl.id, lc.created_at from link_clicks lc join share_links sl on sl.id = lc.share_link_id where lc.quiz_id = ${quizId})
      group by share_link_id`);
    const playerSharedAt = new Map<string, number>();
    const channelSharers = new Set<string>();
    for (const s of sharing) {
      playerSharedAt.set(s.playerId, Math.min(playerSharedAt.get(s.playerId) ?? Infinity, s.at));
      channelSharers.add(`${s.playerId}\u0000${s.channel}`);
    }

    tx.run(sql`update share_links set shared_at = null where quiz_id = ${quizId}`);
    const setLinkSharedAt = db.$client.prepare('update share_links set shared_at = ? where id = ?');
    for (const s of sharing) setLinkSharedAt.run(s.at, s.linkId);
    tx.run(sql`delete from cohort_rollups where quiz_id = ${quizId}`);
    tx.run(sql`delete from generation_rollups where quiz_id = ${quizId}`);
    tx.run(sql`delete from tree_rollups where quiz_id = ${quizId}`);
    tx.run(sql`delete from cohort_slices where quiz_id = ${quizId}`);
    tx.run(sql`delete from result_counts where quiz_id = ${quizId}`);
    tx.run(sql`insert into result_counts (quiz_id, outcome_id, percent, results)
      select quiz_id, outcome_id, coalesce(percent, -1), count(*) from results where quiz_id = ${quizId} group by 1, 2, 3`);

    const cohorts = new Map<string, { key: CohortKey; counts: Partial<Record<CohortCounter, number>> }>();
    const add = (key: CohortKey, deltas: Partial<Record<CohortCounter, number>>) => {
      const id = [key.day, key.arrival, key.outcomeId, key.source, key.hostPage, key.shareChannel].join('\u0000');
      let entry = cohorts.get(id);
      if (!entry) cohorts.set(id, (entry = { key, counts: {} }));
      addCounts(entry.counts, deltas);
    };
    const generations = new Map<string, { key: Omit<CohortKey, 'shareChannel'> & { generation: number }; players: number; completers: number }>();
    const trees = new Map<string, { day: string; source: string; trees: number; players: number; distanceSum: number; pairs: number; depth: number }>();
    const facts: PlayerFacts[] = new Array(n);

    // Rewriting the derived columns of many players is faster without the indexes on them, rebuilt once after.
    const isBulk = n >= 20_000;
    if (isBulk) for (const index of derivedPlayerIndexes) tx.run(sql.raw(`drop index if exists ${index.name}`));
    const update = db.$client.prepare('update players set outcome_id = ?, root_player_id = ?, children = ?, descendants = ?, tree_depth_sum = ?, shared_at = ? where id = ?');
    for (let i = 0; i < n; i++) {
      const p = players[i];
      if (!p) continue;
      const root = players[rootIndex[i] ?? i] ?? p;
      const fact: PlayerFacts = {
        id: p.id,
        quizId,
        startedAt: p.startedAt,
        completedAt: p.completedAt,
        channel: p.channel,
        outcomeId: firstOutcome.get(p.id) ?? '',
        source: p.source,
        hostPage: p.hostPage,
        generation: p.generation,
        parentPlayerId: p.parentId,
        rootPlayerId: root.id,
        sharedAt: playerSharedAt.get(p.id) ?? null,
      };
      facts[i] = fact;
      update.run(fact.outcomeId, root.id, children[i] ?? 0, descendants[i] ?? 0, rootIndex[i] === i ? (depthSum[i] ?? 0) : 0, fact.sharedAt, p.id);
      const isSeed = p.parentId === null;
      const isCompleted = fact.outcomeId !== '';
      add(cohortKeyOf(fact), { players: 1, seeds: isSeed ? 1 : 0, completers: isCompleted ? 1 : 0, sharers: fact.sharedAt === null ? 0 : 1 });
      const generationKey = { ...cohortKeyOf(fact), generation: p.generation };
      const generationId = [generationKey.day, p.generation, generationKey.arrival, generationKey.outcomeId, generationKey.source, generationKey.hostPage].join('\u0000');
      const generation = generations.get(generationId) ?? { key: generationKey, players: 0, completers: 0 };
      generation.players += 1;
      generation.completers += isCompleted ? 1 : 0;
      generations.set(generationId, generation);
      if (isSeed) {
        const size = (descendants[i] ?? 0) + 1;
        const treeId = `${dayOf(p.startedAt)}\u0000${p.source}`;
        const tree = trees.get(treeId) ?? { day: dayOf(p.startedAt), source: p.source, trees: 0, players: 0, distanceSum: 0, pairs: 0, depth: 0 };
        tree.trees += 1;
        tree.players += size;
        tree.distanceSum += treeDistance[i] ?? 0;
        tree.pairs += (size * (size - 1)) / 2;
        tree.depth = Math.max(tree.depth, treeDepth[i] ?? 0);
        trees.set(treeId, tree);
      }
    }
    if (isBulk) for (const index of derivedPlayerIndexes) tx.run(sql.raw(`create index if not exists ${index.name} on players (${index.columns})${index.where ? ` where ${index.where}` : ''}`));
    for (let i = 0; i < n; i++) {
      const child = facts[i];
      const parent = facts[parentIndex[i] ?? -1];
      if (!child || !parent) continue;
      add(cohortKeyOf(parent, child.channel ?? 'direct'), { children: 1, childrenCompleted: child.outcomeId === '' ? 0 : 1, [`cycle${bucketOfCycle(child.startedAt - parent.startedAt)}`]: 1 });
    }
    for (const key of channelSharers) {
      const [playerId = '', channel = ''] = key.split('\u0000');
      const player = facts[byId.get(playerId) ?? -1];
      if (player) add(cohortKeyOf(player, channel), { sharers: 1 });
    }
    const perLink = (type: 'share' | 'crawler' | 'click') =>
      type === 'click'
        ? tx.all<{ playerId: string; channel: string; n: number; confirmed: number }>(sql`select sl.player_id as playerId, sl.channel, count(*) as n, 0 as confirmed
            from link_clicks lc join share_links sl on sl.id = lc.share_link_id where lc.quiz_id = ${quizId} group by sl.player_id, sl.channel`)
        : tx.all<{ playerId: string; channel: string; n: number; confirmed: number }>(sql`select sl.player_id as playerId, sl.channel, count(*) as n, sum(e.is_confirmed) as confirmed
            from events e join share_links sl on sl.id = e.share_link_id where e.quiz_id = ${quizId} and e.type = ${type} group by sl.player_id, sl.channel`);
    for (const row of perLink('share')) {
      const player = facts[byId.get(row.playerId) ?? -1];
      if (player) add(cohortKeyOf(player, row.channel), { shareIntents: row.n, confirmedShares: row.confirmed });
    }
    for (const row of perLink('click')) {
      const player = facts[byId.get(row.playerId) ?? -1];
      if (player) add(cohortKeyOf(player, row.channel), { clicks: row.n });
    }
    for (const row of perLink('crawler')) {
      const player = facts[byId.get(row.playerId) ?? -1];
      if (player) add(cohortKeyOf(player, row.channel), { crawlerFetches: row.n });
    }
    const views = tx.all<{ day: string; arrival: string; source: string; hostPage: string; n: number }>(sql`
      select strftime('%Y-%m-%d', created_at / 1000, 'unixepoch') as day, coalesce(channel, 'direct') as arrival, source, host_page as hostPage, count(*) as n
      from events where quiz_id = ${quizId} and type = 'view' group by 1, 2, 3, 4`);
    for (const v of views) add({ quizId, day: v.day, arrival: v.arrival, outcomeId: '', source: v.source, hostPage: v.hostPage, shareChannel: '' }, { views: v.n });

    const cohortColumnList = allCohortColumns.map(snake).join(', ');
    const insertCohort = db.$client.prepare(
      `insert into cohort_rollups (quiz_id, day, arrival, outcome_id, source, host_page, share_channel, ${cohortColumnList}) values (${new Array(7 + allCohortColumns.length).fill('?').join(', ')})`,
    );
    for (const { key, counts } of cohorts.values()) {
      insertCohort.run(key.quizId, key.day, key.arrival, key.outcomeId, key.source, key.hostPage, key.shareChannel, ...allCohortColumns.map((name) => counts[name as CohortCounter] ?? 0));
    }
    const insertGeneration = db.$client.prepare(
      'insert into generation_rollups (quiz_id, day, generation, arrival, outcome_id, source, host_page, players, completers) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const { key, players: count, completers } of generations.values()) insertGeneration.run(key.quizId, key.day, key.generation, key.arrival, key.outcomeId, key.source, key.hostPage, count, completers);
    const slices = new Map<string, { dim: SliceDim; value: string; day: string; shareChannel: string; counts: Partial<Record<CohortCounter, number>> }>();
    const addToSlice = (dim: SliceDim, value: string, day: string, shareChannel: string, counts: Partial<Record<CohortCounter, number>>) => {
      const id = [dim, value, day, shareChannel].join('\u0000');
      let slice = slices.get(id);
      if (!slice) slices.set(id, (slice = { dim, value, day, shareChannel, counts: {} }));
      addCounts(slice.counts, counts);
    };
    for (const { key, counts } of cohorts.values()) for (const { dim, value } of sliceKeysOf(key)) addToSlice(dim, value, key.day, key.shareChannel, counts);
    for (const { key, players: count, completers } of generations.values()) addToSlice('generation', String(key.generation), key.day, '', { players: count, completers });
    const insertSlice = db.$client.prepare(
      `insert into cohort_slices (quiz_id, dim, value, day, share_channel, ${cohortColumnList}) values (${new Array(5 + allCohortColumns.length).fill('?').join(', ')})`,
    );
    for (const slice of slices.values()) insertSlice.run(quizId, slice.dim, slice.value, slice.day, slice.shareChannel, ...allCohortColumns.map((name) => slice.counts[name as CohortCounter] ?? 0));
    for (const t of trees.values()) bumpTree(tx, { quizId, day: t.day, source: t.source }, t);
  });
}

/** Every rollup row of a quiz, in a stable order, zero rows left out: what the equality tests compare. */
export function readRollups(db: Db, quizId: string): { cohorts: unknown[]; slices: unknown[]; generations: unknown[]; trees: unknown[]; results: unknown[] } {
  const nonZero = (columns: string[]): SQL => sql.raw(columns.map((c) => `${c} != 0`).join(' or '));
  return {
    cohorts: db.all(sql`select * from cohort_rollups where quiz_id = ${quizId} and (${nonZero(allCohortColumns.map(snake))}) order by day, arrival, outcome_id, source, host_page, share_channel`),
    slices: db.all(sql`select * from cohort_slices where quiz_id = ${quizId} and (${nonZero(allCohortColumns.map(snake))}) order by dim, value, day, share_channel`),
    generations: db.all(sql`select * from generation_rollups where quiz_id = ${quizId} and (players != 0 or completers != 0) order by day, generation, arrival, outcome_id, source, host_page`),
    trees: db.all(sql`select * from tree_rollups where quiz_id = ${quizId} order by day, source`),
    results: db.all(sql`select * from result_counts where quiz_id = ${quizId} order by outcome_id, percent`),
  };
}
