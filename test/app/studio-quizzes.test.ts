import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUT as saveDraft } from '@/app/api/studio/quizzes/[id]/draft/route';
import { GET as getQuiz } from '@/app/api/studio/quizzes/[id]/route';
import { POST as importQuiz } from '@/app/api/studio/quizzes/import/route';
import { POST as createQuiz } from '@/app/api/studio/quizzes/route';
import { formatIssueMessage, formatIssuePath } from '@/components/studio/content/issue-text';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { listMemberships, listWorkspaceQuizzes } from '@/db/members';
import { workspaceMembers } from '@/db/schema';
import { getStudioQuiz } from '@/db/studio-queries';
import type { QuizDefinition } from '@/lib/quiz-schema';
import type { StudioQuiz } from '@/lib/studio-quiz';
import { findTemplate } from '@/lib/templates';

// The routes that create and edit quizzes: create (template, scratch), read, autosave a draft, import a file.
// Each is tried signed out (401), from another site (403), by a non-member (404), by a viewer (403), with bad
// input (400 with every issue, 413 when too big) and as it should be used.

const host = 'localhost:3000';
type Session = { cookie: string; userId: string; workspaceId: string };
const people: Record<'owner' | 'outsider' | 'viewer', Session> = {
  owner: { cookie: '', userId: '', workspaceId: '' },
  outsider: { cookie: '', userId: '', workspaceId: '' },
  viewer: { cookie: '', userId: '', workspaceId: '' },
};

async function signUp(email: string, name: string): Promise<Session> {
  const { headers, response } = await getAuth().api.signUpEmail({ body: { email, password: 'a long enough password', name }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const own = listMemberships(getDb(), response.user.id).find((m) => m.workspaceSlug !== 'demo');
  return { cookie, userId: response.user.id, workspaceId: own?.workspaceId ?? '' };
}

function request(method: string, path: string, options: { session?: Session | null; body?: unknown; raw?: string; origin?: string | null; cookie?: string } = {}) {
  const headers: Record<string, string> = { host, 'content-type': 'application/json' };
  if (options.origin !== null && method !== 'GET') headers.origin = options.origin ?? `http://${host}`;
  const cookies = [options.session?.cookie, options.cookie].filter(Boolean).join('; ');
  if (cookies) headers.cookie = cookies;
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return new NextRequest(`http://${host}${path}`, { method, headers, body });
}

const noParams = { params: Promise.resolve({}) };
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

async function errorOf(response: Response) {
  const body = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string; details?: { path: string; message: string }[] } };
  return { status: response.status, code: body.error?.code, message: body.error?.message, details: body.error?.details };
}

async function create(session: Session, body: Record<string, unknown>) {
  const response = await createQuiz(request('POST', '/api/studio/quizzes', { session, body }), noParams);
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; slug: string; url: string };
}

beforeAll(async () => {
  people.owner = await signUp('creator@example.com', 'Carla');
  people.outsider = await signUp('stranger@example.com', 'Sam');
  people.viewer = await signUp('watcher@example.com', 'Vera');
  getDb().insert(workspaceMembers).values({ workspaceId: people.owner.workspaceId, userId: people.viewer.userId, role: 'viewer', createdAt: Date.now() }).run();
});

