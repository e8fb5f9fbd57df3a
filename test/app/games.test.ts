import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as saveLeadRoute } from '@/app/api/games/lead/route';
import { POST as playRoute } from '@/app/api/games/play/route';
import { GET as statusRoute } from '@/app/api/games/status/route';
import { GET as getCodes, POST as importCodes } from '@/app/api/studio/quizzes/[id]/codes/route';
import { DELETE as deleteLeadRoute } from '@/app/api/studio/quizzes/[id]/leads/[leadId]/route';
import { GET as leadsCsvRoute } from '@/app/api/studio/quizzes/[id]/leads/csv/route';
import { GET as leadsRoute } from '@/app/api/studio/quizzes/[id]/leads/route';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { demoGames } from '@/db/demo-games';
import { getPublishedGame } from '@/db/games';
import { getPublishedQuiz } from '@/db/queries';
import { quizVersions, quizzes } from '@/db/schema';
import { gameDefinitionSchema, type WheelDefinition } from '@/lib/games/game-schema';
import { createRandomId } from '@/lib/tokens';

let visitorCounter = 0;
const newVisitor = () => `games-test-visitor-${String(++visitorCounter).padStart(4, '0')}`;
let requestCounter = 0;
const newRequestId = () => `request-${String(++requestCounter).padStart(6, '0')}`;

const wheelSlug = 'spin-to-win';
const scratchSlug = 'imsah-wa-irbah';
const consentText = demoGames.find((g) => g.slug === wheelSlug)?.definition.leadCapture.consentText ?? '';

