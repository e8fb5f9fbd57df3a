import { createRequire } from 'node:module';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getEmbedMeta } from '@/app/api/embed/[slug]/route';
import { GET as getOEmbed } from '@/app/api/oembed/route';
import { POST as complete } from '@/app/api/plays/complete/route';
import { POST as start } from '@/app/api/plays/start/route';
import { GET as getOrigins, PUT as putOrigins } from '@/app/api/studio/embed/route';
import { GET as getQuizEmbed, PATCH as patchQuizEmbed } from '@/app/api/studio/quizzes/[id]/embed/route';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { getEmbedOrigins, getResultShareLanding, saveEmbedOrigins } from '@/db/embeds';
import { getPublishedQuiz } from '@/db/queries';
import { players, workspaces } from '@/db/schema';
import { proxy } from '@/proxy';

// The embed's server side: the framing headers and the partitioned visitor cookie of the proxy, the loader's
// look-up, oEmbed, the host page a player is recorded with, and the studio's settings.

const requireCjs = createRequire(import.meta.url);
const slug = 'which-explorer';
const acme = 'http://localhost:4100';
const noParams = { params: Promise.resolve({}) };
const explorerAnswers = { morning: ['plan'], bag: ['map'], lost: ['compass'], souvenir: ['ticket'], trip: ['rail'] };
let ownerCookie = '';
let workspaceId = '';
let quizId = '';
let visitorCount = 0;
const newVisitor = () => `embed-test-visitor-${String(++visitorCount).padStart(4, '0')}`;

beforeAll(async () => {
  const { headers } = await getAuth().api.signUpEmail({ body: { email: 'embed-owner@example.com', password: 'a long enough password', name: 'Emma' }, returnHeaders: true });
  ownerCookie = headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const db = getDb();
  workspaceId = db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, 'demo')).get()?.id ?? '';
  quizId = getPublishedQuiz(db, slug)?.id ?? '';
  expect(workspaceId && quizId).toBeTruthy();
});

