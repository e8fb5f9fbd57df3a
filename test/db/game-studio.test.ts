import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/client';
import { getPublishedGame, importWinCodes, listLeads, playGame, saveLead } from '@/db/games';
import { leads, quizVersions, quizzes, winCodes } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { createStudioQuiz, deleteQuizData, duplicateQuiz, getQuizKind, getStudioQuiz, getVersionHistory, publishQuiz, saveQuizDraft, validateDraft } from '@/db/studio-queries';
import { parseGameDraft, type GameDraft } from '@/lib/games/game-schema';
import { isStudioGame, type StudioGame } from '@/lib/studio-quiz';
import { gameTemplates } from '@/lib/templates';
import { createRandomId, createShareToken } from '@/lib/tokens';

// The studio side of mini-games in the database: a game is created from a template, its draft saved and read
// back as a game's, validated against the game schemas, published as a version the players' pages read,
// duplicated and deleted with everything recorded about it.

const t0 = Date.UTC(2026, 3, 1, 10);
const secret = 'game-studio-test-secret-0123456789-abcdef';
let db: Db;
let workspaceId: string;

function template(id: string): GameDraft {
  const found = gameTemplates.find((t) => t.id === id);
  const parsed = parseGameDraft(structuredClone(found?.definition));
  if (!parsed.ok) throw new Error(`no game template ${id}`);
  return parsed.draft;
}

function createFrom(id: string, slugBase: string) {
  return createStudioQuiz(db, { id: createRandomId(), workspaceId, draft: template(id), slugBase, randomSlugPart: () => 'x1y2z3', now: t0 });
}

function studioGame(quizId: string): StudioGame {
  const item = getStudioQuiz(db, quizId);
  if (!item || !isStudioGame(item)) throw new Error('not a game');
  return item;
}

beforeEach(() => {
  db = openDb(join(mkdtempSync(join(tmpdir(), 'ripple-db-')), 'ripple.db'));
  seedDemo(db);
  workspaceId = db.select({ id: quizzes.workspaceId }).from(quizzes).where(eq(quizzes.slug, 'which-explorer')).get()?.id ?? '';
});

