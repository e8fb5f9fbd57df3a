import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as authPost } from '@/app/api/auth/[...all]/route';
import { GET as getStats } from '@/app/api/quizzes/[slug]/stats/route';
import { GET as exportDailyCsv } from '@/app/api/studio/analytics/export/daily.csv/route';
import { GET as exportDailyJson } from '@/app/api/studio/analytics/export/daily.json/route';
import { GET as exportPlayersCsv } from '@/app/api/studio/analytics/export/players.csv/route';
import { DELETE as revokeApiKey } from '@/app/api/studio/api-keys/[keyId]/route';
import { GET as listApiKeys, POST as createApiKey } from '@/app/api/studio/api-keys/route';
import { DELETE as revokeInvite } from '@/app/api/studio/invites/[inviteId]/route';
import { POST as acceptInvite } from '@/app/api/studio/invites/accept/route';
import { GET as listInvites, POST as createInvite } from '@/app/api/studio/invites/route';
import { POST as setLocale } from '@/app/api/studio/locale/route';
import { DELETE as removeMember, PATCH as changeRole } from '@/app/api/studio/members/[userId]/route';
import { GET as listMembers } from '@/app/api/studio/members/route';
import { POST as archiveQuiz } from '@/app/api/studio/quizzes/[id]/archive/route';
import { GET as getCampaign, PATCH as patchCampaign } from '@/app/api/studio/quizzes/[id]/campaign/route';
import { GET as getQuizEmbed, PATCH as patchQuizEmbed } from '@/app/api/studio/quizzes/[id]/embed/route';
import { GET as getEmbedOrigins, PUT as saveEmbedOrigins } from '@/app/api/studio/embed/route';
import { GET as getChecks, POST as runChecks } from '@/app/api/studio/quizzes/[id]/checks/route';
import { PUT as saveDraft } from '@/app/api/studio/quizzes/[id]/draft/route';
import { POST as duplicateQuiz } from '@/app/api/studio/quizzes/[id]/duplicate/route';
import { POST as previewCard } from '@/app/api/studio/quizzes/[id]/preview-card/route';
import { POST as publishQuiz } from '@/app/api/studio/quizzes/[id]/publish/route';
import { DELETE as deleteQuiz, GET as getQuiz } from '@/app/api/studio/quizzes/[id]/route';
import { GET as getVersions } from '@/app/api/studio/quizzes/[id]/versions/route';
import { GET as getWinCodes, POST as importCodes } from '@/app/api/studio/quizzes/[id]/codes/route';
import { DELETE as deleteLeadRoute } from '@/app/api/studio/quizzes/[id]/leads/[leadId]/route';
import { GET as getLeadsCsvRoute } from '@/app/api/studio/quizzes/[id]/leads/csv/route';
import { GET as getLeadsRoute } from '@/app/api/studio/quizzes/[id]/leads/route';
import { POST as importQuiz } from '@/app/api/studio/quizzes/import/route';
import { POST as createQuiz } from '@/app/api/studio/quizzes/route';
import { GET as getRetention, PUT as saveRetention } from '@/app/api/studio/retention/route';
import { POST as upload } from '@/app/api/studio/uploads/route';
import { GET as getWorkspaceSettings, PUT as saveWorkspaceSettings } from '@/app/api/studio/workspace-settings/route';
import { POST as switchWorkspace } from '@/app/api/studio/workspace/route';
import { toLocalPath } from '@/app/_lib/studio';
import { GET as getDashboard } from '@/app/api/studio/analytics/route';
import { GET as getForest } from '@/app/api/studio/analytics/forest/route';
import { GET as getLiveRevisions } from '@/app/api/studio/analytics/live/route';
import { createWorkspaceApiKey, listWorkspaceApiKeys } from '@/db/api-keys';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { countWinCodes, getPublishedGame, listLeads, saveLead } from '@/db/games';
import { acceptInvite as joinWithInvite, createInvite as makeInvite, listMemberships, listMembers as membersOf } from '@/db/members';
import { getPublishedQuiz } from '@/db/queries';
import { getStudioQuiz } from '@/db/studio-queries';
import { quizzes, workspaces } from '@/db/schema';
import type { WorkspaceRole } from '@/lib/roles';

