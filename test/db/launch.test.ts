import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/client';
import { completePlay, getPlayerCampaign, getPublishedQuiz, getResultView, listPublishedQuizzes, openShareLink, putCachedCard, recordShareIntent, recordView, startCampaignPlayer, type PublishedQuiz } from '@/db/queries';
import { cards, quizVersions, quizzes, results } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { deleteQuizData, duplicateQuiz, getStudioCampaign, getStudioQuiz, getVersionHistory, listQuizResultIds, publishQuiz, saveCampaignSettings, setQuizArchivedAt } from '@/db/studio-queries';
import { scoreQuiz, type AnswerSheet } from '@/lib/scoring';
import { createRandomId, createShareToken } from '@/lib/tokens';

const secret = 'launch-test-secret-0123456789-abcdefghij';
const t0 = Date.UTC(2026, 2, 1, 9);
const explorerSheet: AnswerSheet = { morning: ['climb'], bag: ['rope'], lost: ['keep'], souvenir: ['scar'], trip: ['arctic'] };

let db: Db;
let quiz: PublishedQuiz;

beforeEach(() => {
  db = openDb(join(mkdtempSync(join(tmpdir(), 'ripple-db-')), 'ripple.db'));
  seedDemo(db);
  const found = getPublishedQuiz(db, 'which-explorer');
  if (!found) throw new Error('demo quiz missing');
  quiz = found;
});

function setDraft(quizId: string, change: (draft: Record<string, unknown>) => Record<string, unknown>) {
  const row = db.select({ draft: quizzes.draft }).from(quizzes).where(eq(quizzes.id, quizId)).get();
  db.update(quizzes)
    .set({ draft: change(row?.draft as Record<string, unknown>) })
    .where(eq(quizzes.id, quizId))
    .run();
}

function play(visitorId: string, now = t0) {
  const current = getPublishedQuiz(db, 'which-explorer');
  if (!current) throw new Error('not published');
  startCampaignPlayer(db, { quizId: current.id, visitorId, now });
  return completePlay(db, { quiz: current, visitorId, name: 'Sara', sheet: explorerSheet, score: scoreQuiz(current.definition, explorerSheet), now, newToken: () => createShareToken(secret) });
}

describe('publishing', () => {
  it('makes a new immutable version each time, and results keep the version they were played on', () => {
    const { resultId: before } = play('visitor-before-republish-01');
    setDraft(quiz.id, (draft) => ({ ...draft, title: 'Which explorer are you, really?' }));
    expect(getPublishedQuiz(db, 'which-explorer')?.definition.title).toBe('Which explorer are you?'); // the draft is not live

    const outcome = publishQuiz(db, { quizId: quiz.id, now: t0 + 1000, newId: createRandomId });
    expect(outcome).toMatchObject({ ok: true, version: 2 });
    const live = getPublishedQuiz(db, 'which-explorer');
    expect(live?.version).toBe(2);
    expect(live?.definition.title).toBe('Which explorer are you, really?');
    expect(getStudioQuiz(db, quiz.id)?.title).toBe('Which explorer are you, really?');

    // Version 1 is untouched, and the old result still shows the old title.
    const v1 = db.select({ definition: quizVersions.definition }).from(quizVersions).where(eq(quizVersions.id, quiz.versionId)).get();
    expect((v1?.definition as { title: string }).title).toBe('Which explorer are you?');
    expect(getResultView(db, before)?.versionId).toBe(quiz.versionId);
    expect(getResultView(db, before)?.summary.definition.title).toBe('Which explorer are you?');

    const { resultId: after } = play('visitor-after-republish-02');
    expect(getResultView(db, after)?.summary.definition.title).toBe('Which explorer are you, really?');

    const history = getVersionHistory(db, quiz.id);
    expect(history?.versions.map((v) => [v.version, v.players, v.isPublished])).toEqual([
      [2, 1, true],
      [1, 1, false],
    ]);
    expect(history?.isDraftChanged).toBe(false);
    setDraft(quiz.id, (draft) => ({ ...draft, description: 'Changed again' }));
    expect(getVersionHistory(db, quiz.id)?.isDraftChanged).toBe(true);
  });

  it('publishes nothing from an invalid draft and returns every issue', () => {
    setDraft(quiz.id, (draft) => ({ ...draft, title: '', questions: [] }));
    const outcome = publishQuiz(db, { quizId: quiz.id, now: t0, newId: createRandomId });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.issues?.map((i) => i.path)).toEqual(['title', 'questions']);
    expect(db.select().from(quizVersions).where(eq(quizVersions.quizId, quiz.id)).all()).toHaveLength(1);
    expect(getPublishedQuiz(db, 'which-explorer')?.versionId).toBe(quiz.versionId);
  });

  it('publishes a never-published draft as version 1', () => {
    const copy = duplicateQuiz(db, { quizId: quiz.id, title: 'Copy of Which explorer are you?', now: t0, newId: createRandomId, chooseSlug: () => 'which-explorer-copy-abc123' });
    if (!copy) throw new Error('no copy');
    expect(getPublishedQuiz(db, copy.slug)).toBeUndefined();
    expect(getStudioCampaign(db, copy.id, t0)?.state).toBe('draft');
    expect(publishQuiz(db, { quizId: copy.id, now: t0, newId: createRandomId })).toMatchObject({ ok: true, version: 1 });
    expect(getPublishedQuiz(db, copy.slug)?.definition.title).toBe('Copy of Which explorer are you?');
  });
});

