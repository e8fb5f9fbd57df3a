import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as startPlay } from '@/app/api/plays/start/route';
import { POST as completePlayRoute } from '@/app/api/plays/complete/route';
import { POST as archive } from '@/app/api/studio/quizzes/[id]/archive/route';
import { GET as getCampaign, PATCH as patchCampaign } from '@/app/api/studio/quizzes/[id]/campaign/route';
import { POST as duplicate } from '@/app/api/studio/quizzes/[id]/duplicate/route';
import { POST as publish } from '@/app/api/studio/quizzes/[id]/publish/route';
import { DELETE as deleteQuiz } from '@/app/api/studio/quizzes/[id]/route';
import { GET as getVersions } from '@/app/api/studio/quizzes/[id]/versions/route';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { getPublishedQuiz } from '@/db/queries';
import { quizzes, workspaceMembers, workspaces } from '@/db/schema';

type Handler = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response> | Response;

const cookies: Record<'owner' | 'viewer' | 'stranger', string> = { owner: '', viewer: '', stranger: '' };
let explorerId = '';

async function signUp(email: string, name: string): Promise<{ cookie: string; userId: string }> {
  const response = await getAuth().api.signUpEmail({ body: { email, password: 'a long enough password', name }, asResponse: true });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = (await response.json()) as { user: { id: string } };
  return { cookie, userId: body.user.id };
}

beforeAll(async () => {
  // The first account of the install owns the demo workspace.
  cookies.owner = (await signUp('owner@example.com', 'Olivia')).cookie;
  const viewer = await signUp('viewer@example.com', 'Victor');
  cookies.viewer = viewer.cookie;
  cookies.stranger = (await signUp('stranger@example.com', 'Sam')).cookie;
  const db = getDb();
  const demo = db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, 'demo')).get();
  db.insert(workspaceMembers).values({ workspaceId: demo?.id ?? '', userId: viewer.userId, role: 'viewer' }).run();
  explorerId = getPublishedQuiz(db, 'which-explorer')?.id ?? '';
});

function call(handler: Handler, who: keyof typeof cookies | null, id: string, method: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: Record<string, string> = { 'content-type': 'application/json', ...(who ? { cookie: cookies[who] } : {}), ...headers };
  const request = new NextRequest(`http://localhost/api/studio/quizzes/${id}`, { method, headers: init, body: body === undefined ? undefined : JSON.stringify(body) });
  return handler(request, { params: Promise.resolve({ id }) });
}

async function json(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: { code: string; message: string; details?: { path: string; message: string }[] } } };
}

function setDraft(quizId: string, change: (draft: Record<string, unknown>) => Record<string, unknown>) {
  const db = getDb();
  const row = db.select({ draft: quizzes.draft }).from(quizzes).where(eq(quizzes.id, quizId)).get();
  db.update(quizzes)
    .set({ draft: change(row?.draft as Record<string, unknown>) })
    .where(eq(quizzes.id, quizId))
    .run();
}

describe('who may launch', () => {
  it.each([
    { label: 'publish', handler: publish as Handler, method: 'POST', body: undefined },
    { label: 'change the campaign', handler: patchCampaign as Handler, method: 'PATCH', body: { action: 'pause' } },
    { label: 'duplicate', handler: duplicate as Handler, method: 'POST', body: undefined },
    { label: 'archive', handler: archive as Handler, method: 'POST', body: { isArchived: true } },
    { label: 'delete', handler: deleteQuiz as Handler, method: 'DELETE', body: { confirm: 'which-explorer' } },
  ])('$label: a viewer gets 403, another workspace 404, nobody signed in 401, a cross-site request 403', async ({ handler, method, body }) => {
    expect((await json(await call(handler, 'viewer', explorerId, method, body))).body.error?.code).toBe('forbidden');
    expect((await call(handler, 'stranger', explorerId, method, body)).status).toBe(404);
    expect((await call(handler, 'stranger', 'no-such-quiz', method, body)).status).toBe(404);
    expect((await call(handler, null, explorerId, method, body)).status).toBe(401);
    const crossSite = await call(handler, 'owner', explorerId, method, body, { origin: 'https://evil.example' });
    expect((await json(crossSite)).body.error?.message).toMatch(/cross-site/i);
    // Nothing of it happened.
    expect(getPublishedQuiz(getDb(), 'which-explorer')).toMatchObject({ version: 1 });
    expect((await json(await call(getCampaign as Handler, 'owner', explorerId, 'GET'))).body).toMatchObject({ state: 'live', pausedAt: null, archivedAt: null });
  });

  it('lets a viewer read the campaign and the versions, and not a stranger', async () => {
    expect((await call(getCampaign as Handler, 'viewer', explorerId, 'GET')).status).toBe(200);
    expect((await call(getVersions as Handler, 'viewer', explorerId, 'GET')).status).toBe(200);
    expect((await call(getCampaign as Handler, 'stranger', explorerId, 'GET')).status).toBe(404);
    expect((await call(getVersions as Handler, 'stranger', explorerId, 'GET')).status).toBe(404);
  });
});

