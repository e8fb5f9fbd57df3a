import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELETE as revokeKeyRoute } from '@/app/api/studio/api-keys/[keyId]/route';
import { GET as listKeysRoute, POST as createKeyRoute } from '@/app/api/studio/api-keys/route';
import { GET as dailyRoute } from '@/app/api/v1/quizzes/[slug]/daily/route';
import { GET as playersRoute } from '@/app/api/v1/quizzes/[slug]/players/route';
import { GET as quizzesRoute } from '@/app/api/v1/quizzes/route';
import { getDailyMetrics } from '@/db/analytics';
import { createWorkspaceApiKey } from '@/db/api-keys';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { listMemberships } from '@/db/members';
import { apiKeys, workspaces } from '@/db/schema';
import { cascadeDays, playExportCascade } from '@/test/fixtures/export-cascade';

const host = 'localhost';
let ownerCookie = '';
let demoId = '';
let demoKey = '';
let otherKey = '';
let numbers = { alice: 0, bruno: 0, chen: 0 };
let quizId = '';

type Params = { slug: string };
const v1 = (path: string, key: string | null, headers: Record<string, string> = {}) =>
  new NextRequest(`http://${host}${path}`, { headers: { host, ...(key === null ? {} : { authorization: `Bearer ${key}` }), ...headers } });
const slugParams = (slug: string) => ({ params: Promise.resolve<Params>({ slug }) });
const getQuizzes = (key: string | null, headers?: Record<string, string>) => quizzesRoute(v1('/api/v1/quizzes', key, headers), { params: Promise.resolve({}) });
const getDaily = (slug: string, key: string, query = '') => dailyRoute(v1(`/api/v1/quizzes/${slug}/daily${query}`, key), slugParams(slug));
const getPlayers = (slug: string, key: string, query = '') => playersRoute(v1(`/api/v1/quizzes/${slug}/players${query}`, key), slugParams(slug));
const range = `?from=${cascadeDays.first}&to=${cascadeDays.second}`;

async function errorOf(response: Response) {
  const body = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, code: body.error?.code, message: body.error?.message ?? '' };
}

function studio(method: string, path: string, body?: unknown) {
  return new NextRequest(`http://${host}${path}`, { method, headers: { host, origin: `http://${host}`, cookie: ownerCookie, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
}

beforeAll(async () => {
  // The first account of the install owns the demo workspace; the second owns a workspace of their own.
  const { headers } = await getAuth().api.signUpEmail({ body: { email: 'owner@example.com', password: 'a long enough password', name: 'Olivia' }, returnHeaders: true });
  ownerCookie = headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const other = await getAuth().api.signUpEmail({ body: { email: 'other@example.com', password: 'a long enough password', name: 'Omar' } });
  const db = getDb();
  demoId = db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, 'demo')).get()?.id ?? '';
  const otherWorkspaceId = listMemberships(db, other.user.id)[0]?.workspaceId ?? '';
  const played = playExportCascade(db, { workspaceId: demoId, slug: 'export-explorer' });
  numbers = played.numbers;
  quizId = played.quiz.id;
  playExportCascade(db, { workspaceId: otherWorkspaceId, slug: 'others-quiz' });
  // The demo's key is made through the studio's route, as an owner would; it is shown in that answer only.
  const created = await createKeyRoute(studio('POST', '/api/studio/api-keys', { workspaceId: demoId, name: 'Reporting' }), { params: Promise.resolve({}) });
  expect(created.status).toBe(201);
  demoKey = ((await created.json()) as { key: string }).key;
  const othersKey = createWorkspaceApiKey(db, { workspaceId: otherWorkspaceId, name: 'Theirs', createdBy: other.user.id, now: Date.now() });
  if (!othersKey.ok) throw new Error('no key');
  otherKey = othersKey.key;
});

describe('authentication', () => {
  it.each<{ label: string; key: string | null; headers: Record<string, string>; message: RegExp }>([
    { label: 'no Authorization header', key: null, headers: {}, message: /Bearer rpl_live_/ },
    { label: 'Basic credentials', key: null, headers: { authorization: 'Basic b3duZXI6cGFzcw==' }, message: /must be "Bearer"/ },
    { label: 'a token that is not a Ripple key', key: 'abc', headers: {}, message: /not a Ripple API key/ },
    { label: 'a well-formed key nobody made', key: `rpl_live_${'x'.repeat(43)}`, headers: {}, message: /unknown or has been revoked/ },
  ])('answers 401 with a WWW-Authenticate header to $label', async ({ key, headers, message }) => {
    const response = await getQuizzes(key, headers);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await errorOf(response)).toMatchObject({ status: 401, code: 'unauthorized', message: expect.stringMatching(message) });
  });

  it('does not take a studio session instead of a key', async () => {
    expect((await getQuizzes(null, { cookie: ownerCookie })).status).toBe(401);
  });

  it('notes when a key was last used, for the studio’s list', async () => {
    expect((await getQuizzes(demoKey)).status).toBe(200);
    const listed = await listKeysRoute(new NextRequest(`http://${host}/api/studio/api-keys?workspaceId=${demoId}`, { headers: { host, cookie: ownerCookie } }), { params: Promise.resolve({}) });
    const body = (await listed.json()) as { keys: { name: string; prefix: string; lastUsedAt: number | null }[] };
    expect(body.keys.find((k) => k.name === 'Reporting')).toMatchObject({ prefix: demoKey.slice(0, 15), lastUsedAt: expect.any(Number) });
    expect(JSON.stringify(body)).not.toContain(demoKey);
  });
});

