import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as dailyCsvRoute } from '@/app/api/studio/analytics/export/daily.csv/route';
import { GET as dailyJsonRoute } from '@/app/api/studio/analytics/export/daily.json/route';
import { GET as playersCsvRoute } from '@/app/api/studio/analytics/export/players.csv/route';
import { GET as forestRoute } from '@/app/api/studio/analytics/forest/route';
import { GET as v1DailyRoute } from '@/app/api/v1/quizzes/[slug]/daily/route';
import { createWorkspaceApiKey } from '@/db/api-keys';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { players, workspaces } from '@/db/schema';
import { cascadeDays, playExportCascade } from '@/test/fixtures/export-cascade';

const host = 'localhost';
let ownerCookie = '';
let ownerId = '';
let quizId = '';
let numbers = { alice: 0, bruno: 0, chen: 0 };
const range = `from=${cascadeDays.first}&to=${cascadeDays.second}`;

type Route = (request: NextRequest, context: { params: Promise<object> }) => Promise<Response> | Response;
const call = (route: Route, path: string, cookie: string | null = ownerCookie) => route(new NextRequest(`http://${host}${path}`, { headers: { host, ...(cookie ? { cookie } : {}) } }), { params: Promise.resolve({}) });

async function errorOf(response: Response) {
  const body = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, code: body.error?.code, message: body.error?.message ?? '' };
}

beforeAll(async () => {
  const { headers, response } = await getAuth().api.signUpEmail({ body: { email: 'owner@example.com', password: 'a long enough password', name: 'Olivia' }, returnHeaders: true });
  ownerCookie = headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  ownerId = response.user.id;
  const db = getDb();
  const demoId = db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, 'demo')).get()?.id ?? '';
  const played = playExportCascade(db, { workspaceId: demoId, slug: 'export-explorer' });
  quizId = played.quiz.id;
  numbers = played.numbers;
});

describe('GET /api/studio/analytics/export/players.csv', () => {
  it('downloads the players of the period as CSV with a BOM for Excel, no names or visitor ids', async () => {
    const response = await call(playersCsvRoute, `/api/studio/analytics/export/players.csv?quiz=${quizId}&${range}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="export-explorer-players-${cascadeDays.first}-${cascadeDays.second}.csv"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFFplayer,parent,generation,channel,source,host_page,outcome,started_at,completed_at,descendants,children\r\n')).toBe(true);
    const lines = text.trimEnd().split('\r\n').slice(1);
    expect(lines).toEqual([
      `${numbers.alice},,0,direct,direct,,The Trailblazer,2025-06-01T10:00:01.000Z,2025-06-01T10:01:00.000Z,1,1`,
      `${numbers.bruno},${numbers.alice},1,whatsapp,direct,,The Navigator,2025-06-01T10:11:01.000Z,2025-06-01T10:12:00.000Z,0,0`,
      `${numbers.chen},,0,direct,direct,,The Navigator,2025-06-02T09:00:01.000Z,2025-06-02T09:01:00.000Z,0,0`,
    ]);
    expect(text).not.toMatch(/Secret|export-explorer-(alice|bruno|chen)|@/);
  });

  it.each([
    { label: 'the channel that brought them', query: 'channel=whatsapp', expected: () => [numbers.bruno] },
    { label: 'direct (seed players)', query: 'channel=direct', expected: () => [numbers.alice, numbers.chen] },
    { label: 'their result', query: 'outcome=trailblazer', expected: () => [numbers.alice] },
    { label: 'one day', query: `from=${cascadeDays.second}&to=${cascadeDays.second}`, expected: () => [numbers.chen] },
  ])('filters by $label', async ({ query, expected }) => {
    const text = await (await call(playersCsvRoute, `/api/studio/analytics/export/players.csv?quiz=${quizId}&${query.startsWith('from') ? query : `${range}&${query}`}`)).text();
    expect(text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1).map((line) => Number(line.split(',')[0]))).toEqual(expected());
  });

  it('defuses a host page that a spreadsheet would run as a formula', async () => {
    const db = getDb();
    db.update(players).set({ hostPage: '=HYPERLINK("https://evil.example","Click")' }).where(and(eq(players.quizId, quizId), eq(players.number, numbers.chen))).run();
    const text = await (await call(playersCsvRoute, `/api/studio/analytics/export/players.csv?quiz=${quizId}&${range}`)).text();
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""Click"")"`);
    db.update(players).set({ hostPage: '' }).where(and(eq(players.quizId, quizId), eq(players.number, numbers.chen))).run();
  });

  it('streams a large export whole, in many chunks', async () => {
    const db = getDb();
    const start = Date.parse('2025-05-10T00:00:00.000Z');
    const rows = Array.from({ length: 2_500 }, (_, i) => ({ id: `bulk-${i}`, quizId, visitorId: `bulk-visitor-${i}`, number: 10_000 + i, startedAt: start + i * 1000 }));
    for (let i = 0; i < rows.length; i += 500) db.insert(players).values(rows.slice(i, i + 500)).run();
    const response = await call(playersCsvRoute, `/api/studio/analytics/export/players.csv?quiz=${quizId}&from=2025-05-10&to=2025-05-10`);
    const reader = response.body?.getReader();
    let chunks = 0;
    let text = '';
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for (;;) {
      const { done, value } = (await reader?.read()) ?? { done: true, value: undefined };
      if (done) break;
      chunks += 1;
      text += decoder.decode(value, { stream: true });
    }
    const numbersSeen = text.trimEnd().split('\r\n').slice(1).map((line) => Number(line.split(',')[0]));
    expect(numbersSeen).toEqual(rows.map((r) => r.number));
    expect(chunks).toBeGreaterThan(1);
  });

  it.each([
    { label: 'no quiz', path: `/api/studio/analytics/export/players.csv?${range}`, status: 400, message: /"quiz": give the quiz id/ },
    { label: 'an unknown quiz', path: `/api/studio/analytics/export/players.csv?quiz=nope&${range}`, status: 404, message: /No such quiz/ },
    { label: 'a malformed day', path: `/api/studio/analytics/export/players.csv?quiz=QUIZ&from=yesterday`, status: 400, message: /"from" must be a date/ },
  ])('answers $status to $label', async ({ path, status, message }) => {
    expect(await errorOf(await call(playersCsvRoute, path.replace('QUIZ', quizId)))).toMatchObject({ status, message: expect.stringMatching(message) });
  });

  it('answers 401 without a session', async () => {
    expect((await call(playersCsvRoute, `/api/studio/analytics/export/players.csv?quiz=${quizId}`, null)).status).toBe(401);
  });
});