describe('POST /api/studio/quizzes/[id]/publish', () => {
  it('answers an invalid draft with a 400 listing every issue, and publishes nothing', async () => {
    setDraft(explorerId, (draft) => ({ ...draft, title: '', brand: { ...(draft.brand as object), primary: 'red' } }));
    const { status, body } = await json(await call(publish, 'owner', explorerId, 'POST'));
    expect(status).toBe(400);
    expect(body.error?.message).toMatch(/2 problems/);
    expect(body.error?.details?.map((i) => i.path)).toEqual(['title', 'brand.primary']);
    expect(getPublishedQuiz(getDb(), 'which-explorer')?.version).toBe(1);
  });

  it('publishes a valid draft as the next version; the versions show it and that the draft is up to date', async () => {
    setDraft(explorerId, (draft) => ({ ...draft, title: 'Which explorer are you, now?', brand: { ...(draft.brand as object), primary: '#0f766e' } }));
    const before = await json(await call(getVersions as Handler, 'owner', explorerId, 'GET'));
    expect(before.body.isDraftChanged).toBe(true);
    const { status, body } = await json(await call(publish, 'owner', explorerId, 'POST'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ version: 2 });
    expect(getPublishedQuiz(getDb(), 'which-explorer')?.definition.title).toBe('Which explorer are you, now?');
    const after = await json(await call(getVersions as Handler, 'owner', explorerId, 'GET'));
    expect(after.body.isDraftChanged).toBe(false);
    expect((after.body.versions as { version: number; isPublished: boolean }[]).map((v) => [v.version, v.isPublished])).toEqual([
      [2, true],
      [1, false],
    ]);
  });
});

describe('PATCH /api/studio/quizzes/[id]/campaign', () => {
  it.each([
    { label: 'an end before the start', body: { startsAt: Date.UTC(2030, 0, 2), endsAt: Date.UTC(2030, 0, 1) }, paths: ['endsAt'], message: /end must come after the start/ },
    { label: 'a cap of 0', body: { playerCap: 0 }, paths: ['playerCap'], message: /at least 1/ },
    { label: 'a message that is too long', body: { endedMessage: 'x'.repeat(281) }, paths: ['endedMessage'], message: /280 characters/ },
    { label: 'a javascript: link', body: { endedUrl: 'javascript:alert(1)' }, paths: ['endedUrl'], message: /http:\/\/ or https:\/\// },
    { label: 'two bad fields', body: { playerCap: -1, endedUrl: 'ftp://example.com' }, paths: ['playerCap', 'endedUrl'], message: /playerCap/ },
  ])('refuses $label with a 400 naming the field, and changes nothing', async ({ body, paths, message }) => {
    const before = (await json(await call(getCampaign as Handler, 'owner', explorerId, 'GET'))).body;
    const response = await json(await call(patchCampaign, 'owner', explorerId, 'PATCH', body));
    expect(response.status).toBe(400);
    expect(response.body.error?.details?.map((i) => i.path)).toEqual(paths);
    expect(response.body.error?.message).toMatch(message);
    expect((await json(await call(getCampaign as Handler, 'owner', explorerId, 'GET'))).body).toEqual(before);
  });

  it('pauses and resumes; while paused, players are refused with a 410 in the quiz’s language', async () => {
    const paused = await json(await call(patchCampaign, 'owner', explorerId, 'PATCH', { action: 'pause', endedMessage: 'Back on Monday', endedUrl: 'https://example.com/news' }));
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ state: 'paused', endedMessage: 'Back on Monday', endedUrl: 'https://example.com/news' });
    const refused = await startPlay(new NextRequest('http://localhost/api/plays/start', { method: 'POST', body: JSON.stringify({ slug: 'which-explorer' }), headers: { cookie: 'rpl_vid=paused-visitor-0000001' } }), { params: Promise.resolve({}) });
    expect(refused.status).toBe(410);
    expect(((await refused.json()) as { error: unknown }).error).toEqual({ code: 'gone', message: 'Paused, back soon', details: { state: 'paused' } });
    const quiz = getPublishedQuiz(getDb(), 'which-explorer');
    const completeRefused = await completePlayRoute(
      new NextRequest('http://localhost/api/plays/complete', { method: 'POST', body: JSON.stringify({ slug: 'which-explorer', versionId: quiz?.versionId, answers: {} }), headers: { cookie: 'rpl_vid=paused-visitor-0000001' } }),
      { params: Promise.resolve({}) },
    );
    expect(completeRefused.status).toBe(410);
    const resumed = await json(await call(patchCampaign, 'owner', explorerId, 'PATCH', { action: 'resume' }));
    expect(resumed.body).toMatchObject({ state: 'live', pausedAt: null });
  });

  it('refuses the start after the cap with a 410, and lets the earlier player start again', async () => {
    const { body: campaign } = await json(await call(getCampaign as Handler, 'owner', explorerId, 'GET'));
    const cap = Number(campaign.players) + 1;
    await call(patchCampaign, 'owner', explorerId, 'PATCH', { playerCap: cap });
    const start = (visitor: string) => startPlay(new NextRequest('http://localhost/api/plays/start', { method: 'POST', body: JSON.stringify({ slug: 'which-explorer' }), headers: { cookie: `rpl_vid=${visitor}` } }), { params: Promise.resolve({}) });
    expect((await start('cap-visitor-00000001')).status).toBe(200);
    const full = await start('cap-visitor-00000002');
    expect(full.status).toBe(410);
    expect(((await full.json()) as { error: { details: unknown } }).error.details).toEqual({ state: 'full' });
    expect((await start('cap-visitor-00000001')).status).toBe(200);
    await call(patchCampaign, 'owner', explorerId, 'PATCH', { playerCap: null });
  });
});