// Every studio API route, tried by four people: nobody signed in (401), a member of ANOTHER workspace using this
// workspace's ids (404, the same answer as for ids that do not exist), a viewer of this workspace (reads pass,
// writes 403), and a cross-site page riding the owner's session (403). A new route is one row of `routes`; a
// route file or method without a row fails the coverage test at the bottom.

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response> | Response;
type Session = { cookie: string; userId: string };
type Ids = { workspaceId: string; quizId: string; slug: string; memberUserId: string; inviteId: string; inviteToken: string; draft: unknown; apiKeyId: string; gameId: string; leadId: string };
type Call<P> = { path: string; params: P; body?: unknown; multipart?: Record<string, string | Blob> };
type RouteDefinition<P> = {
  file: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  handler: Handler<P>;
  /** the least role that may call it; null when it is not about a workspace (the UI language, invite acceptance) */
  minRole: WorkspaceRole | null;
  /** false for the one route used before signing in: the UI language of the sign-in page */
  needsSession?: boolean;
  call: (ids: Ids) => Call<P>;
};
type RouteCase = Omit<RouteDefinition<unknown>, 'handler' | 'call'> & { call: (ids: Ids) => Omit<Call<unknown>, 'params'>; invoke: (request: NextRequest) => Promise<Response> | Response };

/** One row of the table: the handler keeps its own params type, and `invoke` calls it with this row's params. */
function route<P>(definition: RouteDefinition<P>): RouteCase {
  const { handler, call, ...rest } = definition;
  return { ...rest, call, invoke: (request) => handler(request, { params: Promise.resolve(call(ids).params) }) };
}

const host = 'localhost';
const password = 'a long enough password';
const people: Record<'owner' | 'outsider' | 'viewer', Session> = { owner: { cookie: '', userId: '' }, outsider: { cookie: '', userId: '' }, viewer: { cookie: '', userId: '' } };
const ids: Ids = { workspaceId: '', quizId: '', slug: 'which-explorer', memberUserId: '', inviteId: '', inviteToken: '', draft: null, apiKeyId: '', gameId: '', leadId: '' };
const enc = encodeURIComponent;

