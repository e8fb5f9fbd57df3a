import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { demoQuizzes } from '@/db/demo-quizzes';
import { findWorkspaceQuizBySlug, iteratePlayersExport, listExportQuizzes } from '@/db/exports';
import { players, quizVersions, quizzes, workspaces } from '@/db/schema';
import type { AnalyticsFilters } from '@/lib/analytics/dashboard-types';

const explorer = demoQuizzes.find((q) => q.slug === 'which-explorer');
const at = (day: string, time = '12:00:00') => Date.parse(`${day}T${time}.000Z`);

// A hand-built cascade (numbers are the players' public numbers):
//   #1 seed 06-01 (trailblazer) ─┬─ #2 whatsapp 06-01 (navigator) ── #4 x 06-02 (not completed)
//                                └─ #3 whatsapp 06-02 23:59:59 (an outcome the quiz no longer has)
//   #5 seed 06-02 00:00:00 from an embed on blog.example, same start time as #6
//   #6 seed 06-02 00:00:00 (dreamer)          #7 seed 06-03 (outside a 06-01…06-02 range)
const cascade = [
  { id: 'p1', number: 1, parent: null, channel: null, generation: 0, startedAt: at('2025-06-01', '08:00:00'), completedAt: at('2025-06-01', '08:03:00'), outcomeId: 'trailblazer', source: 'direct', hostPage: '', children: 2, descendants: 3 },
  { id: 'p2', number: 2, parent: 'p1', channel: 'whatsapp', generation: 1, startedAt: at('2025-06-01', '09:00:00'), completedAt: at('2025-06-01', '09:04:00'), outcomeId: 'navigator', source: 'direct', hostPage: '', children: 1, descendants: 1 },
  { id: 'p3', number: 3, parent: 'p1', channel: 'whatsapp', generation: 1, startedAt: at('2025-06-02', '23:59:59'), completedAt: at('2025-06-03', '00:02:00'), outcomeId: 'retired-result', source: 'direct', hostPage: '', children: 0, descendants: 0 },
  { id: 'p4', number: 4, parent: 'p2', channel: 'x', generation: 2, startedAt: at('2025-06-02', '10:00:00'), completedAt: null, outcomeId: '', source: 'direct', hostPage: '', children: 0, descendants: 0 },
  { id: 'p5', number: 5, parent: null, channel: null, generation: 0, startedAt: at('2025-06-02', '00:00:00'), completedAt: at('2025-06-02', '00:05:00'), outcomeId: 'storyteller', source: 'embed', hostPage: 'https://blog.example/post', children: 0, descendants: 0 },
  { id: 'p6', number: 6, parent: null, channel: null, generation: 0, startedAt: at('2025-06-02', '00:00:00'), completedAt: at('2025-06-02', '00:06:00'), outcomeId: 'dreamer', source: 'direct', hostPage: '', children: 0, descendants: 0 },
  { id: 'p7', number: 7, parent: null, channel: null, generation: 0, startedAt: at('2025-06-03', '00:00:00'), completedAt: null, outcomeId: '', source: 'direct', hostPage: '', children: 0, descendants: 0 },
];

const exportOf = (filters: AnalyticsFilters = {}, range = { from: '2025-06-01', to: '2025-06-02' }, pageSize?: number) => [...iteratePlayersExport(getDb(), { quizId: 'q-export', range, filters, pageSize })];

beforeAll(() => {
  if (!explorer) throw new Error('demo quiz missing');
  const db = getDb();
  db.insert(workspaces).values({ id: 'ws-export', name: 'Export', slug: 'ws-export' }).run();
  db.insert(quizzes).values({ id: 'q-export', workspaceId: 'ws-export', slug: 'export-quiz', kind: 'personality', status: 'published', title: 'Export quiz', draft: explorer.definition, createdAt: 1 }).run();
  db.insert(quizVersions).values({ id: 'v-export', quizId: 'q-export', version: 1, definition: explorer.definition }).run();
  db.update(quizzes).set({ publishedVersionId: 'v-export' }).where(sql`id = 'q-export'`).run();
  db.insert(quizzes).values({ id: 'q-export-2', workspaceId: 'ws-export', slug: 'export-draft', kind: 'poll', status: 'draft', title: 'A draft', archivedAt: 5, createdAt: 2 }).run();
  for (const p of cascade) {
    db.insert(players)
      .values({ id: p.id, quizId: 'q-export', visitorId: `visitor-${p.id}`, number: p.number, name: `Secret Name ${p.number}`, parentPlayerId: p.parent, channel: p.channel, generation: p.generation, startedAt: p.startedAt, completedAt: p.completedAt, outcomeId: p.outcomeId, source: p.source, hostPage: p.hostPage, rootPlayerId: p.parent ? 'p1' : p.id, children: p.children, descendants: p.descendants })
      .run();
  }
});