describe('GET /api/studio/analytics/export/players.csv of a workspace', () => {
  it('lists the players of every quiz of the workspace, each record led by its quiz', async () => {
    const demoId = getDb().select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, 'demo')).get()?.id ?? '';
    const response = await call(playersCsvRoute, `/api/studio/analytics/export/players.csv?workspaceId=${demoId}&${range}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="demo-players-${cascadeDays.first}-${cascadeDays.second}.csv"`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const [header, ...lines] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe('quiz,player,parent,generation,channel,source,host_page,outcome,started_at,completed_at,descendants,children');
    const quiz = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await call(playersCsvRoute, `/api/studio/analytics/export/players.csv?quiz=${quizId}&${range}`)).arrayBuffer());
    // Only the export cascade's quiz had players on those days: the same records, each led by its slug.
    expect(lines).toEqual(quiz.replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1).map((line) => `export-explorer,${line}`));
    expect(await errorOf(await call(playersCsvRoute, `/api/studio/analytics/export/players.csv?workspaceId=no-such-workspace&${range}`))).toMatchObject({ status: 404, message: 'No such workspace.' });
  });
});

describe('GET /api/studio/analytics/export/daily.csv and daily.json', () => {
  it('downloads a row per day with every figure, the same numbers as the API’s JSON', async () => {
    const csv = await call(dailyCsvRoute, `/api/studio/analytics/export/daily.csv?quiz=${quizId}&${range}`);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="export-explorer-daily-${cascadeDays.first}-${cascadeDays.second}.csv"`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    const [header, ...days] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const columns = header?.split(',') ?? [];
    expect(columns.slice(0, 4)).toEqual(['day', 'views', 'players', 'seeds']);
    expect(days.map((line) => line.split(',')[0])).toEqual([cascadeDays.first, cascadeDays.second]);
    const firstDay = Object.fromEntries(columns.map((name, i) => [name, days[0]?.split(',')[i]]));
    expect(firstDay).toMatchObject({ players: '2', seeds: '1', referred: '1', k: '0.5' });

    const json = await call(dailyJsonRoute, `/api/studio/analytics/export/daily.json?quiz=${quizId}&${range}`);
    expect(json.headers.get('content-disposition')).toBe(`attachment; filename="export-explorer-daily-${cascadeDays.first}-${cascadeDays.second}.json"`);
    const body = (await json.json()) as { days: Record<string, number | string | null>[] };
    // The API's answer for the same quiz and period is the same document.
    const made = createWorkspaceApiKey(getDb(), { workspaceId: getDb().select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, 'demo')).get()?.id ?? '', name: 'compare', createdBy: ownerId, now: Date.now() });
    if (!made.ok) throw new Error('no key');
    const api = await v1DailyRoute(new NextRequest(`http://${host}/api/v1/quizzes/export-explorer/daily?${range}`, { headers: { host, authorization: `Bearer ${made.key}` } }), { params: Promise.resolve({ slug: 'export-explorer' }) });
    expect(await api.json()).toEqual(body);
    expect(body.days[0]).toMatchObject({ day: cascadeDays.first, players: 2, referred: 1 });
  });

  it('downloads the daily metrics of a whole workspace: every quiz of it added up, named after the workspace', async () => {
    const demoId = getDb().select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, 'demo')).get()?.id ?? '';
    const csv = await call(dailyCsvRoute, `/api/studio/analytics/export/daily.csv?workspaceId=${demoId}&${range}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="demo-daily-${cascadeDays.first}-${cascadeDays.second}.csv"`);
    const json = await call(dailyJsonRoute, `/api/studio/analytics/export/daily.json?workspaceId=${demoId}&${range}`);
    const body = (await json.json()) as { workspace: string; quizzes: string[]; days: unknown[] };
    expect(body.workspace).toBe('demo');
    expect(body.quizzes).toEqual(expect.arrayContaining(['export-explorer', 'which-explorer']));
    // Only the export cascade's quiz had players on those days, so the workspace's days are that quiz's.
    const quiz = (await (await call(dailyJsonRoute, `/api/studio/analytics/export/daily.json?quiz=${quizId}&${range}`)).json()) as { days: unknown[] };
    expect(body.days).toEqual(quiz.days);
    expect(await errorOf(await call(dailyJsonRoute, `/api/studio/analytics/export/daily.json?workspaceId=no-such-workspace&${range}`))).toMatchObject({ status: 404, message: 'No such workspace.' });
    expect(await errorOf(await call(dailyJsonRoute, `/api/studio/analytics/export/daily.json?workspaceId=${'x'.repeat(65)}&${range}`))).toMatchObject({ status: 400, message: '"workspaceId" must be a workspace id.' });
  });

  it('answers 400 to a period longer than a year', async () => {
    expect(await errorOf(await call(dailyJsonRoute, `/api/studio/analytics/export/daily.json?quiz=${quizId}&from=2020-01-01&to=2025-01-01`))).toMatchObject({ status: 400, message: expect.stringMatching(/at most 366 can be asked for/) });
  });
});

describe('GET /api/studio/analytics/forest', () => {
  it('lists as many trees as asked, folding the rest, and refuses a count out of bounds with a clear error', async () => {
    const first = await call(forestRoute, `/api/studio/analytics/forest?quiz=${quizId}&${range}&children=1`);
    expect(first.status).toBe(200);
    const { forest } = (await first.json()) as { forest: { children: { label: string; subtreeSize: number }[]; more?: { nodes: number; players: number } } };
    expect(forest.children.map((c) => [c.label, c.subtreeSize])).toEqual([['Alice Secret', 2]]);
    expect(forest.more).toEqual({ nodes: 1, players: 1 });
    const all = await call(forestRoute, `/api/studio/analytics/forest?quiz=${quizId}&${range}&children=120`);
    expect(((await all.json()) as { forest: { children: unknown[] } }).forest.children).toHaveLength(2);
    for (const children of ['0', '121', '2.5', 'many']) {
      const refused = await errorOf(await call(forestRoute, `/api/studio/analytics/forest?quiz=${quizId}&${range}&children=${children}`));
      expect(refused).toEqual({ status: 400, code: 'bad_request', message: '"children" must be a whole number from 1 to 120.' });
    }
  });
});