describe('POST /api/studio/quizzes', () => {
  it('creates a draft from a template, with a slug from its title, in the workspace asked for', async () => {
    const created = await create(people.owner, { templateId: 'work-superpower', workspaceId: people.owner.workspaceId });
    expect(created.slug).toBe('whats-your-superpower-at-work');
    expect(created.url).toBe(`/studio/q/${created.id}`);
    const quiz = getStudioQuiz(getDb(), created.id);
    expect(quiz).toMatchObject({ workspaceId: people.owner.workspaceId, status: 'draft', kind: 'personality', title: 'What’s your superpower at work?', publishedVersionId: null });
    expect(quiz?.draft).toEqual(findTemplate('work-superpower')?.definition);
    const second = await create(people.owner, { templateId: 'work-superpower', workspaceId: people.owner.workspaceId });
    expect(second.slug).toBe('whats-your-superpower-at-work-2');
  });

  it('creates an empty quiz from scratch; an Arabic one gets a short random slug', async () => {
    const created = await create(people.owner, { kind: 'trivia', locale: 'ar', workspaceId: people.owner.workspaceId });
    expect(created.slug).toMatch(/^[a-z0-9]{7}$/);
    const quiz = getStudioQuiz(getDb(), created.id);
    expect(quiz?.draft).toMatchObject({ kind: 'trivia', locale: 'ar', title: '', tiers: [{ minPercent: 0, title: '' }] });
    const scratch = await create(people.owner, { templateId: 'ramadan-poll-ar', workspaceId: people.owner.workspaceId });
    expect(scratch.slug).toMatch(/^[a-z0-9]{7}$/);
  });

  it('goes to the current workspace (the cookie) when none is named, and to the first when the cookie is not theirs', async () => {
    const demoId = listMemberships(getDb(), people.owner.userId).find((m) => m.workspaceSlug === 'demo')?.workspaceId ?? '';
    expect(demoId).not.toBe('');
    const inDemo = await createQuiz(request('POST', '/api/studio/quizzes', { session: people.owner, cookie: `ripple_workspace=${demoId}`, body: { kind: 'poll', locale: 'en' } }), noParams);
    expect(getStudioQuiz(getDb(), ((await inDemo.json()) as { id: string }).id)?.workspaceId).toBe(demoId);
    const forged = await createQuiz(request('POST', '/api/studio/quizzes', { session: people.outsider, cookie: `ripple_workspace=${people.owner.workspaceId}`, body: { kind: 'poll', locale: 'en' } }), noParams);
    expect(getStudioQuiz(getDb(), ((await forged.json()) as { id: string }).id)?.workspaceId).toBe(people.outsider.workspaceId);
  });

  it.each([
    { label: 'signed out', session: null, body: { kind: 'poll', locale: 'en' }, origin: undefined, status: 401, code: 'unauthorized' },
    { label: 'from another site', session: 'owner', body: { kind: 'poll', locale: 'en' }, origin: 'https://evil.example', status: 403, code: 'forbidden' },
    { label: 'in another workspace', session: 'outsider', body: { kind: 'poll', locale: 'en', workspaceId: 'owner' }, origin: undefined, status: 404, code: 'not_found' },
    { label: 'as a viewer', session: 'viewer', body: { kind: 'poll', locale: 'en', workspaceId: 'owner' }, origin: undefined, status: 403, code: 'forbidden' },
    { label: 'from an unknown template', session: 'owner', body: { templateId: 'nope' }, origin: undefined, status: 404, code: 'not_found' },
    { label: 'of an unknown kind', session: 'owner', body: { kind: 'game', locale: 'en' }, origin: undefined, status: 400, code: 'bad_request' },
    { label: 'with a template and a kind at once', session: 'owner', body: { templateId: 'space-trivia', kind: 'poll', locale: 'en' }, origin: undefined, status: 400, code: 'bad_request' },
  ] as const)('refuses a quiz $label with $status', async ({ session, body, origin, status, code }) => {
    const who = session ? people[session] : null;
    const resolved = 'workspaceId' in body && body.workspaceId === 'owner' ? { ...body, workspaceId: people.owner.workspaceId } : body;
    const before = listWorkspaceQuizzes(getDb(), people.owner.workspaceId).length;
    const response = await createQuiz(request('POST', '/api/studio/quizzes', { session: who, body: resolved, origin }), noParams);
    expect(await errorOf(response)).toMatchObject({ status, code });
    expect(listWorkspaceQuizzes(getDb(), people.owner.workspaceId).length).toBe(before);
  });
});

