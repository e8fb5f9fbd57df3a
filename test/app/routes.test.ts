import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as getCard } from '@/app/api/cards/[resultId]/[file]/route';
import { GET as getEmoji } from '@/app/api/emoji/[file]/route';
import { POST as complete } from '@/app/api/plays/complete/route';
import { POST as start } from '@/app/api/plays/start/route';
import { GET as getStats } from '@/app/api/quizzes/[slug]/stats/route';
import { POST as share } from '@/app/api/shares/route';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { getPublishedQuiz, getResultView } from '@/db/queries';
import { xssCorpus } from '../fixtures/xss';

const explorerAnswers = { morning: ['plan'], bag: ['map'], lost: ['compass'], souvenir: ['ticket'], trip: ['rail'] };
let visitorCounter = 0;
const newVisitor = () => `route-test-visitor-${String(++visitorCounter).padStart(4, '0')}`;

function post(path: string, body: unknown, visitorId: string | null, init: { raw?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...init.headers };
  if (visitorId) headers.cookie = `rpl_vid=${visitorId}`;
  return new NextRequest(`http://localhost${path}`, { method: 'POST', body: init.raw ?? JSON.stringify(body), headers });
}

const noParams = { params: Promise.resolve({}) };

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

async function completeExplorer(visitorId: string, name = 'Sara') {
  const quiz = getPublishedQuiz(getDb(), 'which-explorer');
  const response = await complete(post('/api/plays/complete', { slug: 'which-explorer', versionId: quiz?.versionId, name, answers: explorerAnswers }, visitorId), noParams);
  return response;
}

describe('POST /api/plays/start', () => {
  it('makes the visitor a player once', async () => {
    const visitor = newVisitor();
    const first = await start(post('/api/plays/start', { slug: 'which-explorer' }, visitor), noParams);
    const second = await start(post('/api/plays/start', { slug: 'which-explorer' }, visitor), noParams);
    expect(await first.json()).toEqual({ isNew: true });
    expect(await second.json()).toEqual({ isNew: false });
  });

  it.each([
    { label: 'unknown slug', body: { slug: 'nope' }, raw: undefined, status: 404, code: 'not_found' },
    { label: 'missing slug', body: {}, raw: undefined, status: 400, code: 'bad_request' },
    { label: 'malformed JSON', body: null, raw: '{"slug":', status: 400, code: 'bad_request' },
  ])('refuses $label with $status', async ({ body, raw, status, code }) => {
    const response = await start(post('/api/plays/start', body, newVisitor(), { raw }), noParams);
    expect(await errorOf(response)).toMatchObject({ status, code });
  });

  it('refuses a visitor without the cookie with a clear message', async () => {
    const response = await start(post('/api/plays/start', { slug: 'which-explorer' }, null), noParams);
    expect(await errorOf(response)).toMatchObject({ status: 400, message: expect.stringMatching(/cookies/i) });
  });
});

describe('POST /api/plays/complete', () => {
  it('scores on the server and answers with the result page', async () => {
    const response = await completeExplorer(newVisitor());
    expect(response.status).toBe(201);
    const body = (await response.json()) as { resultId: string; url: string };
    expect(body.url).toBe(`/q/which-explorer/r/${body.resultId}`);
    expect(getResultView(getDb(), body.resultId)?.summary.outcomeId).toBe('navigator');
  });

  it.each([
    { label: 'a missing question', answers: { morning: ['plan'] }, message: /"bag" has no answer/ },
    { label: 'an unknown answer', answers: { ...explorerAnswers, bag: ['banana'] }, message: /answer "banana" is not an answer of question "bag"/ },
    { label: 'two answers to a single-choice question', answers: { ...explorerAnswers, lost: ['keep', 'sit'] }, message: /"lost" takes one answer/ },
    { label: 'an unknown question', answers: { ...explorerAnswers, extra: ['x'] }, message: /"extra" is not in this quiz/ },
  ])('answers $label with a 400 naming the question', async ({ answers, message }) => {
    const quiz = getPublishedQuiz(getDb(), 'which-explorer');
    const response = await complete(post('/api/plays/complete', { slug: 'which-explorer', versionId: quiz?.versionId, answers }, newVisitor()), noParams);
    expect(await errorOf(response)).toMatchObject({ status: 400, code: 'bad_request', message: expect.stringMatching(message) });
  });

  it('answers a version of another quiz with a 404', async () => {
    const other = getPublishedQuiz(getDb(), 'ocean-trivia');
    const response = await complete(post('/api/plays/complete', { slug: 'which-explorer', versionId: other?.versionId, answers: explorerAnswers }, newVisitor()), noParams);
    expect(response.status).toBe(404);
  });

  it('answers an oversized body with a 413, whatever its declared length', async () => {
    const huge = JSON.stringify({ slug: 'which-explorer', versionId: 'x', name: 'a'.repeat(40_000), answers: {} });
    const declared = await complete(post('/api/plays/complete', null, newVisitor(), { raw: huge }), noParams);
    expect(declared.status).toBe(413);
    const undeclared = new NextRequest('http://localhost/api/plays/complete', {
      method: 'POST',
      headers: { cookie: `rpl_vid=${newVisitor()}` },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(huge));
          controller.close();
        },
      }),
      duplex: 'half',
    } as ConstructorParameters<typeof NextRequest>[1]);
    expect((await complete(undeclared, noParams)).status).toBe(413);
  });

  it.each(xssCorpus.map((name) => ({ name })))('keeps the name $name as plain text, cleaned and capped', async ({ name }) => {
    const response = await completeExplorer(newVisitor(), name);
    expect(response.status).toBe(201);
    const { resultId } = (await response.json()) as { resultId: string };
    const stored = getResultView(getDb(), resultId)?.summary.playerName ?? '';
    expect(stored).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
    expect([...new Intl.Segmenter().segment(stored)].length).toBeLessThanOrEqual(24);
  });
});

