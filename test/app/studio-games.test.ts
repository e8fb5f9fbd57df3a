import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getChecks, POST as runChecks } from '@/app/api/studio/quizzes/[id]/checks/route';
import { PUT as saveDraft } from '@/app/api/studio/quizzes/[id]/draft/route';
import { POST as duplicateQuiz } from '@/app/api/studio/quizzes/[id]/duplicate/route';
import { POST as publishQuiz } from '@/app/api/studio/quizzes/[id]/publish/route';
import { DELETE as deleteQuiz, GET as getQuiz } from '@/app/api/studio/quizzes/[id]/route';
import { GET as getVersions } from '@/app/api/studio/quizzes/[id]/versions/route';
import { POST as createQuiz } from '@/app/api/studio/quizzes/route';
import { putCachedCard } from '@/db/queries';
import { cards } from '@/db/schema';
import { loadGameCardInput } from '@/app/_lib/cards';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { getGameResultView, getPublishedGame, playGame } from '@/db/games';
import { hashCardInput } from '@/lib/card/hash';
import { createShareToken } from '@/lib/tokens';
import { listMemberships } from '@/db/members';
import { getStudioQuiz } from '@/db/studio-queries';
import type { GameDraft } from '@/lib/games/game-schema';
import { findTemplate } from '@/lib/templates';

// The studio routes with a mini-game: created from a game template, its draft autosaved against the game draft
// schema (a game cannot turn into a quiz, nor a quiz into a game), its checks, publishing and duplicating.

const host = 'localhost:3000';
type Session = { cookie: string; workspaceId: string };
let owner: Session = { cookie: '', workspaceId: '' };

