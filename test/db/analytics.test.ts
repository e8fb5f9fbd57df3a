import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDailyMetrics, getDashboard, getForest, getScopeQuizzes, readTallies } from '@/db/analytics';
import { getRawLoopCounts } from '@/db/analytics-raw';
import { openDb, type Db } from '@/db/client';
import { readRollups, rebuildRollups } from '@/db/rollups';
import { seedDemo } from '@/db/seed';
import type { AnalyticsFilters, Dashboard, DayRange, ForestNode } from '@/lib/analytics/dashboard-types';

const now = Date.UTC(2026, 10, 26, 12);
let db: Db;
let quizId: string;

function dashboard(range: DayRange, filters: AnalyticsFilters = {}): Dashboard {
  const quizzes = getScopeQuizzes(db, { quizId });
  return getDashboard(db, { scope: { kind: 'quiz', quizId, slug: 'which-explorer', title: 'x', dir: 'ltr' }, quizzes, range, filters, now });
}

beforeAll(() => {
  db = openDb(join(mkdtempSync(join(tmpdir(), 'ripple-analytics-')), 'ripple.db'));
  // The demo's simulated history: 2,400 players over 30 days on which-explorer, and more on the others.
  seedDemo(db, { cascade: { now, newToken: (() => { let n = 0; return () => `token-${n++}-abcdefghijklmnop`; })() } });
  quizId = db.get<{ id: string }>(sql`select id from quizzes where slug = 'which-explorer'`)?.id ?? '';
});

const last30: DayRange = { from: '2026-10-28', to: '2026-11-26' };
const cases: { label: string; range: DayRange; filters: AnalyticsFilters }[] = [
  { label: 'the last 30 days', range: last30, filters: {} },
  { label: 'one week in the middle', range: { from: '2026-11-10', to: '2026-11-16' }, filters: {} },
  { label: 'one day', range: { from: '2026-11-20', to: '2026-11-20' }, filters: {} },
  { label: 'players who came by WhatsApp', range: last30, filters: { channel: 'whatsapp' } },
  { label: 'seed players only', range: last30, filters: { channel: 'direct' } },
  { label: 'one result', range: last30, filters: { outcome: 'storyteller' } },
  { label: 'trees from the newsletter', range: last30, filters: { source: 'newsletter' } },
  { label: 'one embedding page', range: last30, filters: { hostPage: 'https://shop.example.com/quiz' } },
  { label: 'a range before the campaign', range: { from: '2025-01-01', to: '2025-01-31' }, filters: {} },
];