describe('duplicate, archive, delete', () => {
  it('duplicates into a new draft “Copy of …” in Arabic for an Arabic studio', async () => {
    const copy = await json(await call(duplicate, 'owner', explorerId, 'POST', undefined, { cookie: `${cookies.owner}; ripple_studio_locale=ar` }));
    expect(copy.status).toBe(201);
    const row = getDb().select().from(quizzes).where(eq(quizzes.id, String(copy.body.id))).get();
    expect(row).toMatchObject({ status: 'draft', title: 'نسخة من Which explorer are you, now?', slug: copy.body.slug });
    expect(copy.body.slug).toBe('which-explorer-copy');
    const second = await json(await call(duplicate, 'owner', String(copy.body.id), 'POST'));
    expect(second.body.slug).toBe('which-explorer-copy-2');
  });

  it('archives and unarchives', async () => {
    expect((await json(await call(archive, 'owner', explorerId, 'POST', { isArchived: true }))).body.archivedAt).toEqual(expect.any(Number));
    expect((await json(await call(getCampaign as Handler, 'owner', explorerId, 'GET'))).body).toMatchObject({ state: 'ended' });
    expect((await json(await call(archive, 'owner', explorerId, 'POST', { isArchived: false }))).body.archivedAt).toBeNull();
    expect((await call(archive, 'owner', explorerId, 'POST', { isArchived: 'yes' })).status).toBe(400);
  });

  it('deletes only with the quiz’s slug as confirmation', async () => {
    const copy = await json(await call(duplicate, 'owner', explorerId, 'POST'));
    const id = String(copy.body.id);
    const missing = await json(await call(deleteQuiz, 'owner', id, 'DELETE', {}));
    expect(missing.status).toBe(400);
    const wrong = await json(await call(deleteQuiz, 'owner', id, 'DELETE', { confirm: 'which-explorer' }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error?.details?.[0]?.path).toBe('confirm');
    expect(getDb().select().from(quizzes).where(eq(quizzes.id, id)).get()).toBeDefined();
    const deleted = await call(deleteQuiz, 'owner', id, 'DELETE', { confirm: copy.body.slug });
    expect(deleted.status).toBe(204);
    expect(getDb().select().from(quizzes).where(eq(quizzes.id, id)).get()).toBeUndefined();
    expect((await call(getCampaign as Handler, 'owner', id, 'GET')).status).toBe(404);
  });
});