function studio(method: string, path: string, body?: unknown) {
  return new NextRequest(`http://localhost${path}`, {
    method,
    headers: { host: 'localhost', cookie: ownerCookie, ...(method === 'GET' ? {} : { origin: 'http://localhost', 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('the proxy on embed pages', () => {
  const visit = (url: string, headers: Record<string, string> = {}) => proxy(new NextRequest(url, { headers }));

  it("lets no site frame a game whose workspace allows none: frame-ancestors 'none'", () => {
    saveEmbedOrigins(getDb(), workspaceId, []);
    expect(visit(`http://127.0.0.1:3000/embed/${slug}`).headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it('lists exactly the workspace’s origins, on the game and on its result pages', () => {
    saveEmbedOrigins(getDb(), workspaceId, [acme, 'https://www.acme.example']);
    for (const path of [`/embed/${slug}`, `/embed/${slug}?frame=r1&host=x`, `/embed/${slug}/r/some-result`]) {
      expect(visit(`http://127.0.0.1:3000${path}`).headers.get('content-security-policy'), path).toBe(`frame-ancestors ${acme} https://www.acme.example`);
    }
  });

  it('lets any site show the small “not here” page of an unknown game rather than a broken frame', () => {
    expect(visit('http://127.0.0.1:3000/embed/no-such-game').headers.get('content-security-policy')).toBe('frame-ancestors *');
  });

  it('sets nothing about framing on other pages (next.config.js sends frame-ancestors none there)', () => {
    expect(visit(`http://127.0.0.1:3000/q/${slug}`).headers.get('content-security-policy')).toBeNull();
  });

  it.each<{ label: string; url: string; headers: Record<string, string>; isPartitioned: boolean }>([
    { label: 'over https', url: `https://ripple.example/embed/${slug}`, headers: {}, isPartitioned: true },
    { label: 'behind a TLS proxy', url: `http://10.0.0.5:3000/embed/${slug}`, headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'ripple.example' }, isPartitioned: true },
    { label: 'on loopback (a secure context for browsers)', url: `http://127.0.0.1:3000/embed/${slug}`, headers: {}, isPartitioned: true },
    { label: 'over plain http elsewhere (Secure would be dropped)', url: `http://192.168.1.20:3000/embed/${slug}`, headers: {}, isPartitioned: false },
  ])('gives a new visitor in the frame a cookie that survives third-party blocking $label', ({ url, headers, isPartitioned }) => {
    const cookie = visit(url, headers).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^rpl_vid=[A-Za-z0-9_-]{22};/);
    if (isPartitioned) {
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; SameSite=none/i);
      expect(cookie).toMatch(/; Partitioned/i);
    } else expect(cookie).not.toMatch(/Partitioned/i);
  });

  it('keeps the first-party cookie of Ripple’s own pages as it was (SameSite=Lax, not partitioned)', () => {
    const cookie = visit(`http://127.0.0.1:3000/q/${slug}`).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).not.toMatch(/Partitioned/i);
  });
});

describe('the static headers of next.config.js', () => {
  it("send frame-ancestors 'none' and X-Frame-Options DENY everywhere but the embed pages", async () => {
    const config = requireCjs('../../next.config.js') as { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    const rules = await config.headers();
    const framing = rules.filter((rule) => rule.headers.some((h) => h.key === 'X-Frame-Options'));
    expect(framing).toHaveLength(1);
    const rule = framing[0];
    expect(rule?.headers).toEqual(expect.arrayContaining([{ key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }, { key: 'X-Frame-Options', value: 'DENY' }]));
    // Next matches `source` with path-to-regexp, as here.
    const { pathToRegexp } = requireCjs('next/dist/compiled/path-to-regexp') as { pathToRegexp: (path: string, keys: unknown[], options: object) => RegExp };
    const matcher = pathToRegexp(rule?.source ?? '', [], { strict: true, sensitive: false, delimiter: '/' });
    for (const path of ['/', '/q/which-explorer', '/s/abc', '/studio', '/studio/q/1', '/stats/x', '/sign-in', '/embed.js', '/embedded', '/api/oembed']) expect(matcher.test(path), path).toBe(true);
    for (const path of ['/embed', '/embed/which-explorer', '/embed/which-explorer/r/abc']) expect(matcher.test(path), path).toBe(false);
  });
});

describe('GET /api/embed/[slug] (the loader’s look-up)', () => {
  const ask = (name: string, origin?: string) => getEmbedMeta(new NextRequest(`http://localhost/api/embed/${name}`, { headers: origin ? { origin } : {} }), { params: Promise.resolve({ slug: name }) });

  it('tells an allowed site it may frame the game, with the title for the frame and the button', async () => {
    saveEmbedOrigins(getDb(), workspaceId, [acme]);
    const response = await ask(slug, acme);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({ slug, title: 'Which explorer are you?', locale: 'en', brandName: expect.any(String), isAllowed: true });
  });

  it('tells another site it may not', async () => {
    expect(await (await ask(slug, 'https://evil.example')).json()).toMatchObject({ isAllowed: false });
    expect(await (await ask(slug)).json()).toMatchObject({ isAllowed: false });
  });

  it('answers an unknown game with a 404 the loader can read (CORS headers included)', async () => {
    const response = await ask('no-such-game', acme);
    expect(response.status).toBe(404);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('GET /api/oembed', () => {
  const ask = (query: string) => getOEmbed(new NextRequest(`http://localhost:3000/api/oembed?${query}`, { headers: { host: 'localhost:3000' } }), noParams);

  it('describes a published quiz as a rich embed', async () => {
    const response = await ask(`url=${encodeURIComponent(`http://localhost:3000/q/${slug}`)}&format=json&maxwidth=500`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { type: string; html: string; width: number; title: string };
    expect(body).toMatchObject({ type: 'rich', version: '1.0', width: 500, title: 'Which explorer are you?' });
    expect(body.html).toContain(`src="http://localhost:3000/embed/${slug}"`);
  });

  it.each([
    { label: 'another site’s URL', query: `url=${encodeURIComponent(`https://evil.example/q/${slug}`)}`, status: 404 },
    { label: 'an unknown quiz', query: `url=${encodeURIComponent('http://localhost:3000/q/no-such-game')}`, status: 404 },
    { label: 'no url', query: '', status: 404 },
    { label: 'XML', query: `url=${encodeURIComponent(`http://localhost:3000/q/${slug}`)}&format=xml`, status: 501 },
  ])('answers $label with $status', async ({ query, status }) => {
    expect((await ask(query)).status).toBe(status);
  });
});

describe('a player who starts in an embed', () => {
  const startIn = (visitorId: string, body: Record<string, unknown>) =>
    start(new NextRequest('http://localhost/api/plays/start', { method: 'POST', headers: { 'content-type': 'application/json', cookie: `rpl_vid=${visitorId}` }, body: JSON.stringify({ slug, ...body }) }), noParams);
  const playerOf = (visitorId: string) => getDb().select({ source: players.source, hostPage: players.hostPage }).from(players).where(eq(players.visitorId, visitorId)).get();

  it('is recorded with the host page (origin and path) when the page is on an allowed origin, and the source', async () => {
    saveEmbedOrigins(getDb(), workspaceId, [acme]);
    const visitor = newVisitor();
    expect((await startIn(visitor, { hostPage: `${acme}/summer/quiz?email=someone@example.com`, source: 'embed' })).status).toBe(200);
    expect(playerOf(visitor)).toEqual({ source: 'embed', hostPage: `${acme}/summer/quiz` });
  });

  it('is recorded without a host page claimed on another origin', async () => {
    const visitor = newVisitor();
    await startIn(visitor, { hostPage: 'https://evil.example/quiz', source: 'newsletter' });
    expect(playerOf(visitor)).toEqual({ source: 'newsletter', hostPage: '' });
  });

  it('is a direct player on Ripple’s own page (no embed fields)', async () => {
    const visitor = newVisitor();
    await startIn(visitor, {});
    expect(playerOf(visitor)).toEqual({ source: 'direct', hostPage: '' });
  });

  it('hears the result of a completed play in a few words, for the host page’s complete event', async () => {
    const visitor = newVisitor();
    await startIn(visitor, { hostPage: `${acme}/quiz`, source: 'embed' });
    const quiz = getPublishedQuiz(getDb(), slug);
    const response = await complete(
      new NextRequest('http://localhost/api/plays/complete', { method: 'POST', headers: { 'content-type': 'application/json', cookie: `rpl_vid=${visitor}` }, body: JSON.stringify({ slug, versionId: quiz?.versionId, name: 'Sara', answers: explorerAnswers }) }),
      noParams,
    );
    const body = (await response.json()) as { resultId: string; result: unknown };
    expect(body.result).toEqual({ id: body.resultId, outcomeId: 'navigator', title: 'The Navigator', score: null, maxScore: null, percent: null });
    expect(getResultShareLanding(getDb(), body.resultId)).toEqual({ shareLanding: 'ripple', hostPage: `${acme}/quiz`, embedOrigins: [acme] });
  });
});

describe('the studio’s embed settings', () => {
  it('normalises the allowed sites it saves and shows them back', async () => {
    const response = await putOrigins(studio('PUT', '/api/studio/embed', { workspaceId, origins: ['https://WWW.Acme.example/blog/', '', 'localhost:4100', 'https://www.acme.example'] }), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ workspaceId, origins: ['https://www.acme.example', 'https://localhost:4100'], canEdit: true });
    expect(getEmbedOrigins(getDb(), workspaceId)).toEqual(['https://www.acme.example', 'https://localhost:4100']);
    expect(await (await getOrigins(studio('GET', `/api/studio/embed?workspaceId=${workspaceId}`), noParams)).json()).toMatchObject({ origins: ['https://www.acme.example', 'https://localhost:4100'] });
  });

  it('refuses a list with a wildcard or a script address, naming each line, and keeps the saved list', async () => {
    const response = await putOrigins(studio('PUT', '/api/studio/embed', { workspaceId, origins: ['https://ok.example', 'https://*.acme.example', 'javascript:alert(1)'] }), noParams);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { details: { path: string; message: string }[] } };
    expect(body.error.details.map((d) => d.path)).toEqual(['origins.1', 'origins.2']);
    expect(body.error.details[0]?.message).toMatch(/cannot contain \*/);
    expect(getEmbedOrigins(getDb(), workspaceId)).toEqual(['https://www.acme.example', 'https://localhost:4100']);
  });

  it('switches where a quiz’s share links land, and refuses anything but ripple or host', async () => {
    const patched = await patchQuizEmbed(studio('PATCH', `/api/studio/quizzes/${quizId}/embed`, { shareLanding: 'host' }), { params: Promise.resolve({ id: quizId }) });
    expect(await patched.json()).toMatchObject({ slug, shareLanding: 'host', isPublished: true, canEdit: true });
    const wrong = await patchQuizEmbed(studio('PATCH', `/api/studio/quizzes/${quizId}/embed`, { shareLanding: 'elsewhere' }), { params: Promise.resolve({ id: quizId }) });
    expect(wrong.status).toBe(400);
    const read = await getQuizEmbed(studio('GET', `/api/studio/quizzes/${quizId}/embed`), { params: Promise.resolve({ id: quizId }) });
    expect(await read.json()).toMatchObject({ shareLanding: 'host', workspaceId, embedOrigins: ['https://www.acme.example', 'https://localhost:4100'] });
    await patchQuizEmbed(studio('PATCH', `/api/studio/quizzes/${quizId}/embed`, { shareLanding: 'ripple' }), { params: Promise.resolve({ id: quizId }) });
  });
});