describe('the dashboard read from the rollups', () => {
  it.each(cases)('counts exactly what a full scan of the raw rows counts: $label', ({ range, filters }) => {
    const { totals } = dashboard(range, filters);
    const raw = getRawLoopCounts(db, { quizId, range, filters });
    const { amplification: _a, medianCycleMinutes: _m, k: _k, shareRate: _s, clicksPerSharer: _c, playersPerClick: _p, ...counts } = totals;
    expect(counts).toEqual(raw);
  });

  it.each(['day', 'arrival', 'outcome', 'source', 'host'] as const)('reads the same tallies by %s from the slices as from the full rollups', (by) => {
    const everyQuiz = db.all<{ id: string }>(sql`select id from quizzes`).map((q) => q.id);
    const order = (rows: { quizId: string; key: string; shareChannel: string }[]) => [...rows].sort((a, b) => `${a.quizId} ${a.key} ${a.shareChannel}`.localeCompare(`${b.quizId} ${b.key} ${b.shareChannel}`));
    for (const range of [last30, { from: '2026-11-10', to: '2026-11-16' }, { from: '2026-11-20', to: '2026-11-20' }]) {
      for (const quizIds of [[quizId], everyQuiz]) {
        const sliced = readTallies(db, { quizIds, range, filters: {}, by });
        expect(sliced.length).toBeGreaterThan(0);
        expect(order(sliced)).toEqual(order(readTallies(db, { quizIds, range, filters: {}, by, fromSlices: false })));
      }
    }
  });

  it('reads players per generation from the slices as the generation rollups count them', () => {
    const { generations } = dashboard(last30);
    const rollups = db.all(sql`select generation, sum(players) as players, sum(completers) as completers from generation_rollups
      where quiz_id = ${quizId} and day >= ${last30.from} and day <= ${last30.to} group by generation having sum(players) > 0 order by generation`);
    expect(generations).toEqual(rollups);
    // The same panel through a filter that keeps everyone (every player arrived directly or through a channel).
    const seeds = dashboard(last30, { channel: 'direct' }).generations;
    expect(seeds).toEqual(generations.filter((g) => g.generation === 0));
  });

  it('backfills the slices of rollups recorded before the slices existed (the migration)', () => {
    const everyQuiz = db.all<{ id: string }>(sql`select id from quizzes`).map((q) => q.id);
    const before = everyQuiz.map((id) => readRollups(db, id).slices);
    expect(before.flat().length).toBeGreaterThan(1000);
    db.run(sql`delete from cohort_slices`);
    db.$client.exec(readFileSync(join(process.cwd(), 'db', 'migrations', '0004_slices_backfill.sql'), 'utf8'));
    expect(everyQuiz.map((id) => readRollups(db, id).slices)).toEqual(before);
  });

  it('reads players through indexes that hold what it needs, never one row per player of the range', () => {
    const plans: string[] = [];
    const dialect = new SQLiteSyncDialect();
    const recorder = new Proxy(db, {
      get(target, name, receiver) {
        if (name !== 'all' && name !== 'get') return Reflect.get(target, name, receiver);
        return (query: SQL) => {
          const { sql: text, params } = dialect.sqlToQuery(query);
          const steps = target.$client.prepare(`explain query plan ${text}`).all(...params) as { detail: string }[];
          plans.push(...steps.map((step) => step.detail));
          return name === 'all' ? target.all(query) : target.get(query);
        };
      },
    });
    const quizzes = getScopeQuizzes(db, { quizId });
    for (const filters of [{}, { channel: 'whatsapp' }, { outcome: 'storyteller' }] as AnalyticsFilters[]) {
      getDashboard(recorder, { scope: { kind: 'quiz', quizId, slug: 'which-explorer', title: 'x', dir: 'ltr' }, quizzes, range: last30, filters, now });
      getForest(recorder, { quizIds: [quizId], node: null, range: last30, filters, budget: 300 });
    }
    expect(plans.length).toBeGreaterThan(20);
    expect(plans.filter((detail) => /\bSCAN (players|results|events|link_clicks|share_links)\b/.test(detail))).toEqual([]);
    expect(plans.filter((detail) => detail.includes('players_quiz_started_idx'))).toEqual([]);
    expect(plans.some((detail) => detail.includes('COVERING INDEX players_quiz_sharers_idx'))).toBe(true);
    expect(plans.some((detail) => detail.includes('COVERING INDEX players_quiz_seeds_idx'))).toBe(true);
  });

  it('gives the top 1% of sharers the share a full scan gives', () => {
    const { totals, virality } = dashboard(last30);
    const top = Math.ceil(totals.sharers / 100);
    const children = db.all<{ children: number }>(sql`select count(*) as children from players c join players p on p.id = c.parent_player_id
      where p.quiz_id = ${quizId} and p.started_at >= ${Date.UTC(2026, 9, 28)} group by p.id order by children desc limit ${top}`);
    expect(virality.topSharersShare).toBeCloseTo(children.reduce((n, c) => n + c.children, 0) / totals.players, 10);
  });

  it('has a living demo: thousands of players, several generations, K near what was simulated', () => {
    const { totals, virality, generations } = dashboard(last30);
    expect(totals.players).toBeGreaterThan(2000);
    expect(totals.k).toBeGreaterThan(0.6);
    expect(totals.k).toBeLessThan(1);
    expect(virality.maxDepth).toBeGreaterThan(3);
    // Trees whose seed started just before the range still have generations inside it.
    expect(generations.length).toBeGreaterThanOrEqual(virality.maxDepth + 1);
    expect(generations.reduce((n, g) => n + g.players, 0)).toBe(totals.players);
  });

  it('splits K over channels so that the channels’ K add up to K, and K is the product of its factors', () => {
    const { totals, byChannel } = dashboard(last30);
    expect(byChannel.reduce((sum, c) => sum + c.k, 0)).toBeCloseTo(totals.k, 10);
    expect(totals.shareRate * totals.clicksPerSharer * totals.playersPerClick).toBeCloseTo(totals.k, 10);
    for (const c of byChannel) expect(c.shareRate * c.clicksPerSharer * c.playersPerClick).toBeCloseTo(c.k, 10);
  });

  it('gives each result, source and day its own K, and the days add up to the whole', () => {
    const { totals, byOutcome, bySource, byDay, byWeek } = dashboard(last30);
    expect(byOutcome.reduce((n, r) => n + r.players, 0)).toBe(totals.completers);
    expect(bySource.reduce((n, r) => n + r.players, 0)).toBe(totals.players);
    expect(byDay).toHaveLength(30);
    expect(byDay.reduce((n, d) => n + d.referred, 0)).toBe(totals.referred);
    expect(byWeek.reduce((n, d) => n + d.players, 0)).toBe(totals.players);
    expect(byOutcome.map((r) => r.label)).toEqual(expect.arrayContaining(['The Storyteller', 'The Navigator']));
  });

  it('compares with the period before, and the daily metrics add up to the totals', () => {
    const week = dashboard({ from: '2026-11-20', to: '2026-11-26' });
    expect(week.previousRange).toEqual({ from: '2026-11-13', to: '2026-11-19' });
    const before = dashboard({ from: '2026-11-13', to: '2026-11-19' });
    expect(week.previous).toEqual(before.totals);
    const daily = getDailyMetrics(db, { quizIds: [quizId], range: last30, filters: {} });
    expect(daily.reduce((n, d) => n + d.players, 0)).toBe(dashboard(last30).totals.players);
  });

  it('ranks top sharers by their whole subtree, with a name or "Player #n" and never an e-mail', () => {
    const { topSharers } = dashboard(last30);
    expect(topSharers.length).toBe(10);
    for (let i = 1; i < topSharers.length; i++) expect(topSharers[i - 1]?.descendants).toBeGreaterThanOrEqual(topSharers[i]?.descendants ?? 0);
    const descendantsByHand = (id: string) =>
      db.get<{ n: number }>(sql`with recursive below(id) as (select id from players where parent_player_id = ${id} union all select p.id from players p join below on p.parent_player_id = below.id) select count(*) as n from below`)?.n;
    const top = topSharers[0];
    expect(top?.descendants).toBe(descendantsByHand(top?.playerId ?? ''));
    for (const sharer of topSharers) expect(sharer.label).toMatch(/^(Player #\d+|[A-Za-z]+)$/);
  });

  it('measures structural virality as the mean distance between two players of a tree, as counted pair by pair', () => {
    // A small range keeps the brute force small: every pair of every tree whose seed started that day.
    const range = { from: '2026-11-24', to: '2026-11-24' };
    const { virality } = dashboard(range);
    const seeds = db.all<{ id: string }>(sql`select id from players where quiz_id = ${quizId} and parent_player_id is null and started_at >= ${Date.UTC(2026, 10, 24)} and started_at < ${Date.UTC(2026, 10, 25)}`);
    let distanceSum = 0;
    let pairs = 0;
    for (const seed of seeds) {
      const nodes = db.all<{ id: string; parent: string | null; depth: number }>(sql`with recursive t(id, parent, depth) as (select id, parent_player_id, 0 from players where id = ${seed.id}
        union all select p.id, p.parent_player_id, t.depth + 1 from players p join t on p.parent_player_id = t.id) select id, parent, depth from t`);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const ancestors = (id: string) => {
        const list: string[] = [];
        for (let at = byId.get(id); at; at = at.parent ? byId.get(at.parent) : undefined) list.push(at.id);
        return list;
      };
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = ancestors(nodes[i]?.id ?? '');
          const b = new Set(ancestors(nodes[j]?.id ?? ''));
          const common = a.find((x) => b.has(x)) ?? '';
          distanceSum += (nodes[i]?.depth ?? 0) + (nodes[j]?.depth ?? 0) - 2 * (byId.get(common)?.depth ?? 0);
          pairs += 1;
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
    expect(virality.structuralVirality).toBeCloseTo(distanceSum / pairs, 10);
  });

  it('draws the forest within its budget, largest trees first, with subtree sizes that add up', () => {
    const forest = getForest(db, { quizIds: [quizId], node: null, range: last30, filters: {}, budget: 300 });
    if (!forest) throw new Error('no forest');
    let nodes = 0;
    const check = (node: ForestNode) => {
      nodes += 1;
      if (node.id !== null && node.hiddenChildren === 0) {
        const below = node.children.reduce((n, c) => n + c.subtreeSize, 0) + (node.more?.players ?? 0);
        expect(below).toBe(node.subtreeSize - 1);
      }
      node.children.forEach(check);
    };
    check(forest);
    expect(nodes).toBeLessThanOrEqual(300);
    expect(forest.children.length).toBeGreaterThan(0);
    const sizes = forest.children.map((c) => c.subtreeSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(forest.subtreeSize).toBe(db.get<{ n: number }>(sql`select count(*) as n from players where quiz_id = ${quizId} and started_at >= ${Date.UTC(2026, 9, 28)} and root_player_id in (select id from players where quiz_id = ${quizId} and parent_player_id is null and started_at >= ${Date.UTC(2026, 9, 28)})`)?.n);
    // A node of the forest opens on its own: its subtree, folded the same way.
    const big = forest.children[0];
    const opened = getForest(db, { quizIds: [quizId], node: big?.id ?? '', range: last30, filters: {}, budget: 50 });
    expect(opened?.subtreeSize).toBe(big?.subtreeSize);
    // Another quiz's player is not in this scope.
    const other = db.get<{ id: string }>(sql`select id from players where quiz_id != ${quizId} limit 1`);
    expect(getForest(db, { quizIds: [quizId], node: other?.id ?? '', range: last30, filters: {}, budget: 50 })).toBeUndefined();
  });

  it('pages through folded trees and children: the next ones come in order, and what is still folded adds up', () => {
    const forest = (node: string | null, firstChildren?: number) => {
      const answer = getForest(db, { quizIds: [quizId], node, range: last30, filters: {}, budget: 300, firstChildren });
      if (!answer) throw new Error('no forest');
      return answer;
    };
    const first = forest(null);
    const paged = forest(null, 30);
    expect(first.children).toHaveLength(12);
    expect(paged.children).toHaveLength(30);
    expect(paged.children.slice(0, 12).map((c) => c.id)).toEqual(first.children.map((c) => c.id));
    const sizes = paged.children.map((c) => c.subtreeSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const answer of [first, paged]) {
      expect(answer.children.length + (answer.more?.nodes ?? 0)).toBe(db.get<{ n: number }>(sql`select count(*) as n from players where quiz_id = ${quizId} and parent_player_id is null and started_at >= ${Date.UTC(2026, 9, 28)}`)?.n);
      expect(answer.children.reduce((n, c) => n + c.subtreeSize, 0) + (answer.more?.players ?? 0)).toBe(answer.subtreeSize);
    }
    // A player with many children: the first few, then more of them on asking.
    const busy = db.get<{ id: string; children: number }>(sql`select id, children from players where quiz_id = ${quizId} order by children desc limit 1`);
    if (!busy) throw new Error('no sharer');
    expect(busy.children).toBeGreaterThan(6);
    expect(forest(busy.id).more?.nodes).toBe(busy.children - 6);
    const more = forest(busy.id, busy.children);
    expect(more.children).toHaveLength(busy.children);
    expect(more.more).toBeUndefined();
  });

  it('gives the same dashboard after its rollups are rebuilt from the raw rows', () => {
    const before = dashboard(last30);
    rebuildRollups(db, quizId);
    const after = dashboard(last30);
    expect({ ...after, revision: 0 }).toEqual({ ...before, revision: 0 });
  });

  it('answers an empty quiz with zeros, not errors', () => {
    const empty = db.get<{ id: string }>(sql`select id from quizzes where slug = 'weekend-poll'`)?.id ?? '';
    db.run(sql`delete from players where quiz_id = ${empty}`);
    db.run(sql`delete from events where quiz_id = ${empty}`);
    rebuildRollups(db, empty);
    const quizzes = getScopeQuizzes(db, { quizId: empty });
    const result = getDashboard(db, { scope: { kind: 'quiz', quizId: empty, slug: 'weekend-poll', title: 'x', dir: 'ltr' }, quizzes, range: last30, filters: {}, now });
    expect(result.totals).toMatchObject({ players: 0, k: 0, shareRate: 0, amplification: null, medianCycleMinutes: null });
    expect(result.virality).toEqual({ structuralVirality: null, maxDepth: 0, trees: 0, topSharersShare: 0 });
    expect(result.topSharers).toEqual([]);
    expect(result.forecast.expectedTotal).toBe(0);
  });
});

describe('burst alerts', () => {
  it('flag one link with many clicks in the last hour against its day before, and not an ordinary link', () => {
    // Another demo quiz, so the raw clicks added here leave the cascade above as it was.
    const burstQuiz = db.get<{ id: string }>(sql`select id from quizzes where slug = 'ocean-trivia'`)?.id ?? '';
    const links = db.all<{ id: string }>(sql`select id from share_links where quiz_id = ${burstQuiz} order by id limit 2`);
    const [busy, calm] = links;
    if (!busy || !calm) throw new Error('the demo quiz has no share links');
    const click = (linkId: string, at: number, n: number) =>
      db.run(sql`insert into link_clicks (share_link_id, visitor_id, day, quiz_id, created_at) values (${linkId}, ${`burst-${linkId}-${at}-${n}`}, ${new Date(at).toISOString().slice(0, 10)}, ${burstQuiz}, ${at})`);
    for (let i = 0; i < 30; i++) click(busy.id, now - 60_000 - i * 1000, i);
    for (let i = 0; i < 24; i++) click(busy.id, now - 2 * 3_600_000 - i * 3_600_000 * 0.9, i);
    // Fifteen clicks in the hour on a link used to ten an hour: busy, not a burst.
    for (let i = 0; i < 15; i++) click(calm.id, now - 120_000 - i * 1000, i);
    for (let i = 0; i < 240; i++) click(calm.id, now - 3_700_000 - i * 300_000, i);
    const quizzes = getScopeQuizzes(db, { quizId: burstQuiz });
    const { alerts } = getDashboard(db, { scope: { kind: 'quiz', quizId: burstQuiz, slug: 'ocean-trivia', title: 'x', dir: 'ltr' }, quizzes, range: last30, filters: {}, now });
    const bursts = alerts.filter((alert) => alert.kind === 'click_burst');
    expect(bursts).toHaveLength(1);
    expect(bursts[0]?.figures).toMatchObject({ count: 30, windowMinutes: 60 });
    // A range that ends before today has no bursts to show.
    const past = getDashboard(db, { scope: { kind: 'quiz', quizId: burstQuiz, slug: 'ocean-trivia', title: 'x', dir: 'ltr' }, quizzes, range: { from: '2026-11-01', to: '2026-11-20' }, filters: {}, now });
    expect(past.alerts.filter((alert) => alert.kind === 'click_burst')).toEqual([]);
  });
});
