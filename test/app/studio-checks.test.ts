import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as completePlayRoute } from '@/app/api/plays/complete/route';
import { GET as getChecks, POST as postChecks } from '@/app/api/studio/quizzes/[id]/checks/route';
import { POST as previewCard } from '@/app/api/studio/quizzes/[id]/preview-card/route';
import { POST as upload } from '@/app/api/studio/uploads/route';
import { GET as getSettings, PUT as putSettings } from '@/app/api/studio/workspace-settings/route';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { getPublishedQuiz, getResultView } from '@/db/queries';
import { workspaceMembers, workspaces } from '@/db/schema';
import { getStudioQuiz } from '@/db/studio-queries';
import { defaultBlockedWords } from '@/lib/blocked-words';
import type { CheckResult, LinkPreview } from '@/lib/prelaunch-checks';
import type { QuizDefinition } from '@/lib/quiz-schema';

type Who = 'owner' | 'viewer' | 'stranger' | null;
type Handler = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response> | Response;
type ChecksBody = { checks: CheckResult[]; linkPreviews: LinkPreview[]; blockedWords: { words: string[]; isDefault: boolean; canEdit: boolean } };

const cookies = { owner: '', viewer: '', stranger: '' };
let quizId = '';
let demoWorkspaceId = '';
let draft: QuizDefinition;

async function signUp(email: string, name: string): Promise<{ cookie: string; userId: string }> {
  const response = await getAuth().api.signUpEmail({ body: { email, password: 'a long enough password', name }, asResponse: true });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, userId: ((await response.json()) as { user: { id: string } }).user.id };
}

beforeAll(async () => {
  // The first account of the install owns the demo workspace and its quizzes.
  cookies.owner = (await signUp('brand-owner@example.com', 'Bea')).cookie;
  const viewer = await signUp('brand-viewer@example.com', 'Vik');
  cookies.viewer = viewer.cookie;
  cookies.stranger = (await signUp('brand-stranger@example.com', 'Sol')).cookie;
  const db = getDb();
  demoWorkspaceId = db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, 'demo')).get()?.id ?? '';
  db.insert(workspaceMembers).values({ workspaceId: demoWorkspaceId, userId: viewer.userId, role: 'viewer' }).run();
  quizId = getPublishedQuiz(db, 'which-explorer')?.id ?? '';
  draft = getStudioQuiz(db, quizId)?.draft as QuizDefinition;
});

function call(handler: Handler, who: Who, method: string, body?: unknown, headers: Record<string, string> = {}, path = `/api/studio/quizzes/${quizId}`) {
  const init: Record<string, string> = { 'content-type': 'application/json', ...(who ? { cookie: cookies[who] } : {}), ...headers };
  return handler(new NextRequest(`http://localhost${path}`, { method, headers: init, body: body === undefined ? undefined : JSON.stringify(body) }), { params: Promise.resolve({ id: quizId }) });
}

const settings = (who: Who, method: 'GET' | 'PUT', body?: unknown) =>
  call((method === 'GET' ? getSettings : putSettings) as unknown as Handler, who, method, body, {}, `/api/studio/workspace-settings?workspaceId=${demoWorkspaceId}`);

async function errorOf(response: Response) {
  return { status: response.status, ...((await response.json()) as { error: { code: string; message: string } }).error };
}

const withBrand = (change: Partial<QuizDefinition['brand']>): QuizDefinition => ({ ...draft, brand: { ...draft.brand, ...change } });