function post(path: string, body: unknown, visitorId: string | null, init: { raw?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', host: 'localhost', origin: 'http://localhost', ...init.headers };
  if (visitorId) headers.cookie = `rpl_vid=${visitorId}`;
  return new NextRequest(`http://localhost${path}`, { method: 'POST', body: init.raw ?? JSON.stringify(body), headers });
}

const get = (path: string, cookie?: string) => new NextRequest(`http://localhost${path}`, { headers: cookie ? { cookie } : {} });
const noParams = { params: Promise.resolve({}) };

type ErrorBody = { status: number; code: string; message: string; details?: Record<string, unknown> };
async function errorOf(response: Response): Promise<ErrorBody> {
  const body = (await response.json()) as { error: Omit<ErrorBody, 'status'> };
  return { status: response.status, ...body.error };
}

const play = (body: unknown, visitorId: string | null) => playRoute(post('/api/games/play', body, visitorId), noParams);
const lead = (body: unknown, visitorId: string | null) => saveLeadRoute(post('/api/games/lead', body, visitorId), noParams);

type PlayBody = { ok: true; isReplay: boolean; playId: string; prizeId: string | null; segmentId: string | null; resultId: string; code: string | null; hasCode: boolean; playsUsed: number; playsAllowed: number; playsLeft: number; outcome: { id: string; isWin: boolean; title: string } };

describe('POST /api/games/play', () => {
  it('draws on the server and answers with the outcome; a retry of the same request gets the same play without the code', async () => {
    const visitor = newVisitor();
    const requestId = newRequestId();
    const first = await play({ slug: scratchSlug, requestId, name: 'سارة' }, visitor);
    expect(first.status).toBe(201);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const body = (await first.json()) as PlayBody;
    expect(body).toMatchObject({ ok: true, isReplay: false, segmentId: null, playsUsed: 1, playsAllowed: 2, playsLeft: 1 });
    expect(body.outcome.id).toBe(body.prizeId ?? 'try-again');
    expect(body.outcome.title.length).toBeGreaterThan(0);
    // Every demo prize comes with a generated code.
    expect(body.hasCode).toBe(body.prizeId !== null);
    if (body.prizeId !== null) expect(body.code).toMatch(/^[A-Z]+-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const retry = await play({ slug: scratchSlug, requestId }, visitor);
    expect(retry.status).toBe(200);
    const again = (await retry.json()) as PlayBody;
    expect(again).toMatchObject({ isReplay: true, playId: body.playId, prizeId: body.prizeId, resultId: body.resultId, code: null, hasCode: body.hasCode, playsUsed: 1 });
  });

  it('tells a player beyond their plays so, with a 409 and what sharing would give', async () => {
    const visitor = newVisitor();
    for (let i = 0; i < 2; i++) expect((await play({ slug: scratchSlug, requestId: newRequestId() }, visitor)).status).toBe(201);
    const refused = await errorOf(await play({ slug: scratchSlug, requestId: newRequestId() }, visitor));
    expect(refused).toMatchObject({ status: 409, code: 'conflict', message: expect.stringMatching(/no plays left.*friend/i), details: { reason: 'no_plays_left', playsAllowed: 2, playsUsed: 2, nextFriendGivesPlay: true } });
  });

  it('ignores what a forged request says the outcome should be', async () => {
    // The hotel night is only open to players with two friends: a forged body cannot claim it, nor a code.
    for (let i = 0; i < 5; i++) {
      const response = await play({ slug: scratchSlug, requestId: newRequestId(), prizeId: 'layla', outcome: { id: 'layla' }, code: 'FREE-NIGHT', playsAllowed: 99 }, newVisitor());
      const body = (await response.json()) as PlayBody;
      expect(body.prizeId).not.toBe('layla');
      expect(body.code).not.toBe('FREE-NIGHT');
      expect(body.playsAllowed).toBe(2);
    }
  });

  it.each([
    { label: 'a missing slug', body: { requestId: 'abcdefgh' }, message: /^slug: / },
    { label: 'a missing request id', body: { slug: scratchSlug }, message: /^requestId: / },
    { label: 'a too short request id', body: { slug: scratchSlug, requestId: 'abc' }, message: /^requestId: use 8 to 64/ },
    { label: 'a request id with odd characters', body: { slug: scratchSlug, requestId: '../../etc/passwd' }, message: /^requestId: / },
    { label: 'a name that is not text', body: { slug: scratchSlug, requestId: 'abcdefgh', name: 42 }, message: /^name: / },
  ])('answers $label with a 400 naming the field', async ({ body, message }) => {
    expect(await errorOf(await play(body, newVisitor()))).toMatchObject({ status: 400, code: 'bad_request', message: expect.stringMatching(message) });
  });

  it.each([
    { label: 'an unknown slug', slug: 'no-such-game' },
    { label: 'a quiz’s slug', slug: 'which-explorer' },
  ])('answers $label with a 404', async ({ slug }) => {
    expect(await errorOf(await play({ slug, requestId: newRequestId() }, newVisitor()))).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('refuses a visitor without the cookie with a clear message', async () => {
    expect(await errorOf(await play({ slug: scratchSlug, requestId: newRequestId() }, null))).toMatchObject({ status: 400, message: expect.stringMatching(/cookies/i) });
  });
});

describe('the wheel’s lead form', () => {
  it('asks for an e-mail before the spin, checks it and the consent, then lets the visitor play', async () => {
    const visitor = newVisitor();
    expect(await errorOf(await play({ slug: wheelSlug, requestId: newRequestId() }, visitor))).toMatchObject({ status: 409, details: { reason: 'lead_required', consentText } });
    expect(await errorOf(await lead({ slug: wheelSlug, email: 'not-an-address', consentText, consent: true }, visitor))).toMatchObject({ status: 400, message: expect.stringMatching(/^email: /) });
    expect(await errorOf(await lead({ slug: wheelSlug, email: 'sara@example.com', consentText, consent: false }, visitor))).toMatchObject({ status: 400, message: expect.stringMatching(/^consent: tick the consent box/) });
    expect(await errorOf(await lead({ slug: wheelSlug, email: 'sara@example.com', consentText: 'Something else', consent: true }, visitor))).toMatchObject({ status: 409, details: { reason: 'consent_mismatch' } });
    expect(await errorOf(await lead({ slug: scratchSlug, email: 'sara@example.com', consentText: '', consent: true }, visitor))).toMatchObject({ status: 409, details: { reason: 'lead_capture_off' } });
    const saved = await lead({ slug: wheelSlug, email: 'sara@example.com', consentText, consent: true }, visitor);
    expect(saved.status).toBe(201);
    const spun = await play({ slug: wheelSlug, requestId: newRequestId() }, visitor);
    expect(spun.status).toBe(201);
    const body = (await spun.json()) as PlayBody;
    const wheel = getPublishedGame(getDb(), wheelSlug)?.definition as WheelDefinition;
    // The wheel stops on a segment that stands for what was drawn.
    expect(wheel.segments.find((s) => s.id === body.segmentId)?.prizeId ?? null).toBe(body.prizeId);
  });
});

describe('GET /api/games/status', () => {
  it('shows a visitor where they stand, live, and never a code', async () => {
    const visitor = newVisitor();
    const before = await statusRoute(get(`/api/games/status?slug=${scratchSlug}`, `rpl_vid=${visitor}`), noParams);
    expect(await before.json()).toMatchObject({ playsUsed: 0, playsAllowed: 2, playsLeft: 2, friends: 0, nextFriendGivesPlay: true, nextTier: { friends: 2, friendsNeeded: 2, prizePool: ['layla'] }, isLeadRequired: false, plays: [] });
    const played = (await (await play({ slug: scratchSlug, requestId: newRequestId() }, visitor)).json()) as PlayBody;
    const after = await statusRoute(get(`/api/games/status?slug=${scratchSlug}`, `rpl_vid=${visitor}`), noParams);
    const text = await after.text();
    expect(JSON.parse(text)).toMatchObject({ playsUsed: 1, playsLeft: 1, plays: [{ playId: played.playId, prizeId: played.prizeId, hasCode: played.hasCode }] });
    if (played.code) expect(text).not.toContain(played.code);
    expect(await errorOf(await statusRoute(get('/api/games/status'), noParams))).toMatchObject({ status: 400, message: expect.stringMatching(/^slug: /) });
    expect(await errorOf(await statusRoute(get('/api/games/status?slug=nope'), noParams))).toMatchObject({ status: 404 });
  });
});

describe('nothing a player sends makes the server answer 500', () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  const bodies = fc.oneof(
    json,
    fc.record(
      {
        slug: fc.oneof(fc.constantFrom(scratchSlug, wheelSlug, 'which-explorer'), fc.string()),
        requestId: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), fc.string(), json),
        name: fc.oneof(fc.string(), json),
        email: fc.oneof(fc.emailAddress(), fc.string(), json),
        consentText: fc.oneof(fc.constant(consentText), fc.string(), json),
        consent: fc.oneof(fc.boolean(), json),
        hostPage: fc.oneof(fc.webUrl(), fc.string()),
        source: fc.oneof(fc.string(), json),
      },
      { requiredKeys: [] },
    ),
  );
  it.each([
    { label: 'play', send: play },
    { label: 'lead', send: lead },
  ])('$label answers random bodies with a 2xx or a 4xx and a JSON error', async ({ send }) => {
    await fc.assert(
      fc.asyncProperty(bodies, fc.boolean(), async (body, hasCookie) => {
        const response = await send(body, hasCookie ? newVisitor() : null);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(await errorOf(response)).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      }),
      { numRuns: 150 },
    );
  });

  it('play answers raw garbage with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (raw) => {
        const response = await playRoute(post('/api/games/play', null, newVisitor(), { raw }), noParams);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the studio’s leads and codes', () => {
  let cookie = '';
  let wheelId = '';
  beforeAll(async () => {
    // The first account of the install owns the demo workspace.
    const { headers } = await getAuth().api.signUpEmail({ body: { email: 'games-owner@example.com', password: 'a long enough password', name: 'Olivia' }, returnHeaders: true });
    cookie = headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    wheelId = getPublishedGame(getDb(), wheelSlug)?.id ?? '';
  });

  const studioPost = (path: string, body: unknown) => new NextRequest(`http://localhost${path}`, { method: 'POST', body: JSON.stringify(body), headers: { cookie, host: 'localhost', origin: 'http://localhost', 'content-type': 'application/json' } });

  it('lists the leads, downloads them as CSV with the consent text, and deleting one removes it from both', async () => {
    const visitor = newVisitor();
    expect((await lead({ slug: wheelSlug, email: 'delete-me@example.com', consentText, consent: true }, visitor)).status).toBe(201);
    const params = { params: Promise.resolve({ id: wheelId }) };
    const listed = (await (await leadsRoute(get(`/api/studio/quizzes/${wheelId}/leads`, cookie), params)).json()) as { leads: { id: string; email: string; consentText: string }[] };
    const mine = listed.leads.find((l) => l.email === 'delete-me@example.com');
    expect(mine?.consentText).toBe(consentText);
    const csv = await leadsCsvRoute(get(`/api/studio/quizzes/${wheelId}/leads/csv`, cookie), params);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="spin-to-win-leads.csv"');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte order mark first, so Excel reads the Arabic of a lead's consent text right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = bytes.subarray(3).toString('utf8');
    expect(csvText.startsWith('email,consent_text,')).toBe(true);
    expect(csvText).toContain(`delete-me@example.com,${consentText},`);
    const deleted = await deleteLeadRoute(new NextRequest(`http://localhost/api/studio/quizzes/${wheelId}/leads/${mine?.id}`, { method: 'DELETE', headers: { cookie, host: 'localhost', origin: 'http://localhost' } }), { params: Promise.resolve({ id: wheelId, leadId: mine?.id ?? '' }) });
    expect(deleted.status).toBe(204);
    const relisted = (await (await leadsRoute(get(`/api/studio/quizzes/${wheelId}/leads`, cookie), params)).json()) as { leads: { email: string }[] };
    expect(relisted.leads.map((l) => l.email)).not.toContain('delete-me@example.com');
    expect(await (await leadsCsvRoute(get(`/api/studio/quizzes/${wheelId}/leads/csv`, cookie), params)).text()).not.toContain('delete-me@example.com');
    const again = await deleteLeadRoute(new NextRequest(`http://localhost/x`, { method: 'DELETE', headers: { cookie, host: 'localhost', origin: 'http://localhost' } }), { params: Promise.resolve({ id: wheelId, leadId: mine?.id ?? '' }) });
    expect(await errorOf(again)).toMatchObject({ status: 404 });
  });

  it('imports codes for a prize given with imported codes, and a winner gets one of them', async () => {
    const db = getDb();
    const base = demoGames.find((g) => g.slug === wheelSlug)?.definition as WheelDefinition;
    const definition = gameDefinitionSchema.parse({
      ...base,
      leadCapture: { isEnabled: false, consentText: '' },
      prizes: [{ id: 'voucher', title: 'A €10 voucher', odds: 1, codes: 'imported' }],
      prizePool: ['voucher'],
      tryAgain: { ...base.tryAgain, odds: 0 },
      shareToPlayAgain: { isEnabled: false },
      segments: base.segments.map((s) => ({ ...s, prizeId: 'voucher' })),
    });
    const workspaceId = db.select({ workspaceId: quizzes.workspaceId }).from(quizzes).all()[0]?.workspaceId ?? '';
    const id = createRandomId();
    const versionId = createRandomId();
    db.insert(quizzes).values({ id, workspaceId, slug: 'voucher-wheel', kind: 'wheel', status: 'published', publishedVersionId: versionId, title: definition.title, draft: definition }).run();
    db.insert(quizVersions).values({ id: versionId, quizId: id, version: 1, definition }).run();
    const params = { params: Promise.resolve({ id }) };

    expect(await errorOf(await importCodes(studioPost(`/api/studio/quizzes/${id}/codes`, { prizeId: 'yacht', codes: 'A1' }), params))).toMatchObject({ status: 400, message: expect.stringMatching(/^prizeId: /) });
    expect(await errorOf(await importCodes(studioPost(`/api/studio/quizzes/${id}/codes`, { prizeId: 'voucher', codes: '!!!\n???' }), params))).toMatchObject({ status: 400, message: expect.stringMatching(/^codes: no valid code/) });
    expect(await errorOf(await importCodes(studioPost(`/api/studio/quizzes/${wheelId}/codes`, { prizeId: 'bottle', codes: 'A1' }), { params: Promise.resolve({ id: wheelId }) }))).toMatchObject({ status: 400, message: expect.stringMatching(/does not use imported codes/) });
    const imported = await importCodes(studioPost(`/api/studio/quizzes/${id}/codes`, { prizeId: 'voucher', codes: 'code\nvoucher-001\nvoucher-002\nvoucher-001\nno good!\n' }), params);
    expect(imported.status).toBe(201);
    expect(await imported.json()).toMatchObject({ imported: 2, alreadyThere: 0, duplicates: 1, invalidCount: 1, codes: [{ prizeId: 'voucher', imported: 2, free: 2 }] });

    const won = (await (await play({ slug: 'voucher-wheel', requestId: newRequestId() }, newVisitor())).json()) as PlayBody;
    expect(won).toMatchObject({ prizeId: 'voucher', code: 'VOUCHER-001' });
    const counts = await (await getCodes(get(`/api/studio/quizzes/${id}/codes`, cookie), params)).json();
    expect(counts).toMatchObject({ prizes: [{ id: 'voucher', codes: 'imported' }], codes: [{ prizeId: 'voucher', assigned: 1, free: 1 }], stock: [{ prizeId: 'voucher', wonTotal: 1, freeCodes: 1, remaining: 1 }] });
    expect(JSON.stringify(counts)).not.toContain('VOUCHER-001');
    // The codes of a quiz that is not a game: there are none.
    const quizId = getPublishedQuiz(db, 'which-explorer')?.id ?? '';
    expect(await errorOf(await getCodes(get(`/api/studio/quizzes/${quizId}/codes`, cookie), { params: Promise.resolve({ id: quizId }) }))).toMatchObject({ status: 404 });
  });
});