describe('a game in the studio', () => {
  it('is created from a template as a never-published game of its kind, and read back with its draft', () => {
    const { id, slug } = createFrom('wheel-coffee-treat', 'spin-for-a-treat');
    expect(slug).toBe('spin-for-a-treat');
    const game = studioGame(id);
    expect(game).toMatchObject({ kind: 'wheel', status: 'draft', title: 'Spin for a treat', publishedVersionId: null, publishedVersion: null, workspaceId });
    expect(game.draft).toEqual(template('wheel-coffee-treat'));
    expect(getQuizKind(db, id)).toBe('wheel');
    expect(validateDraft(game.draft)).toEqual([]);
  });

  it('saves a draft with its title, and reads it back as the game draft schema has it', () => {
    const { id } = createFrom('scratch-perfume-ar', 'imsah');
    const draft = template('scratch-perfume-ar');
    const changed: GameDraft = { ...draft, title: 'امسح واربح هديتك', prizes: draft.prizes.map((p, i) => (i === 0 ? { ...p, odds: 35, stockPerDay: 25 } : p)) };
    expect(saveQuizDraft(db, id, changed, t0 + 1000)).toBe(true);
    const game = studioGame(id);
    expect(game.title).toBe('امسح واربح هديتك');
    expect(game.draftUpdatedAt).toBe(t0 + 1000);
    expect(game.draft.prizes[0]).toMatchObject({ odds: 35, stockPerDay: 25 });
  });

  it('gives field errors for a draft that is not ready, and the game schema’s for a wrong one', () => {
    const draft = template('wheel-coffee-treat');
    const incomplete = { ...draft, title: '', segments: draft.kind === 'wheel' ? draft.segments.slice(0, 2) : [], leadCapture: { isEnabled: true, consentText: '' } };
    expect(parseGameDraft(incomplete).ok).toBe(true); // work in progress can be saved…
    const paths = validateDraft(incomplete).map((i) => i.path);
    // …but it is not a game yet: each problem is named by its field.
    expect(paths).toEqual(expect.arrayContaining(['title', 'segments', 'leadCapture.consentText']));
    const wrong = parseGameDraft({ ...draft, prizes: [{ ...draft.prizes[0], odds: -1 }] });
    expect(wrong.ok ? [] : wrong.issues.map((i) => i.path)).toEqual(['prizes.0.odds']);
  });

  it('publishes only a complete game, as a version that the players’ pages read', () => {
    const { id, slug } = createFrom('wheel-coffee-treat', 'treat-wheel');
    const draft = template('wheel-coffee-treat');
    saveQuizDraft(db, id, { ...draft, prizePool: ['coffee', 'pastry'] }, t0 + 10);
    const refused = publishQuiz(db, { quizId: id, now: t0 + 20, newId: createRandomId });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.issues?.map((i) => i.path)).toEqual(['prizes.2.id']); // 10% off is in no pool
    expect(getPublishedGame(db, slug)).toBeUndefined();

    saveQuizDraft(db, id, { ...draft, title: 'Spin for a coffee' }, t0 + 30);
    const published = publishQuiz(db, { quizId: id, now: t0 + 40, newId: createRandomId });
    expect(published).toMatchObject({ ok: true, version: 1 });
    const game = getPublishedGame(db, slug);
    expect(game?.definition).toMatchObject({ kind: 'wheel', title: 'Spin for a coffee', prizePool: ['coffee', 'pastry', 'off-10'] });
    expect(game?.version).toBe(1);
    expect(studioGame(id)).toMatchObject({ status: 'published', publishedVersion: 1, kind: 'wheel' });
    const history = getVersionHistory(db, id);
    expect(history?.versions.map((v) => v.version)).toEqual([1]);
    expect(history?.isDraftChanged).toBe(false);

    // A played version stays as it was; the next publish is version 2.
    const play = playGame(db, { quizId: id, visitorId: 'visitor-game-studio-1', requestId: 'req-0001', now: t0 + 50, random: () => 0.01, newToken: () => createShareToken(secret) });
    expect(play.ok).toBe(false); // leads are on: an e-mail first
    saveQuizDraft(db, id, { ...draft, title: 'Spin again' }, t0 + 60);
    expect(getVersionHistory(db, id)?.isDraftChanged).toBe(true);
    expect(publishQuiz(db, { quizId: id, now: t0 + 70, newId: createRandomId })).toMatchObject({ ok: true, version: 2 });
    expect(getPublishedGame(db, slug)?.definition.title).toBe('Spin again');
  });

  it('stays a game: its published version is read back with the game schema when the draft is unreadable', () => {
    const { id } = createFrom('scratch-books-en', 'scratch-read');
    publishQuiz(db, { quizId: id, now: t0 + 10, newId: createRandomId });
    db.update(quizzes).set({ draft: { nonsense: true } }).where(eq(quizzes.id, id)).run();
    expect(studioGame(id).draft.title).toBe('Scratch & read');
  });

  it('is duplicated as a new, never-published game of the same kind with its draft', () => {
    const { id } = createFrom('scratch-perfume-ar', 'perfume');
    publishQuiz(db, { quizId: id, now: t0 + 10, newId: createRandomId });
    const copy = duplicateQuiz(db, { quizId: id, title: 'نسخة من امسح واربح عطرك', now: t0 + 20, newId: createRandomId, chooseSlug: () => 'perfume-copy' });
    expect(copy?.slug).toBe('perfume-copy');
    const game = studioGame(copy?.id ?? '');
    expect(game).toMatchObject({ kind: 'scratch', status: 'draft', publishedVersionId: null, title: 'نسخة من امسح واربح عطرك' });
    expect(game.draft.prizes).toEqual(template('scratch-perfume-ar').prizes);
    expect(publishQuiz(db, { quizId: game.id, now: t0 + 30, newId: createRandomId })).toMatchObject({ ok: true, version: 1 });
  });

  it('is deleted with its versions, plays, codes and leads', () => {
    const { id } = createFrom('wheel-coffee-treat', 'doomed-wheel');
    publishQuiz(db, { quizId: id, now: t0 + 10, newId: createRandomId });
    const consentText = template('wheel-coffee-treat').leadCapture.consentText;
    expect(saveLead(db, { quizId: id, visitorId: 'visitor-doomed-0001', email: 'sara@example.com', consentText, now: t0 + 20 })).toMatchObject({ ok: true });
    expect(playGame(db, { quizId: id, visitorId: 'visitor-doomed-0001', requestId: 'req-doomed-1', now: t0 + 30, random: () => 0.01, newToken: () => createShareToken(secret) })).toMatchObject({ ok: true });
    importWinCodes(db, { quizId: id, prizeId: 'coffee', codes: ['FREE-1', 'FREE-2'], now: t0 + 40 });
    expect(listLeads(db, id)).toHaveLength(1);

    expect(deleteQuizData(db, id, [])).toBe(true);
    expect(getStudioQuiz(db, id)).toBeUndefined();
    expect(db.select().from(quizVersions).where(eq(quizVersions.quizId, id)).all()).toEqual([]);
    expect(db.select().from(leads).where(eq(leads.quizId, id)).all()).toEqual([]);
    expect(db.select().from(winCodes).where(eq(winCodes.quizId, id)).all()).toEqual([]);
  });

  it('leaves quizzes as they were: a quiz draft is still checked against the quiz schema', () => {
    const quizId = db.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.slug, 'which-explorer')).get()?.id ?? '';
    const quiz = getStudioQuiz(db, quizId);
    expect(quiz && !isStudioGame(quiz) ? quiz.kind : null).toBe('personality');
    expect(validateDraft(quiz?.draft)).toEqual([]);
    expect(validateDraft({ ...quiz?.draft, questions: [] }).map((i) => i.path)).toContain('questions');
  });
});