describe('iteratePlayersExport', () => {
  it('gives the players who started in the UTC days of the range, oldest first, pseudonymous', () => {
    const rows = exportOf();
    expect(rows.map((r) => r.player)).toEqual([1, 2, 5, 6, 4, 3]);
    expect(rows[0]).toEqual({ player: 1, parent: null, generation: 0, channel: 'direct', source: 'direct', hostPage: '', outcome: 'The Trailblazer', startedAt: at('2025-06-01', '08:00:00'), completedAt: at('2025-06-01', '08:03:00'), descendants: 3, children: 2 });
    expect(rows.find((r) => r.player === 4)).toMatchObject({ parent: 2, generation: 2, channel: 'x', outcome: '', completedAt: null });
    // An outcome the published quiz does not know keeps its id.
    expect(rows.find((r) => r.player === 3)?.outcome).toBe('retired-result');
    expect(JSON.stringify(rows)).not.toMatch(/visitor-|Secret Name/);
  });

  it.each([1, 2, 3, 5, 1000])('reads the same rows in pages of %i (ties on the start time included)', (pageSize) => {
    expect(exportOf({}, { from: '2025-06-01', to: '2025-06-03' }, pageSize).map((r) => r.player)).toEqual([1, 2, 5, 6, 4, 3, 7]);
  });

  it.each([
    { label: 'channel direct: the seed players', filters: { channel: 'direct' }, expected: [1, 5, 6] },
    { label: 'a channel: the players it brought', filters: { channel: 'whatsapp' }, expected: [2, 3] },
    { label: 'an outcome', filters: { outcome: 'navigator' }, expected: [2] },
    { label: 'a source', filters: { source: 'embed' }, expected: [5] },
    { label: 'a host page', filters: { hostPage: 'https://blog.example/post' }, expected: [5] },
    { label: 'two filters together', filters: { channel: 'direct', source: 'direct' }, expected: [1, 6] },
    { label: 'a channel nobody came through', filters: { channel: 'email' }, expected: [] },
  ])('filters by $label', ({ filters, expected }) => {
    expect(exportOf(filters).map((r) => r.player)).toEqual(expected);
  });

  it('has nothing for a day without players or another quiz', () => {
    expect(exportOf({}, { from: '2025-05-01', to: '2025-05-31' })).toEqual([]);
    expect([...iteratePlayersExport(getDb(), { quizId: 'q-export-2', range: { from: '2025-06-01', to: '2025-06-03' }, filters: {} })]).toEqual([]);
  });

  it('reads one page at a time (a generator: nothing is read before it is asked for)', () => {
    const rows = iteratePlayersExport(getDb(), { quizId: 'q-export', range: { from: '2025-06-01', to: '2025-06-03' }, filters: {}, pageSize: 2 });
    expect(rows.next().value).toMatchObject({ player: 1 });
    // Between two pages the connection is free for writes (no iterator is held open on it).
    getDb().update(players).set({ name: 'Renamed' }).where(sql`id = 'p7'`).run();
    expect([...rows].map((r) => r.player)).toEqual([2, 5, 6, 4, 3, 7]);
  });
});

describe('the quizzes of a workspace', () => {
  it('lists them all, archived ones too, newest first, and finds one by slug only in its workspace', () => {
    expect(listExportQuizzes(getDb(), 'ws-export').map((q) => [q.slug, q.status, q.archivedAt])).toEqual([
      ['export-draft', 'draft', 5],
      ['export-quiz', 'published', null],
    ]);
    expect(findWorkspaceQuizBySlug(getDb(), 'ws-export', 'export-quiz')?.id).toBe('q-export');
    expect(findWorkspaceQuizBySlug(getDb(), 'ws-export', 'which-explorer')).toBeUndefined();
  });
});