describe('GET /api/v1/quizzes', () => {
  it('lists the key’s workspace’s quizzes and nobody else’s, uncached', async () => {
    const response = await getQuizzes(demoKey);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { quizzes: { slug: string; title: string; status: string; createdAt: string; archivedAt: string | null }[] };
    const slugs = body.quizzes.map((q) => q.slug);
    expect(slugs).toEqual(expect.arrayContaining(['export-explorer', 'which-explorer']));
    expect(slugs).not.toContain('others-quiz');
    expect(body.quizzes.find((q) => q.slug === 'export-explorer')).toMatchObject({ title: 'Which explorer are you?', status: 'published', archivedAt: null, createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    const theirs = (await (await getQuizzes(otherKey)).json()) as { quizzes: { slug: string }[] };
    expect(theirs.quizzes.map((q) => q.slug)).toEqual(['others-quiz']);
  });
});

describe('GET /api/v1/quizzes/[slug]/daily', () => {
  it('answers a row per day of the period with the dashboard’s figures', async () => {
    const response = await getDaily('export-explorer', demoKey, range);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { quiz: string; range: { from: string; to: string }; days: { day: string; players: number; seeds: number; referred: number; k: number }[] };
    expect(body.quiz).toBe('export-explorer');
    expect(body.range).toEqual({ from: cascadeDays.first, to: cascadeDays.second });
    expect(body.days.map((d) => [d.day, d.players, d.seeds])).toEqual([
      [cascadeDays.first, 2, 1],
      [cascadeDays.second, 1, 1],
    ]);
    // Alice's cohort brought Bruno: one referral from two players.
    expect(body.days[0]).toMatchObject({ referred: 1, k: 0.5 });
    expect(body.days).toEqual(getDailyMetrics(getDb(), { quizIds: [quizId], range: body.range, filters: {} }));
  });

  it('applies the dashboard’s filters', async () => {
    const body = (await (await getDaily('export-explorer', demoKey, `${range}&channel=whatsapp`)).json()) as { filters: unknown; days: { players: number }[] };
    expect(body.filters).toEqual({ channel: 'whatsapp' });
    expect(body.days.map((d) => d.players)).toEqual([1, 0]);
  });

  it('covers the last 30 days by default', async () => {
    const body = (await (await getDaily('export-explorer', demoKey)).json()) as { days: unknown[] };
    expect(body.days).toHaveLength(30);
  });

  it.each([
    { label: 'a malformed from', query: '?from=2025-6-1', message: /"from" must be a date written YYYY-MM-DD/ },
    { label: 'an impossible date', query: '?to=2025-02-30', message: /"to" must be a date/ },
    { label: 'from after to', query: '?from=2025-06-03&to=2025-06-01', message: /is after "to"/ },
    { label: 'more than 366 days', query: '?from=2024-01-01&to=2025-06-01', message: /at most 366/ },
    { label: 'an empty filter', query: `${range}&channel=`, message: /"channel" must be between 1 and 500/ },
  ])('answers 400 to $label, saying what is wrong', async ({ query, message }) => {
    expect(await errorOf(await getDaily('export-explorer', demoKey, query))).toMatchObject({ status: 400, code: 'bad_request', message: expect.stringMatching(message) });
  });

  it('answers 404 for another workspace’s quiz, exactly as for one that does not exist', async () => {
    const theirs = await errorOf(await getDaily('others-quiz', demoKey, range));
    const none = await errorOf(await getDaily('no-such-quiz', demoKey, range));
    expect(theirs).toMatchObject({ status: 404, code: 'not_found' });
    expect(none.status).toBe(404);
    expect(theirs.message.replace('others-quiz', 'no-such-quiz')).toBe(none.message);
  });
});

describe('GET /api/v1/quizzes/[slug]/players', () => {
  it('answers the players as JSON: numbers and parents, never names or visitor ids', async () => {
    const response = await getPlayers('export-explorer', demoKey, range);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).not.toMatch(/Secret|export-explorer-(alice|bruno|chen)/);
    const body = JSON.parse(text) as { quiz: string; players: Record<string, unknown>[] };
    expect(body.players).toEqual([
      { player: numbers.alice, parent: null, generation: 0, channel: 'direct', source: 'direct', host_page: '', outcome: 'The Trailblazer', started_at: '2025-06-01T10:00:01.000Z', completed_at: '2025-06-01T10:01:00.000Z', descendants: 1, children: 1 },
      { player: numbers.bruno, parent: numbers.alice, generation: 1, channel: 'whatsapp', source: 'direct', host_page: '', outcome: 'The Navigator', started_at: '2025-06-01T10:11:01.000Z', completed_at: '2025-06-01T10:12:00.000Z', descendants: 0, children: 0 },
      { player: numbers.chen, parent: null, generation: 0, channel: 'direct', source: 'direct', host_page: '', outcome: 'The Navigator', started_at: '2025-06-02T09:00:01.000Z', completed_at: '2025-06-02T09:01:00.000Z', descendants: 0, children: 0 },
    ]);
  });

  it('answers CSV when asked, filtered', async () => {
    const response = await getPlayers('export-explorer', demoKey, `${range}&format=csv&channel=direct`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="export-explorer-players-${cascadeDays.first}-${cascadeDays.second}.csv"`);
    expect(await response.text()).toBe(
      'player,parent,generation,channel,source,host_page,outcome,started_at,completed_at,descendants,children\r\n' +
        `${numbers.alice},,0,direct,direct,,The Trailblazer,2025-06-01T10:00:01.000Z,2025-06-01T10:01:00.000Z,1,1\r\n` +
        `${numbers.chen},,0,direct,direct,,The Navigator,2025-06-02T09:00:01.000Z,2025-06-02T09:01:00.000Z,0,0\r\n`,
    );
  });

  it('refuses an unknown format and another workspace’s quiz', async () => {
    expect(await errorOf(await getPlayers('export-explorer', demoKey, '?format=xml'))).toMatchObject({ status: 400, message: '"format" must be "json" or "csv".' });
    expect((await getPlayers('others-quiz', demoKey, range)).status).toBe(404);
    expect((await getPlayers('others-quiz', otherKey, range)).status).toBe(200);
  });
});

describe('revocation', () => {
  it('shuts a key out on its very next request', async () => {
    const made = createWorkspaceApiKey(getDb(), { workspaceId: demoId, name: 'Short-lived', createdBy: getDb().select({ by: apiKeys.createdBy }).from(apiKeys).get()?.by ?? '', now: Date.now() });
    if (!made.ok) throw new Error('no key');
    expect((await getQuizzes(made.key)).status).toBe(200);
    const revoked = await revokeKeyRoute(studio('DELETE', `/api/studio/api-keys/${made.id}?workspaceId=${demoId}`), { params: Promise.resolve({ keyId: made.id }) });
    expect(revoked.status).toBe(204);
    expect(await errorOf(await getQuizzes(made.key))).toMatchObject({ status: 401, message: 'This API key is unknown or has been revoked.' });
    expect(await errorOf(await getDaily('export-explorer', made.key, range))).toMatchObject({ status: 401 });
    // The other key of the workspace still works.
    expect((await getQuizzes(demoKey)).status).toBe(200);
  });
});