async function signUp(email: string, name: string): Promise<Session> {
  const { headers, response } = await getAuth().api.signUpEmail({ body: { email, password: 'a long enough password', name }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const own = listMemberships(getDb(), response.user.id).find((m) => m.workspaceSlug !== 'demo');
  return { cookie, workspaceId: own?.workspaceId ?? '' };
}

function request(method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { host, 'content-type': 'application/json', cookie: owner.cookie };
  if (method !== 'GET') headers.origin = `http://${host}`;
  return new NextRequest(`http://${host}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const idParams = (id: string) => ({ params: Promise.resolve({ id }) });
type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

function wheelTemplate(): GameDraft {
  const definition = findTemplate('wheel-coffee-treat')?.definition;
  if (!definition || (definition.kind !== 'wheel' && definition.kind !== 'scratch')) throw new Error('no wheel template');
  return structuredClone(definition);
}

async function createFromTemplate(templateId: string) {
  const response = await createQuiz(request('POST', '/api/studio/quizzes', { templateId, workspaceId: owner.workspaceId }), { params: Promise.resolve({}) });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; slug: string; url: string };
}

beforeAll(async () => {
  owner = await signUp('marketer@example.com', 'Maya');
});

describe('a game from a template', () => {
  it('is created as a wheel draft and read back as a game with no issues', async () => {
    const created = await createFromTemplate('wheel-coffee-treat');
    expect(created.url).toBe(`/studio/q/${created.id}`);
    const response = await getQuiz(request('GET', `/api/studio/quizzes/${created.id}`), idParams(created.id));
    const body = (await response.json()) as { quiz: { kind: string; draft: GameDraft }; issues: unknown[] };
    expect(body.quiz.kind).toBe('wheel');
    expect(body.quiz.draft).toEqual(wheelTemplate());
    expect(body.issues).toEqual([]);
  });
});

describe('PUT /api/studio/quizzes/[id]/draft with a game', () => {
  it('saves a game draft and answers with its strict issues by field', async () => {
    const { id } = await createFromTemplate('wheel-coffee-treat');
    const draft = wheelTemplate();
    const saved = await saveDraft(request('PUT', `/api/studio/quizzes/${id}/draft`, { ...draft, leadCapture: { isEnabled: true, consentText: '' } }), idParams(id));
    expect(saved.status).toBe(200);
    const body = (await saved.json()) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path)).toEqual(['leadCapture.consentText']);
    const stored = getStudioQuiz(getDb(), id);
    expect(stored?.kind === 'wheel' ? stored.draft.leadCapture : null).toEqual({ isEnabled: true, consentText: '' });
  });

  it('refuses a malformed game draft with the field at fault, and saves nothing', async () => {
    const { id } = await createFromTemplate('wheel-coffee-treat');
    const draft = wheelTemplate();
    const response = await saveDraft(request('PUT', `/api/studio/quizzes/${id}/draft`, { ...draft, title: 'Changed', prizes: draft.prizes.map((p, i) => (i === 1 ? { ...p, odds: -5 } : p)) }), idParams(id));
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.message).toMatch(/^prizes\.1\.odds: /);
    expect(body.error.details?.map((d) => d.path)).toEqual(['prizes.1.odds']);
    expect(getStudioQuiz(getDb(), id)?.title).toBe('Spin for a treat');
  });

  it('keeps a game a game and a quiz a quiz', async () => {
    const game = await createFromTemplate('wheel-coffee-treat');
    const quiz = await createFromTemplate('work-superpower');
    const quizDraft = findTemplate('work-superpower')?.definition;
    const asQuiz = await saveDraft(request('PUT', `/api/studio/quizzes/${game.id}/draft`, quizDraft), idParams(game.id));
    expect(asQuiz.status).toBe(400);
    const asGame = await saveDraft(request('PUT', `/api/studio/quizzes/${quiz.id}/draft`, wheelTemplate()), idParams(quiz.id));
    expect(asGame.status).toBe(400);
    expect(getStudioQuiz(getDb(), game.id)?.kind).toBe('wheel');
    expect(getStudioQuiz(getDb(), quiz.id)?.kind).toBe('personality');
  });
});

describe('the checks of a game', () => {
  it('run on the draft in the editor, and on the saved one', async () => {
    const { id } = await createFromTemplate('wheel-coffee-treat');
    const draft = wheelTemplate();
    const posted = await runChecks(request('POST', `/api/studio/quizzes/${id}/checks`, { definition: { ...draft, prizes: draft.prizes.map((p, i) => (i === 0 ? { ...p, codes: 'imported' } : p)) } }), idParams(id));
    expect(posted.status).toBe(200);
    const body = (await posted.json()) as { kind: string; checks: { id: string; status: string; findings: { code: string; path: string }[] }[]; chances: { rows: { id: string }[] } };
    expect(body.kind).toBe('game');
    expect(body.checks.map((c) => c.id)).toEqual(['complete', 'segments', 'prizes', 'odds', 'stock', 'leads', 'overflow', 'images']);
    expect(body.checks.find((c) => c.id === 'stock')?.findings).toEqual([expect.objectContaining({ code: 'codes_missing', path: 'prizes.0.codes' })]);
    expect(body.chances.rows.map((r) => r.id)).toEqual(['coffee', 'pastry', 'off-10', 'beans', 'try-again']);

    const saved = await getChecks(request('GET', `/api/studio/quizzes/${id}/checks`), idParams(id));
    const savedBody = (await saved.json()) as { checks: { status: string }[] };
    expect(savedBody.checks.every((c) => c.status === 'pass')).toBe(true);
  });
});

describe('publishing and duplicating a game', () => {
  it('publishes a version the play route reads, and the copy is a new draft game', async () => {
    const { id, slug } = await createFromTemplate('scratch-perfume-ar');
    const published = await publishQuiz(request('POST', `/api/studio/quizzes/${id}/publish`), idParams(id));
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ version: 1 });
    expect(getPublishedGame(getDb(), slug)?.definition.kind).toBe('scratch');
    const versions = await getVersions(request('GET', `/api/studio/quizzes/${id}/versions`), idParams(id));
    expect(await versions.json()).toMatchObject({ isDraftChanged: false, versions: [{ version: 1, isPublished: true }] });

    const copied = await duplicateQuiz(request('POST', `/api/studio/quizzes/${id}/duplicate`), idParams(id));
    expect(copied.status).toBe(201);
    const copy = (await copied.json()) as { id: string; slug: string };
    expect(copy.slug).toBe(`${slug}-copy`);
    expect(getStudioQuiz(getDb(), copy.id)).toMatchObject({ kind: 'scratch', status: 'draft', title: 'Copy of امسح واربح عطرك' });
  });

  it('refuses to publish a game whose consent text is missing, naming the field', async () => {
    const { id } = await createFromTemplate('wheel-coffee-treat');
    await saveDraft(request('PUT', `/api/studio/quizzes/${id}/draft`, { ...wheelTemplate(), leadCapture: { isEnabled: true, consentText: '' } }), idParams(id));
    const response = await publishQuiz(request('POST', `/api/studio/quizzes/${id}/publish`), idParams(id));
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.details?.map((d) => d.path)).toEqual(['leadCapture.consentText']);
  });
});

describe('deleting a game', () => {
  it('removes it with its players’ cached cards, once confirmed with its address', async () => {
    const { id, slug } = await createFromTemplate('scratch-books-en');
    await publishQuiz(request('POST', `/api/studio/quizzes/${id}/publish`), idParams(id));
    const db = getDb();
    const play = playGame(db, { quizId: id, visitorId: 'visitor-card-purge-01', requestId: 'req-card-1', name: 'Sara', now: Date.now(), random: () => 0.5, newToken: () => createShareToken('studio-games-test-secret-0123456789') });
    if (!play.ok) throw new Error('the play was refused');
    const view = getGameResultView(db, play.resultId);
    if (!view) throw new Error('no result');
    // A card of this result as the card route caches it (the PNG itself does not matter here).
    const hash = `og-${hashCardInput(await loadGameCardInput(view), 'og')}`;
    putCachedCard(db, hash, Buffer.from('png'), Date.now());

    const refused = await deleteQuiz(request('DELETE', `/api/studio/quizzes/${id}`, { confirm: 'nope' }), idParams(id));
    expect(refused.status).toBe(400);
    const deleted = await deleteQuiz(request('DELETE', `/api/studio/quizzes/${id}`, { confirm: slug }), idParams(id));
    expect(deleted.status).toBe(204);
    expect(getStudioQuiz(db, id)).toBeUndefined();
    expect(getPublishedGame(db, slug)).toBeUndefined();
    expect(db.select({ hash: cards.hash }).from(cards).all().map((c) => c.hash)).not.toContain(hash);
  });
});