describe('POST /api/studio/quizzes/[id]/preview-card', () => {
  it('renders the draft’s card as a PNG that is never cached, and a different one when the brand changes', async () => {
    const first = await call(previewCard as Handler, 'owner', 'POST', { definition: withBrand({ primary: '#e11d48' }), variant: 'og' });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/png');
    expect(first.headers.get('cache-control')).toBe('no-store');
    const red = Buffer.from(await first.arrayBuffer());
    expect(await sharp(red).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    const blue = Buffer.from(await (await call(previewCard as Handler, 'owner', 'POST', { definition: withBrand({ primary: '#2563eb' }), variant: 'og' })).arrayBuffer());
    expect(blue.equals(red)).toBe(false);
  });

  it('renders the story size, another outcome and another sample name', async () => {
    const response = await call(previewCard as Handler, 'owner', 'POST', { definition: draft, variant: 'story', resultId: 'dreamer', sampleName: 'Maximiliana' });
    expect(await sharp(Buffer.from(await response.arrayBuffer())).metadata()).toMatchObject({ width: 1080, height: 1920 });
  });

  it('renders an unfinished draft (an empty title, no questions yet)', async () => {
    const response = await call(previewCard as Handler, 'owner', 'POST', { definition: { ...draft, title: '', questions: [] } });
    expect(response.status).toBe(200);
  });

  it.each([
    { label: 'a viewer may look', who: 'viewer' as const, status: 200 },
    { label: 'another workspace gets 404', who: 'stranger' as const, status: 404 },
    { label: 'nobody signed in gets 401', who: null, status: 401 },
  ])('$label', async ({ who, status }) => {
    expect((await call(previewCard as Handler, who, 'POST', { definition: draft })).status).toBe(status);
  });

  it('refuses a cross-site request and a broken definition', async () => {
    expect((await errorOf(await call(previewCard as Handler, 'owner', 'POST', { definition: draft }, { origin: 'https://evil.example' }))).status).toBe(403);
    const broken = await errorOf(await call(previewCard as Handler, 'owner', 'POST', { definition: withBrand({ primary: 'red' }) }));
    expect(broken).toMatchObject({ status: 400, message: expect.stringMatching(/brand\.primary/) });
  });
});

describe('the checks routes', () => {
  const statusById = (body: ChecksBody) => Object.fromEntries(body.checks.map((c) => [c.id, c.status]));

  it('GET checks the saved draft of the demo quiz', async () => {
    const response = await call(getChecks as Handler, 'viewer', 'GET');
    expect(response.status).toBe(200);
    const body = (await response.json()) as ChecksBody;
    expect(statusById(body)).toMatchObject({ complete: 'pass', reachability: 'pass', blocked_words: 'pass' });
    expect(body.linkPreviews.map((p) => p.network)).toEqual(['x', 'facebook', 'whatsapp', 'linkedin']);
    expect(body.blockedWords).toMatchObject({ isDefault: true, canEdit: false, words: [...defaultBlockedWords] });
  });

  it('POST checks the draft as edited: a result no answer leads to fails, pointing at it', async () => {
    if (draft.kind !== 'personality') throw new Error('the demo quiz is a personality quiz');
    const edited: QuizDefinition = { ...draft, results: [...draft.results, { id: 'nomad', title: 'The Nomad', description: 'Never home.', emoji: '🏕️' }] };
    const body = (await (await call(postChecks as Handler, 'owner', 'POST', { definition: edited })).json()) as ChecksBody;
    const reachability = body.checks.find((c) => c.id === 'reachability');
    expect(reachability).toMatchObject({ status: 'fail', findings: [{ code: 'unreachable_bound', path: `results.${draft.results.length}`, values: { result: 'The Nomad' } }] });
    expect(body.blockedWords.canEdit).toBe(true);
  });

  it('finds an image whose file does not exist, and an uploaded one that does', async () => {
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#123456' } }).png().toBuffer();
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(png)]), 'logo.png');
    form.set('quizId', quizId);
    const uploaded = (await (await upload(new NextRequest('http://localhost/api/studio/uploads', { method: 'POST', body: form, headers: { cookie: cookies.owner } }), { params: Promise.resolve({}) })).json()) as { path: string };
    const check = async (logo: string) => {
      const body = (await (await call(postChecks as Handler, 'owner', 'POST', { definition: withBrand({ logo, logoAlt: 'Logo' }) })).json()) as ChecksBody;
      return body.checks.find((c) => c.id === 'images')?.findings.filter((f) => f.code === 'image_missing');
    };
    expect(await check(uploaded.path)).toEqual([]);
    expect(await check('/uploads/doesnotexist123456789.png')).toEqual([expect.objectContaining({ path: 'brand.logo' })]);
  });

  it.each([
    { label: 'another workspace', who: 'stranger' as const, status: 404 },
    { label: 'nobody signed in', who: null, status: 401 },
  ])('refuses $label with $status', async ({ who, status }) => {
    expect((await call(getChecks as Handler, who, 'GET')).status).toBe(status);
    expect((await call(postChecks as Handler, who, 'POST', { definition: draft })).status).toBe(status);
  });
});