describe('campaign on the player side', () => {
  it('refuses the (cap + 1)-th new player and lets one who started finish', () => {
    saveCampaignSettings(db, quiz.id, { startsAt: null, endsAt: null, pausedAt: null, stoppedAt: null, playerCap: 2, endedMessage: null, endedUrl: null }, t0);
    expect(startCampaignPlayer(db, { quizId: quiz.id, visitorId: 'capped-visitor-000001', now: t0 })).toMatchObject({ ok: true, isNew: true });
    expect(startCampaignPlayer(db, { quizId: quiz.id, visitorId: 'capped-visitor-000002', now: t0 })).toMatchObject({ ok: true, isNew: true });
    expect(startCampaignPlayer(db, { quizId: quiz.id, visitorId: 'capped-visitor-000003', now: t0 })).toEqual({ ok: false, state: 'full' });
    // A second start by someone who started is the same player, not a new one.
    expect(startCampaignPlayer(db, { quizId: quiz.id, visitorId: 'capped-visitor-000002', now: t0 })).toMatchObject({ ok: true, isNew: false });
    expect(getPlayerCampaign(db, { quizId: quiz.id, visitorId: 'capped-visitor-000002', now: t0 })).toMatchObject({ state: 'full', isPlayer: true, isAdmitted: true });
    expect(getPlayerCampaign(db, { quizId: quiz.id, visitorId: 'capped-visitor-000003', now: t0 })).toMatchObject({ state: 'full', isPlayer: false, isAdmitted: false });
    expect(getStudioCampaign(db, quiz.id, t0)).toMatchObject({ players: 2, state: 'full' });
  });

  it.each([
    { label: 'paused', settings: { pausedAt: t0 - 1 }, state: 'paused' },
    { label: 'stopped', settings: { stoppedAt: t0 - 1 }, state: 'ended' },
    { label: 'not started yet', settings: { startsAt: t0 + 1 }, state: 'scheduled' },
    { label: 'past its end', settings: { endsAt: t0 }, state: 'ended' },
  ])('refuses to start a player when $label', ({ settings, state }) => {
    saveCampaignSettings(db, quiz.id, { startsAt: null, endsAt: null, pausedAt: null, stoppedAt: null, playerCap: null, endedMessage: 'See you', endedUrl: 'https://example.com', ...settings }, t0);
    expect(startCampaignPlayer(db, { quizId: quiz.id, visitorId: 'refused-visitor-00001', now: t0 })).toEqual({ ok: false, state });
    expect(getPlayerCampaign(db, { quizId: quiz.id, visitorId: null, now: t0 })).toMatchObject({ state, isAdmitted: false, endedMessage: 'See you', endedUrl: 'https://example.com' });
  });

  it('ends an archived quiz for players and hides it from the home page', () => {
    setQuizArchivedAt(db, quiz.id, t0, t0);
    expect(getPlayerCampaign(db, { quizId: quiz.id, visitorId: null, now: t0 })?.state).toBe('ended');
    expect(listPublishedQuizzes(db).map((q) => q.slug)).not.toContain('which-explorer');
    setQuizArchivedAt(db, quiz.id, null, t0);
    expect(getPlayerCampaign(db, { quizId: quiz.id, visitorId: null, now: t0 })?.state).toBe('live');
  });
});