const routes: RouteCase[] = [
  route({ file: 'app/api/quizzes/[slug]/stats/route.ts', method: 'GET', handler: getStats, minRole: 'viewer', call: (i) => ({ path: `/api/quizzes/${i.slug}/stats`, params: { slug: i.slug } }) }),
  route({ file: 'app/api/studio/workspace/route.ts', method: 'POST', handler: switchWorkspace, minRole: 'viewer', call: (i) => ({ path: '/api/studio/workspace', params: {}, body: { workspaceId: i.workspaceId } }) }),
  route({ file: 'app/api/studio/members/route.ts', method: 'GET', handler: listMembers, minRole: 'owner', call: (i) => ({ path: `/api/studio/members?workspaceId=${enc(i.workspaceId)}`, params: {} }) }),
  route({ file: 'app/api/studio/members/[userId]/route.ts', method: 'PATCH', handler: changeRole, minRole: 'owner', call: (i) => ({ path: `/api/studio/members/${i.memberUserId}`, params: { userId: i.memberUserId }, body: { workspaceId: i.workspaceId, role: 'owner' } }) }),
  route({ file: 'app/api/studio/members/[userId]/route.ts', method: 'DELETE', handler: removeMember, minRole: 'owner', call: (i) => ({ path: `/api/studio/members/${i.memberUserId}?workspaceId=${enc(i.workspaceId)}`, params: { userId: i.memberUserId } }) }),
  route({ file: 'app/api/studio/invites/route.ts', method: 'GET', handler: listInvites, minRole: 'owner', call: (i) => ({ path: `/api/studio/invites?workspaceId=${enc(i.workspaceId)}`, params: {} }) }),
  route({ file: 'app/api/studio/invites/route.ts', method: 'POST', handler: createInvite, minRole: 'owner', call: (i) => ({ path: '/api/studio/invites', params: {}, body: { workspaceId: i.workspaceId, role: 'owner', expiresInDays: 7 } }) }),
  route({ file: 'app/api/studio/invites/[inviteId]/route.ts', method: 'DELETE', handler: revokeInvite, minRole: 'owner', call: (i) => ({ path: `/api/studio/invites/${i.inviteId}?workspaceId=${enc(i.workspaceId)}`, params: { inviteId: i.inviteId } }) }),
  route({ file: 'app/api/studio/invites/accept/route.ts', method: 'POST', handler: acceptInvite, minRole: null, call: (i) => ({ path: '/api/studio/invites/accept', params: {}, body: { token: i.inviteToken } }) }),
  route({ file: 'app/api/studio/locale/route.ts', method: 'POST', handler: setLocale, minRole: null, needsSession: false, call: () => ({ path: '/api/studio/locale', params: {}, body: { locale: 'ar' } }) }),
  route({ file: 'app/api/studio/quizzes/route.ts', method: 'POST', handler: createQuiz, minRole: 'editor', call: (i) => ({ path: '/api/studio/quizzes', params: {}, body: { kind: 'poll', locale: 'en', workspaceId: i.workspaceId } }) }),
  route({ file: 'app/api/studio/quizzes/import/route.ts', method: 'POST', handler: importQuiz, minRole: 'editor', call: (i) => ({ path: '/api/studio/quizzes/import', params: {}, body: { workspaceId: i.workspaceId, quiz: i.draft } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/route.ts', method: 'GET', handler: getQuiz, minRole: 'viewer', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}`, params: { id: i.quizId } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/route.ts', method: 'DELETE', handler: deleteQuiz, minRole: 'editor', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}`, params: { id: i.quizId }, body: { confirm: i.slug } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/draft/route.ts', method: 'PUT', handler: saveDraft, minRole: 'editor', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/draft`, params: { id: i.quizId }, body: i.draft }) }),
  route({ file: 'app/api/studio/quizzes/[id]/publish/route.ts', method: 'POST', handler: publishQuiz, minRole: 'editor', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/publish`, params: { id: i.quizId } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/archive/route.ts', method: 'POST', handler: archiveQuiz, minRole: 'editor', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/archive`, params: { id: i.quizId }, body: { isArchived: true } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/campaign/route.ts', method: 'GET', handler: getCampaign, minRole: 'viewer', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/campaign`, params: { id: i.quizId } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/campaign/route.ts', method: 'PATCH', handler: patchCampaign, minRole: 'editor', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/campaign`, params: { id: i.quizId }, body: { action: 'stop' } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/duplicate/route.ts', method: 'POST', handler: duplicateQuiz, minRole: 'editor', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/duplicate`, params: { id: i.quizId } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/versions/route.ts', method: 'GET', handler: getVersions, minRole: 'viewer', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/versions`, params: { id: i.quizId } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/checks/route.ts', method: 'GET', handler: getChecks, minRole: 'viewer', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/checks`, params: { id: i.quizId } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/checks/route.ts', method: 'POST', handler: runChecks, minRole: 'viewer', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/checks`, params: { id: i.quizId }, body: { definition: i.draft } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/preview-card/route.ts', method: 'POST', handler: previewCard, minRole: 'viewer', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/preview-card`, params: { id: i.quizId }, body: { definition: i.draft } }) }),
  route({ file: 'app/api/studio/workspace-settings/route.ts', method: 'GET', handler: getWorkspaceSettings, minRole: 'viewer', call: (i) => ({ path: `/api/studio/workspace-settings?workspaceId=${enc(i.workspaceId)}`, params: {} }) }),
  route({ file: 'app/api/studio/workspace-settings/route.ts', method: 'PUT', handler: saveWorkspaceSettings, minRole: 'editor', call: (i) => ({ path: '/api/studio/workspace-settings', params: {}, body: { workspaceId: i.workspaceId, blockedWords: ['spam'] } }) }),
  route({ file: 'app/api/studio/embed/route.ts', method: 'GET', handler: getEmbedOrigins, minRole: 'viewer', call: (i) => ({ path: `/api/studio/embed?workspaceId=${enc(i.workspaceId)}`, params: {} }) }),
  route({ file: 'app/api/studio/embed/route.ts', method: 'PUT', handler: saveEmbedOrigins, minRole: 'editor', call: (i) => ({ path: '/api/studio/embed', params: {}, body: { workspaceId: i.workspaceId, origins: ['https://evil.example'] } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/embed/route.ts', method: 'GET', handler: getQuizEmbed, minRole: 'viewer', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/embed`, params: { id: i.quizId } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/embed/route.ts', method: 'PATCH', handler: patchQuizEmbed, minRole: 'editor', call: (i) => ({ path: `/api/studio/quizzes/${i.quizId}/embed`, params: { id: i.quizId }, body: { shareLanding: 'host' } }) }),
  route({ file: 'app/api/studio/api-keys/route.ts', method: 'GET', handler: listApiKeys, minRole: 'viewer', call: (i) => ({ path: `/api/studio/api-keys?workspaceId=${enc(i.workspaceId)}`, params: {} }) }),
  route({ file: 'app/api/studio/api-keys/route.ts', method: 'POST', handler: createApiKey, minRole: 'owner', call: (i) => ({ path: '/api/studio/api-keys', params: {}, body: { workspaceId: i.workspaceId, name: 'Intruder' } }) }),
  route({ file: 'app/api/studio/api-keys/[keyId]/route.ts', method: 'DELETE', handler: revokeApiKey, minRole: 'owner', call: (i) => ({ path: `/api/studio/api-keys/${i.apiKeyId}?workspaceId=${enc(i.workspaceId)}`, params: { keyId: i.apiKeyId } }) }),
  route({ file: 'app/api/studio/retention/route.ts', method: 'GET', handler: getRetention, minRole: 'viewer', call: (i) => ({ path: `/api/studio/retention?workspaceId=${enc(i.workspaceId)}`, params: {} }) }),
  route({ file: 'app/api/studio/retention/route.ts', method: 'PUT', handler: saveRetention, minRole: 'owner', call: (i) => ({ path: '/api/studio/retention', params: {}, body: { workspaceId: i.workspaceId, retentionDays: 1 } }) }),
  route({ file: 'app/api/studio/analytics/route.ts', method: 'GET', handler: getDashboard, minRole: 'viewer', call: (i) => ({ path: `/api/studio/analytics?quiz=${enc(i.quizId)}`, params: {} }) }),
  route({ file: 'app/api/studio/analytics/forest/route.ts', method: 'GET', handler: getForest, minRole: 'viewer', call: (i) => ({ path: `/api/studio/analytics/forest?quiz=${enc(i.quizId)}`, params: {} }) }),
  route({ file: 'app/api/studio/analytics/live/route.ts', method: 'GET', handler: getLiveRevisions, minRole: 'viewer', call: (i) => ({ path: `/api/studio/analytics/live?quiz=${enc(i.quizId)}`, params: {} }) }),
  route({ file: 'app/api/studio/analytics/export/players.csv/route.ts', method: 'GET', handler: exportPlayersCsv, minRole: 'viewer', call: (i) => ({ path: `/api/studio/analytics/export/players.csv?quiz=${enc(i.quizId)}`, params: {} }) }),
  route({ file: 'app/api/studio/analytics/export/daily.csv/route.ts', method: 'GET', handler: exportDailyCsv, minRole: 'viewer', call: (i) => ({ path: `/api/studio/analytics/export/daily.csv?quiz=${enc(i.quizId)}`, params: {} }) }),
  route({ file: 'app/api/studio/analytics/export/daily.json/route.ts', method: 'GET', handler: exportDailyJson, minRole: 'viewer', call: (i) => ({ path: `/api/studio/analytics/export/daily.json?quiz=${enc(i.quizId)}`, params: {} }) }),
  route({ file: 'app/api/studio/analytics/export/players.csv/route.ts', method: 'GET', handler: exportPlayersCsv, minRole: 'viewer', call: (i) => ({ path: `/api/studio/analytics/export/players.csv?workspaceId=${enc(i.workspaceId)}`, params: {} }) }),
  route({ file: 'app/api/studio/analytics/export/daily.csv/route.ts', method: 'GET', handler: exportDailyCsv, minRole: 'viewer', call: (i) => ({ path: `/api/studio/analytics/export/daily.csv?workspaceId=${enc(i.workspaceId)}`, params: {} }) }),
  route({ file: 'app/api/studio/analytics/export/daily.json/route.ts', method: 'GET', handler: exportDailyJson, minRole: 'viewer', call: (i) => ({ path: `/api/studio/analytics/export/daily.json?workspaceId=${enc(i.workspaceId)}`, params: {} }) }),
  // Mini-games: a game's leads (e-mails: editors and owners only) and win codes.
  route({ file: 'app/api/studio/quizzes/[id]/leads/route.ts', method: 'GET', handler: getLeadsRoute, minRole: 'editor', call: (i) => ({ path: `/api/studio/quizzes/${i.gameId}/leads`, params: { id: i.gameId } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/leads/csv/route.ts', method: 'GET', handler: getLeadsCsvRoute, minRole: 'editor', call: (i) => ({ path: `/api/studio/quizzes/${i.gameId}/leads/csv`, params: { id: i.gameId } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/leads/[leadId]/route.ts', method: 'DELETE', handler: deleteLeadRoute, minRole: 'editor', call: (i) => ({ path: `/api/studio/quizzes/${i.gameId}/leads/${i.leadId}`, params: { id: i.gameId, leadId: i.leadId } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/codes/route.ts', method: 'GET', handler: getWinCodes, minRole: 'viewer', call: (i) => ({ path: `/api/studio/quizzes/${i.gameId}/codes`, params: { id: i.gameId } }) }),
  route({ file: 'app/api/studio/quizzes/[id]/codes/route.ts', method: 'POST', handler: importCodes, minRole: 'editor', call: (i) => ({ path: `/api/studio/quizzes/${i.gameId}/codes`, params: { id: i.gameId }, body: { prizeId: 'bottle', codes: 'INTRUDER-1' } }) }),
  route({
    file: 'app/api/studio/uploads/route.ts',
    method: 'POST',
    handler: upload,
    minRole: 'editor',
    call: (i) => ({ path: '/api/studio/uploads', params: {}, multipart: { quizId: i.quizId, file: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }) } }),
  }),
];

const label = (route: RouteCase) => `${route.method} ${route.file.replace(/^app/, '').replace(/\/route\.ts$/, '')}`;
const isMutation = (route: RouteCase) => route.method !== 'GET';

/** A request as a browser on Ripple's own pages would send it (same Origin), unless `headers` say otherwise. */
function send(route: RouteCase, session: Session | null, headers: Record<string, string> = {}) {
  const call = route.call(ids);
  const init: Record<string, string> = { host, ...(isMutation(route) ? { origin: `http://${host}` } : {}), ...(session ? { cookie: session.cookie } : {}), ...headers };
  let body: BodyInit | undefined;
  if (call.multipart) {
    const form = new FormData();
    for (const [key, value] of Object.entries(call.multipart)) form.append(key, value);
    body = form;
  } else if (call.body !== undefined) {
    body = JSON.stringify(call.body);
    init['content-type'] = 'application/json';
  }
  const request = new NextRequest(`http://${host}${call.path}`, { method: route.method, headers: init, body });
  return route.invoke(request);
}

async function errorOf(response: Response) {
  const body = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string } };
  return { status: response.status, code: body.error?.code, message: body.error?.message };
}

async function signUp(email: string, name: string): Promise<Session> {
  const { headers, response } = await getAuth().api.signUpEmail({ body: { email, password, name }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, userId: response.user.id };
}

beforeAll(async () => {
  // The first account of the install owns the demo workspace: its ids are the ones everybody else tries.
  people.owner = await signUp('owner@example.com', 'Olivia');
  people.outsider = await signUp('outsider@example.com', 'Omar');
  people.viewer = await signUp('viewer@example.com', 'Vera');
  const db = getDb();
  ids.workspaceId = db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, 'demo')).get()?.id ?? '';
  const quiz = getPublishedQuiz(db, ids.slug);
  ids.quizId = quiz?.id ?? '';
  ids.draft = getStudioQuiz(db, ids.quizId)?.draft;
  const now = Date.now();
  const join = makeInvite(db, { workspaceId: ids.workspaceId, role: 'viewer', createdBy: people.owner.userId, expiresAt: now + 60_000, now });
  expect(joinWithInvite(db, { token: join.token, userId: people.viewer.userId, now })).toMatchObject({ ok: true, role: 'viewer' });
  ids.memberUserId = people.viewer.userId;
  const open = makeInvite(db, { workspaceId: ids.workspaceId, role: 'editor', createdBy: people.owner.userId, expiresAt: now + 60_000, now });
  ids.inviteId = open.id;
  ids.inviteToken = open.token;
  const key = createWorkspaceApiKey(db, { workspaceId: ids.workspaceId, name: 'Reporting', createdBy: people.owner.userId, now });
  ids.apiKeyId = key.ok ? key.id : '';
  const game = getPublishedGame(db, 'spin-to-win');
  ids.gameId = game?.id ?? '';
  const lead = saveLead(db, { quizId: ids.gameId, visitorId: 'lead-visitor-0001', email: 'lead@example.com', consentText: game?.definition.leadCapture.consentText ?? '', now });
  ids.leadId = lead.ok ? lead.leadId : '';
  expect(ids.workspaceId && ids.quizId && ids.draft && ids.gameId && ids.leadId).toBeTruthy();
  // The outsider owns a workspace of their own, and nothing of the demo.
  expect(listMemberships(db, people.outsider.userId).map((m) => m.role)).toEqual(['owner']);
});

describe.each(routes.map((route) => ({ route, name: label(route) })))('$name', ({ route }) => {
  it.runIf(route.needsSession !== false)('answers 401 without a session', async () => {
    expect(await errorOf(await send(route, null))).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it.runIf(route.minRole !== null)('answers 404 to a member of another workspace using this workspace’s ids', async () => {
    expect(await errorOf(await send(route, people.outsider))).toMatchObject({ status: 404, code: 'not_found' });
  });

  it.runIf(route.minRole !== null)(route.minRole === 'viewer' ? 'lets a viewer of the workspace read' : 'answers 403 to a viewer of the workspace', async () => {
    const response = await send(route, people.viewer);
    if (route.minRole === 'viewer') expect(response.status).toBeLessThan(300);
    else expect(await errorOf(response)).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it.runIf(isMutation(route))('refuses a cross-site request riding the owner’s session with 403', async () => {
    const fromEvil = await errorOf(await send(route, people.owner, { origin: 'https://evil.example' }));
    expect(fromEvil).toMatchObject({ status: 403, code: 'forbidden', message: expect.stringMatching(/cross-site/i) });
    // Without an Origin header, the browser's Fetch Metadata still gives a cross-site form post away.
    const noOrigin = await errorOf(await send(route, people.owner, { origin: '', 'sec-fetch-site': 'cross-site' }));
    expect(noOrigin).toMatchObject({ status: 403, message: expect.stringMatching(/cross-site/i) });
  });
});

describe('what the refused requests left behind', () => {
  it('changed nothing: the demo still has its quiz, its members and their roles', () => {
    const db = getDb();
    expect(getPublishedQuiz(db, ids.slug)?.id).toBe(ids.quizId);
    expect(getStudioQuiz(db, ids.quizId)?.archivedAt).toBeNull();
    expect(getStudioQuiz(db, ids.quizId)?.stoppedAt).toBeNull();
    expect(db.select({ words: workspaces.blockedWords }).from(workspaces).where(eq(workspaces.id, ids.workspaceId)).get()?.words).toBeNull();
    // No site was allowed to frame the demo's games, and its share links still land on Ripple.
    expect(db.select({ origins: workspaces.embedOrigins }).from(workspaces).where(eq(workspaces.id, ids.workspaceId)).get()?.origins).toEqual([]);
    expect(db.select({ landing: quizzes.shareLanding }).from(quizzes).where(eq(quizzes.id, ids.quizId)).get()?.landing).toBe('ripple');
    expect(db.select({ days: workspaces.retentionDays }).from(workspaces).where(eq(workspaces.id, ids.workspaceId)).get()?.days).toBeNull();
    expect(listWorkspaceApiKeys(db, ids.workspaceId).map((k) => [k.name, k.revokedAt])).toEqual([['Reporting', null]]);
    // The game's lead is still there, and nobody slipped codes into its prizes.
    expect(listLeads(db, ids.gameId).map((l) => l.email)).toEqual(['lead@example.com']);
    expect(countWinCodes(db, ids.gameId)).toEqual([]);
    expect(membersOf(db, ids.workspaceId).map((m) => [m.userId, m.role])).toEqual([
      [people.owner.userId, 'owner'],
      [people.viewer.userId, 'viewer'],
    ]);
  });
});

describe('the owner, for contrast', () => {
  it('reads every read route of their workspace', async () => {
    for (const route of routes.filter((r) => r.method === 'GET')) expect((await send(route, people.owner)).status, label(route)).toBe(200);
  });
});

describe("Better Auth's own endpoints", () => {
  const authCall = (path: string, body: unknown, headers: Record<string, string>) =>
    authPost(new NextRequest(`http://${host}/api/auth/${path}`, { method: 'POST', headers: { host, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));

  it.each([
    { label: 'sign-in', path: 'sign-in/email', body: { email: 'owner@example.com', password }, withSession: false },
    { label: 'sign-up', path: 'sign-up/email', body: { email: 'csrf@example.com', password, name: 'Mallory' }, withSession: false },
    { label: 'sign-out', path: 'sign-out', body: {}, withSession: true },
    { label: 'change-password', path: 'change-password', body: { currentPassword: password, newPassword: 'hijacked password!!' }, withSession: true },
  ])('refuses a foreign origin on $label with 403', async ({ path, body, withSession }) => {
    const response = await authCall(path, body, { origin: 'https://evil.example', ...(withSession ? { cookie: people.owner.cookie } : {}) });
    expect(response.status).toBe(403);
  });

  it('still accepts its own origin, and the refused password change did not happen', async () => {
    const response = await authCall('sign-in/email', { email: 'owner@example.com', password }, { origin: `http://${host}` });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().join()).toMatch(/ripple\.session_token=/);
    const hijacked = await authCall('sign-in/email', { email: 'owner@example.com', password: 'hijacked password!!' }, { origin: `http://${host}` });
    expect(hijacked.status).toBe(401);
  });
});

describe('sign-in redirects stay on this site', () => {
  it.each([
    { next: '/studio/q/abc?tab=brand', expected: '/studio/q/abc?tab=brand' },
    { next: '/invite/tok_EN-123', expected: '/invite/tok_EN-123' },
    { next: '/studio/../stats/x', expected: '/stats/x' },
    { next: 'https://evil.example/studio', expected: '/studio' },
    { next: '//evil.example/studio', expected: '/studio' },
    { next: '/\\evil.example', expected: '/studio' },
    { next: '/%2F%2Fevil.example', expected: '/%2F%2Fevil.example' },
    { next: 'javascript:alert(1)', expected: '/studio' },
    { next: '/studio\n/x', expected: '/studio' },
    { next: 'studio', expected: '/studio' },
    { next: '', expected: '/studio' },
    { next: null, expected: '/studio' },
  ])('$next → $expected', ({ next, expected }) => {
    expect(toLocalPath(next)).toBe(expected);
  });
});

describe('coverage of the table', () => {
  function listRouteFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? listRouteFiles(path) : entry === 'route.ts' ? [path] : [];
    });
  }

  it('has a row for every method of every studio route (add one for each new route)', () => {
    const root = process.cwd();
    const files = [...listRouteFiles(join(root, 'app/api/studio')), join(root, 'app/api/quizzes/[slug]/stats/route.ts')];
    const exported = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${relative(root, file)}`));
    const covered = new Set(routes.map((r) => `${r.method} ${r.file}`));
    expect(exported.filter((entry) => !covered.has(entry))).toEqual([]);
  });
});