describe('blocked words: the workspace setting and the names printed on cards', () => {
  async function playAs(name: string) {
    const quiz = getPublishedQuiz(getDb(), 'which-explorer');
    const answers = { morning: ['plan'], bag: ['map'], lost: ['compass'], souvenir: ['ticket'], trip: ['rail'] };
    const visitor = `blocked-words-visitor-${Math.random().toString(36).slice(2, 14)}`;
    const request = new NextRequest('http://localhost/api/plays/complete', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `rpl_vid=${visitor}` },
      body: JSON.stringify({ slug: 'which-explorer', versionId: quiz?.versionId, name, answers }),
    });
    const body = (await (await completePlayRoute(request, { params: Promise.resolve({}) })).json()) as { resultId: string };
    return getResultView(getDb(), body.resultId)?.summary.playerName;
  }

  it.each([
    { label: 'an ordinary name is printed', name: 'Sara', printed: 'Sara' },
    { label: 'a default English word drops the name', name: 'Sara Shit', printed: '' },
    { label: 'an evasion drops it too', name: 'sh1t', printed: '' },
    { label: 'a default Arabic word drops the name', name: 'سارة الحمار', printed: '' },
    { label: 'a word inside another word does not', name: 'Cassandra', printed: 'Cassandra' },
  ])('$label ("$name")', async ({ name, printed }) => {
    expect(await playAs(name)).toBe(printed);
  });

  it('lets an owner replace the list, which then applies to new plays, and go back to the defaults', async () => {
    expect(await (await settings('owner', 'GET')).json()).toMatchObject({ isDefault: true, canEdit: true });
    const saved = await settings('owner', 'PUT', { workspaceId: demoWorkspaceId, blockedWords: ['Acme', ' acme ', 'Globex Corp'] });
    expect(await saved.json()).toMatchObject({ isDefault: false, blockedWords: ['Acme', 'Globex Corp'] });
    expect(await playAs('ACME fan')).toBe('');
    expect(await playAs('Shit')).toBe('Shit');
    const reset = await settings('owner', 'PUT', { workspaceId: demoWorkspaceId, blockedWords: null });
    expect(await reset.json()).toMatchObject({ isDefault: true });
    expect(await playAs('Shit')).toBe('');
  });

  it('lets a viewer see the list but not change it', async () => {
    expect(await (await settings('viewer', 'GET')).json()).toMatchObject({ canEdit: false });
    expect(await errorOf(await settings('viewer', 'PUT', { workspaceId: demoWorkspaceId, blockedWords: [] }))).toMatchObject({ status: 403 });
  });

  it('keeps another workspace out, refuses cross-site changes and a word that is too long', async () => {
    expect((await settings('stranger', 'GET')).status).toBe(404);
    const crossSite = await call(putSettings as unknown as Handler, 'owner', 'PUT', { workspaceId: demoWorkspaceId, blockedWords: [] }, { origin: 'https://evil.example' }, '/api/studio/workspace-settings');
    expect(crossSite.status).toBe(403);
    expect(await errorOf(await settings('owner', 'PUT', { workspaceId: demoWorkspaceId, blockedWords: ['x'.repeat(41)] }))).toMatchObject({ status: 400, message: expect.stringMatching(/longer than 40/) });
    expect(await (await settings('owner', 'GET')).json()).toMatchObject({ isDefault: true });
  });
});