describe('duplicate', () => {
  it('copies the draft into a new draft quiz of the same workspace, with a new slug', () => {
    setDraft(quiz.id, (draft) => ({ ...draft, description: 'Edited, not published' }));
    const asked: [string, boolean][] = [];
    const chooseSlug = (isTaken: (slug: string) => boolean) => ['which-explorer', 'which-explorer-copy'].find((slug) => (asked.push([slug, isTaken(slug)]), !isTaken(slug))) ?? 'x';
    const copy = duplicateQuiz(db, { quizId: quiz.id, title: 'Copy of Which explorer are you?', now: t0, newId: createRandomId, chooseSlug });
    expect(asked).toEqual([
      ['which-explorer', true],
      ['which-explorer-copy', false],
    ]);
    expect(copy?.slug).toBe('which-explorer-copy');
    const stored = getStudioQuiz(db, copy?.id ?? '');
    expect(stored).toMatchObject({ workspaceId: getStudioQuiz(db, quiz.id)?.workspaceId, status: 'draft', publishedVersionId: null, title: 'Copy of Which explorer are you?' });
    expect(stored?.draft.description).toBe('Edited, not published');
    expect(stored?.draft.title).toBe('Copy of Which explorer are you?');
  });
});

describe('delete', () => {
  it('removes the quiz and every row about it, its cached cards too, and nothing of other quizzes', () => {
    const visitor = 'deleted-visitor-000001';
    recordView(db, { quizId: quiz.id, visitorId: visitor, now: t0 });
    const { resultId } = play(visitor);
    recordShareIntent(db, { resultId, channel: 'whatsapp', visitorId: visitor, isConfirmed: false, now: t0 });
    const token = getResultView(db, resultId)?.tokens.whatsapp ?? '';
    openShareLink(db, { token, visitorId: 'friend-visitor-0000001', visitorKind: 'human', now: t0 });
    openShareLink(db, { token, visitorId: null, visitorKind: 'preview', now: t0 });
    putCachedCard(db, 'og-00000000000000aa', Buffer.from('card of the deleted quiz'), t0);
    putCachedCard(db, 'og-00000000000000bb', Buffer.from('card of another quiz'), t0);
    setDraft(quiz.id, (draft) => ({ ...draft, title: 'v2' }));
    publishQuiz(db, { quizId: quiz.id, now: t0, newId: createRandomId });
    const other = getPublishedQuiz(db, 'ocean-trivia');
    const countRows = (table: string, quizId: string) => db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table} where quiz_id = '${quizId}'`))?.n;
    const tables = ['quiz_versions', 'players', 'results', 'share_links', 'link_clicks', 'touches', 'events'];
    const otherBefore = tables.map((table) => countRows(table, other?.id ?? ''));
    expect(tables.map((table) => countRows(table, quiz.id)).every((n) => (n ?? 0) > 0)).toBe(true);
    expect(listQuizResultIds(db, quiz.id)).toEqual([resultId]);

    expect(deleteQuizData(db, quiz.id, ['og-00000000000000aa'])).toBe(true);
    expect(tables.map((table) => [table, countRows(table, quiz.id)])).toEqual(tables.map((table) => [table, 0]));
    expect(db.select().from(quizzes).where(eq(quizzes.id, quiz.id)).all()).toEqual([]);
    expect(db.select({ hash: cards.hash }).from(cards).all()).toEqual([{ hash: 'og-00000000000000bb' }]);
    expect(tables.map((table) => countRows(table, other?.id ?? ''))).toEqual(otherBefore);
    expect(db.select().from(results).where(eq(results.id, resultId)).all()).toEqual([]);
    expect(deleteQuizData(db, quiz.id, [])).toBe(false);
  });
});