describe('GET /api/studio/quizzes/[id]', () => {
  it('gives a member the draft, their role and the strict issues', async () => {
    const { id } = await create(people.owner, { kind: 'personality', locale: 'en', workspaceId: people.owner.workspaceId });
    const asViewer = await getQuiz(request('GET', `/api/studio/quizzes/${id}`, { session: people.viewer }), idParams(id));
    expect(asViewer.status).toBe(200);
    const body = (await asViewer.json()) as { quiz: StudioQuiz; role: string; issues: { path: string }[] };
    expect(body.role).toBe('viewer');
    expect(body.quiz.draft.kind).toBe('personality');
    expect(body.issues.map((i) => i.path)).toContain('title');
  });

  it.each([
    { label: 'signed out', session: null, status: 401 },
    { label: 'by someone of another workspace', session: 'outsider', status: 404 },
  ] as const)('refuses $label', async ({ session, status }) => {
    const { id } = await create(people.owner, { kind: 'poll', locale: 'en', workspaceId: people.owner.workspaceId });
    const response = await getQuiz(request('GET', `/api/studio/quizzes/${id}`, { session: session ? people[session] : null }), idParams(id));
    expect(response.status).toBe(status);
  });

  it('answers 404 for a quiz that does not exist', async () => {
    const response = await getQuiz(request('GET', '/api/studio/quizzes/nope', { session: people.owner }), idParams('nope'));
    expect(await errorOf(response)).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('PUT /api/studio/quizzes/[id]/draft', () => {
  const found = findTemplate('coffee-personality')?.definition;
  if (found?.kind !== 'personality') throw new Error('the coffee template is a personality quiz');
  const template = found;
  const put = (id: string, body: unknown, options: { session?: Session | null; raw?: string; origin?: string } = {}) =>
    saveDraft(request('PUT', `/api/studio/quizzes/${id}/draft`, { session: options.session === undefined ? people.owner : options.session, body, raw: options.raw, origin: options.origin }), idParams(id));

  it('saves work in progress in one go and answers with the strict issues still open', async () => {
    const { id } = await create(people.owner, { templateId: 'coffee-personality', workspaceId: people.owner.workspaceId });
    const wip = { ...template, title: 'Half-written quiz', questions: [...template.questions, { id: 'new-q', text: '', isMultiple: false, points: 1, answers: [{ id: 'new-a', text: '' }] }] };
    const before = Date.now();
    const response = await put(id, wip);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { savedAt: number; issues: { path: string; message: string }[] };
    expect(body.savedAt).toBeGreaterThanOrEqual(before);
    expect(body.issues.map((i) => i.path).sort()).toEqual(['questions.4.answers', 'questions.4.answers.0.text', 'questions.4.text']);
    const stored = getStudioQuiz(getDb(), id);
    expect(stored?.draft).toEqual(wip);
    expect(stored?.title).toBe('Half-written quiz');
    expect(stored?.draftUpdatedAt).toBe(body.savedAt);
    expect(listWorkspaceQuizzes(getDb(), people.owner.workspaceId).find((q) => q.id === id)?.title).toBe('Half-written quiz');
  });

  it('answers a complete draft with no issues', async () => {
    const { id } = await create(people.owner, { templateId: 'space-trivia', workspaceId: people.owner.workspaceId });
    const response = await put(id, findTemplate('space-trivia')?.definition);
    expect(await response.json()).toMatchObject({ issues: [] });
  });

  it('refuses a draft that breaks the rules with every issue and keeps the saved draft untouched', async () => {
    const { id } = await create(people.owner, { templateId: 'coffee-personality', workspaceId: people.owner.workspaceId });
    const bad = { ...template, coverImage: 'https://evil.example/cover.png', results: template.results.map((r, i) => (i === 0 ? { ...r, cta: { label: 'x', url: 'javascript:alert(1)' } } : r)), title: 'x'.repeat(121) };
    const response = await put(id, bad);
    const error = await errorOf(response);
    expect(error).toMatchObject({ status: 400, code: 'bad_request' });
    expect(error.details?.map((d) => d.path).sort()).toEqual(['coverImage', 'results.0.cta.url', 'title']);
    expect(getStudioQuiz(getDb(), id)?.draft).toEqual(template);
  });

  it.each([
    { label: 'signed out', session: null as Session | null, origin: undefined, status: 401 },
    { label: 'from another site', session: undefined, origin: 'https://evil.example', status: 403 },
    { label: 'by a viewer', session: 'viewer' as const, origin: undefined, status: 403 },
    { label: 'by someone of another workspace', session: 'outsider' as const, origin: undefined, status: 404 },
  ])('refuses a save $label', async ({ session, origin, status }) => {
    const { id } = await create(people.owner, { templateId: 'flavour-poll', workspaceId: people.owner.workspaceId });
    const who = typeof session === 'string' ? people[session] : session;
    const response = await put(id, { ...findTemplate('flavour-poll')?.definition, title: 'Changed' }, { session: who, origin });
    expect(response.status).toBe(status);
    expect(getStudioQuiz(getDb(), id)?.title).toBe('Help us pick our next flavour');
  });

  it('answers 404 for a quiz that does not exist', async () => {
    expect((await put('nope', template)).status).toBe(404);
  });

  it('refuses a body over 256 KB with a 413', async () => {
    const { id } = await create(people.owner, { templateId: 'flavour-poll', workspaceId: people.owner.workspaceId });
    const response = await put(id, null, { raw: JSON.stringify({ ...template, description: 'x'.repeat(300 * 1024) }) });
    expect(await errorOf(response)).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('refuses a body that is not JSON', async () => {
    const { id } = await create(people.owner, { templateId: 'flavour-poll', workspaceId: people.owner.workspaceId });
    expect(await errorOf(await put(id, null, { raw: '{"kind":' }))).toMatchObject({ status: 400, code: 'bad_request' });
  });
});

describe('POST /api/studio/quizzes/import', () => {
  const file = findTemplate('arab-world-trivia-ar')?.definition as QuizDefinition;
  const post = (body: unknown, options: { session?: Session | null; raw?: string } = {}) =>
    importQuiz(request('POST', '/api/studio/quizzes/import', { session: options.session === undefined ? people.owner : options.session, body, raw: options.raw }), noParams);

  it('creates a new draft quiz from a valid file', async () => {
    const response = await post({ workspaceId: people.owner.workspaceId, quiz: file });
    expect(response.status).toBe(201);
    const { id, slug } = (await response.json()) as { id: string; slug: string };
    expect(slug).toMatch(/^[a-z0-9]{7}$/);
    expect(getStudioQuiz(getDb(), id)).toMatchObject({ status: 'draft', kind: 'trivia', draft: file, workspaceId: people.owner.workspaceId });
  });

  it('refuses a broken file with the full list of issues and creates nothing', async () => {
    const before = listWorkspaceQuizzes(getDb(), people.owner.workspaceId).length;
    const broken = { ...file, title: '', tiers: [], questions: file.questions.map((q, i) => (i === 1 ? { ...q, answers: q.answers.map((a) => ({ ...a, isCorrect: undefined })) } : q)), brand: { ...file.brand, primary: 'orange' } };
    const error = await errorOf(await post({ workspaceId: people.owner.workspaceId, quiz: broken }));
    expect(error).toMatchObject({ status: 400, code: 'bad_request', message: expect.stringMatching(/not a valid Ripple quiz: 5 problems; nothing was imported/) });
    expect(error.details).toEqual([
      { path: 'title', message: 'Too small: expected string to have >=1 characters' },
      { path: 'brand.primary', message: 'use a color like #1a2b3c' },
      { path: 'tiers', message: 'Too small: expected array to have >=1 items' },
      { path: 'questions.1.answers', message: 'mark at least one answer as correct' },
      { path: 'tiers', message: 'one tier must start at 0% so that every score has a tier' },
    ]);
    expect(listWorkspaceQuizzes(getDb(), people.owner.workspaceId).length).toBe(before);
  });

  it.each([
    { label: 'signed out', session: null, status: 401 },
    { label: 'by a viewer', session: 'viewer' as const, status: 403 },
    { label: 'into another workspace', session: 'outsider' as const, status: 404 },
  ])('refuses an import $label', async ({ session, status }) => {
    const response = await post({ workspaceId: people.owner.workspaceId, quiz: file }, { session: session ? people[session] : null });
    expect(response.status).toBe(status);
  });

  it('refuses a file over 256 KB with a 413', async () => {
    const response = await post(null, { raw: JSON.stringify({ quiz: { ...file, description: 'x'.repeat(300 * 1024) } }) });
    expect(response.status).toBe(413);
  });
});

// What the editor shows for an issue: where it is and what is wrong, in the studio's language.
describe('issues in words', () => {
  it.each([
    { path: '', en: 'Quiz', ar: 'الاختبار' },
    { path: 'title', en: 'Title', ar: 'العنوان' },
    { path: 'questions.1.answers.0.text', en: 'Question 2 › Answer 1 › Text', ar: 'السؤال 2 › الإجابة 1 › النص' },
    { path: 'questions.0.answers', en: 'Question 1 › Answers', ar: 'السؤال 1 › الإجابات' },
    { path: 'results.2.cta.url', en: 'Result 3 › Button › Link', ar: 'النتيجة 3 › الزر › الرابط' },
    { path: 'questions.0.answers.1.weights.espresso', en: 'Question 1 › Answer 2 › Points for “espresso”', ar: 'السؤال 1 › الإجابة 2 › نقاط «espresso»' },
    { path: 'brand.text', en: 'Brand › Color', ar: 'الهوية › اللون' },
    { path: 'tiers.0.minPercent', en: 'Tier 1 › From (%)', ar: 'المستوى 1 › من (%)' },
    { path: 'somethingNew.0', en: 'somethingNew › 0', ar: 'somethingNew › 0' },
  ])('$path', ({ path, en, ar }) => {
    expect(formatIssuePath(path, 'en')).toBe(en);
    expect(formatIssuePath(path, 'ar')).toBe(ar);
  });

  it.each([
    { message: 'Too small: expected string to have >=1 characters', en: 'Required.' },
    { message: 'Too small: expected array to have >=2 items', en: 'Add at least 2.' },
    { message: 'Too big: expected string to have <=120 characters', en: 'At most 120 characters.' },
    { message: 'Too small: expected number to be >=5', en: 'At least 5.' },
    { message: 'Invalid URL', en: 'Enter a full link, like https://example.com.' },
    { message: 'mark at least one answer as correct', en: 'Mark at least one answer as correct.' },
    { message: 'duplicate answer id "a1"', en: 'Two items have the same id “a1”.' },
    { message: 'Invalid input: expected object, received string', en: 'The file must contain one quiz object.' },
    { message: 'a rule nobody translated yet', en: 'a rule nobody translated yet' },
  ])('$message', ({ message, en }) => {
    expect(formatIssueMessage(message, 'en')).toBe(en);
    expect(formatIssueMessage(message, 'ar')).toMatch(message === 'a rule nobody translated yet' ? /^a rule/ : /[\u0600-\u06ff]/);
  });
});