describe('POST /api/shares', () => {
  it('counts the owner’s share and refuses anyone else’s with a 403', async () => {
    const owner = newVisitor();
    const { resultId } = (await (await completeExplorer(owner)).json()) as { resultId: string };
    const ok = await share(post('/api/shares', { resultId, channel: 'whatsapp' }, owner, { headers: { 'content-type': 'text/plain' } }), noParams);
    expect(ok.status).toBe(204);
    const stranger = await share(post('/api/shares', { resultId, channel: 'whatsapp' }, newVisitor()), noParams);
    expect(stranger.status).toBe(403);
    const badChannel = await share(post('/api/shares', { resultId, channel: 'myspace' }, owner), noParams);
    expect(await errorOf(badChannel)).toMatchObject({ status: 400, message: expect.stringMatching(/^channel:/) });
  });
});

describe('GET /api/cards/[resultId]/[file]', () => {
  it('serves the card as an immutable PNG under its content hash, and 404s any other hash', async () => {
    const { resultId } = (await (await completeExplorer(newVisitor())).json()) as { resultId: string };
    const view = getResultView(getDb(), resultId);
    if (!view) throw new Error('no result');
    const { loadCardInput, getCardPath } = await import('@/app/_lib/cards');
    const path = getCardPath(resultId, await loadCardInput(view), 'og');
    const file = path.split('/').at(-1) ?? '';
    const response = await getCard(new NextRequest(`http://localhost${path}`), { params: Promise.resolve({ resultId, file }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    const wrongHash = await getCard(new NextRequest('http://localhost/x'), { params: Promise.resolve({ resultId, file: 'og-0000000000000000.png' }) });
    expect(wrongHash.status).toBe(404);
    const unknown = await getCard(new NextRequest('http://localhost/x'), { params: Promise.resolve({ resultId: 'nope', file }) });
    expect(unknown.status).toBe(404);
  });
});

describe('GET /api/emoji/[file]', () => {
  it.each([
    { label: 'a shipped emoji', file: '1f9ed.svg', status: 200 },
    { label: 'a path escape', file: '..%2Fpackage.json', status: 404 },
    { label: 'an unknown emoji', file: 'fffff.svg', status: 404 },
  ])('answers $label with $status', async ({ file, status }) => {
    const response = await getEmoji(new NextRequest('http://localhost/x'), { params: Promise.resolve({ file }) });
    expect(response.status).toBe(status);
  });
});

describe('GET /api/quizzes/[slug]/stats', () => {
  it('answers the figures as JSON to a member, a 404 for an unknown quiz, and a 401 without a session', async () => {
    // The first account of the install owns the demo workspace; other workspaces are tried in tenancy.test.ts.
    const { headers } = await getAuth().api.signUpEmail({ body: { email: 'stats-owner@example.com', password: 'a long enough password', name: 'Olivia' }, returnHeaders: true });
    const cookie = headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const asMember = (slug: string) => getStats(new NextRequest('http://localhost/x', { headers: { cookie } }), { params: Promise.resolve({ slug }) });
    const response = await asMember('ocean-trivia');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ slug: 'ocean-trivia', players: expect.any(Number), k: expect.any(Number), shareRate: expect.any(Number) });
    expect((await asMember('nope')).status).toBe(404);
    const anonymous = await getStats(new NextRequest('http://localhost/x'), { params: Promise.resolve({ slug: 'ocean-trivia' }) });
    expect(anonymous.status).toBe(401);
  });
});

describe('nothing a player sends makes the server answer 500', () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  const bodies = fc.oneof(
    json,
    fc.record({ slug: fc.oneof(fc.constant('which-explorer'), fc.string()), versionId: fc.oneof(fc.string(), json), name: fc.oneof(fc.string(), json), answers: fc.oneof(json, fc.dictionary(fc.string(), fc.array(fc.string()))) }, { requiredKeys: [] }),
    fc.record({ resultId: fc.string(), channel: fc.oneof(fc.constantFrom('x', 'copy', 'native'), fc.string()), isConfirmed: json }, { requiredKeys: [] }),
  );
  const routes = [
    { label: 'start', handler: start, path: '/api/plays/start' },
    { label: 'complete', handler: complete, path: '/api/plays/complete' },
    { label: 'shares', handler: share, path: '/api/shares' },
  ];
  it.each(routes)('$label answers random bodies with a 2xx or a 4xx and a JSON error', async ({ handler, path }) => {
    await fc.assert(
      fc.asyncProperty(bodies, fc.boolean(), async (body, hasCookie) => {
        const response = await handler(post(path, body, hasCookie ? newVisitor() : null), noParams);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(await errorOf(response)).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      }),
      { numRuns: 150 },
    );
  });

  it.each(routes)('$label answers raw garbage with a 400', async ({ handler, path }) => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (raw) => {
        const response = await handler(post(path, null, newVisitor(), { raw }), noParams);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });
});
