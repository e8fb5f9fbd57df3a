import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/client';
import { demoGames } from '@/db/demo-games';
import { countWinCodes, deleteLead, getGameResultView, getGameStatus, getGameStock, getLeadsCsv, getPublishedGame, importWinCodes, listLeads, playGame, saveLead, type PlayGameInput } from '@/db/games';
import { getPublishedQuiz, getQuizStats, getResultView, listPublishedQuizzes, openShareLink } from '@/db/queries';
import { gamePlays, leads, players, prizeWins, quizVersions, quizzes, results, winCodes, workspaces } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { createRandom } from '@/lib/analytics/random';
import { gameDefinitionSchema, type GameDefinition, type WheelDefinition } from '@/lib/games/game-schema';
import { createRandomId, createShareToken } from '@/lib/tokens';

const secret = 'games-test-secret-0123456789-abcdefghij';
const hour = 60 * 60 * 1000;
const t0 = Date.UTC(2026, 3, 6, 9);

let db: Db;
let dbPath: string;

beforeEach(() => {
  dbPath = join(mkdtempSync(join(tmpdir(), 'ripple-games-')), 'ripple.db');
  db = openDb(dbPath);
  seedDemo(db);
});

const demoWheel = demoGames.find((g) => g.slug === 'spin-to-win')?.definition as WheelDefinition;

/** A small wheel: one prize (or more) in the pool, four segments, sharing and leads as given. */
function wheelWith(changes: Partial<WheelDefinition>): WheelDefinition {
  return {
    ...demoWheel,
    prizes: [{ id: 'tv', title: 'A television', description: '', odds: 1, stockTotal: 3, stockPerDay: null, codes: 'generated', codePrefix: 'TV' }],
    prizePool: ['tv'],
    tryAgain: { title: 'Not this time', description: '', odds: 0 },
    segments: [
      { id: 'a', label: 'TV', color: '#111111', prizeId: 'tv' },
      { id: 'b', label: 'Again', color: '#eeeeee', prizeId: null },
      { id: 'c', label: 'TV', color: '#111111', prizeId: 'tv' },
      { id: 'd', label: 'Again', color: '#eeeeee', prizeId: null },
    ],
    playsPerPlayer: 1,
    shareToPlayAgain: { isEnabled: false, extraPlaysPerFriend: 1, maxExtraPlays: 3, maxExtraPlaysPerDay: 3, tiers: [] },
    leadCapture: { isEnabled: false, consentText: '' },
    ...changes,
  };
}

/** Publishes a game in the demo workspace, as the studio would, and returns its id. */
function publishGame(slug: string, definition: GameDefinition): string {
  const parsed = gameDefinitionSchema.parse(definition);
  const workspaceId = db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, 'demo')).get()?.id ?? '';
  const id = createRandomId();
  const versionId = createRandomId();
  db.insert(quizzes).values({ id, workspaceId, slug, kind: parsed.kind, status: 'published', publishedVersionId: versionId, title: parsed.title, draft: parsed }).run();
  db.insert(quizVersions).values({ id: versionId, quizId: id, version: 1, definition: parsed }).run();
  return id;
}

let requestCounter = 0;
const random = createRandom(99);

/** One play with a fresh request id unless given. */
function play(quizId: string, visitorId: string, changes: Partial<PlayGameInput> = {}) {
  requestCounter += 1;
  return playGame(db, { quizId, visitorId, requestId: `req-${requestCounter}`, now: t0, random: random.float, newToken: () => createShareToken(secret), ...changes });
}

function wonUnits(quizId: string, prizeId: string, period = 'all'): number {
  return db.select({ won: prizeWins.won }).from(prizeWins).where(and(eq(prizeWins.quizId, quizId), eq(prizeWins.prizeId, prizeId), eq(prizeWins.period, period))).get()?.won ?? 0;
}

const countRows = (table: typeof gamePlays | typeof results | typeof winCodes, quizId: string) => db.get<{ n: number }>(sql`select count(*) as n from ${table} where quiz_id = ${quizId}`)?.n ?? 0;

describe('the demo games', () => {
  it('are published beside the quizzes, read as games, and stay out of the quiz paths', () => {
    const wheel = getPublishedGame(db, 'spin-to-win');
    const scratch = getPublishedGame(db, 'imsah-wa-irbah');
    expect(wheel?.definition.title).toBe('Spin to win');
    expect(scratch?.definition.kind).toBe('scratch');
    expect(scratch?.definition.locale).toBe('ar');
    // The quiz pages answer "not found" instead of failing on a game's definition.
    expect(getPublishedQuiz(db, 'spin-to-win')).toBeUndefined();
    expect(listPublishedQuizzes(db).map((q) => q.slug)).not.toContain('spin-to-win');
    expect(getPublishedGame(db, 'which-explorer')).toBeUndefined();
    // Seeding again changes nothing.
    seedDemo(db);
    expect(db.get<{ n: number }>(sql`select count(*) as n from quizzes where kind in ('wheel', 'scratch')`)?.n).toBe(2);
  });
});

describe('a play', () => {
  it('draws a prize, takes a unit of stock, gives a code once, and records a shareable result', () => {
    const quizId = publishGame('tv-wheel', wheelWith({}));
    const first = play(quizId, 'visitor-sara', { name: 'Sara' });
    if (!first.ok) throw new Error(first.reason);
    expect(first).toMatchObject({ isReplay: false, prizeId: 'tv', hasCode: true, playsUsed: 1, playsAllowed: 1, playsLeft: 0 });
    expect(first.code).toMatch(/^TV-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(['a', 'c']).toContain(first.segmentId);
    expect(wonUnits(quizId, 'tv')).toBe(1);
    expect(wonUnits(quizId, 'tv', '2026-04-06')).toBe(1);
    const view = getGameResultView(db, first.resultId);
    expect(view).toMatchObject({ outcomeId: 'tv', playerName: 'Sara', segmentId: first.segmentId, hasCode: true, outcome: { title: 'A television', isWin: true } });
    expect(Object.keys(view?.tokens ?? {})).toHaveLength(9);
    // A game's result is not a quiz's: the quiz result page says "not found" rather than failing.
    expect(getResultView(db, first.resultId)).toBeUndefined();
    // The code is stored as given and shown at that moment.
    expect(db.select().from(winCodes).where(eq(winCodes.quizId, quizId)).get()).toMatchObject({ code: first.code, playId: first.playId, revealedAt: t0 });
  });

  it('a replayed request id returns the same play, draws nothing and never shows the code again', () => {
    const quizId = publishGame('tv-wheel', wheelWith({ playsPerPlayer: 5 }));
    const first = play(quizId, 'visitor-sara', { requestId: 'same-request' });
    const again = play(quizId, 'visitor-sara', { requestId: 'same-request', now: t0 + hour });
    if (!first.ok || !again.ok) throw new Error('refused');
    expect(again).toMatchObject({ isReplay: true, playId: first.playId, prizeId: first.prizeId, segmentId: first.segmentId, resultId: first.resultId, hasCode: true, code: null, playsUsed: 1, playsLeft: 4 });
    expect(first.code).not.toBeNull();
    expect(wonUnits(quizId, 'tv')).toBe(1);
    expect(countRows(gamePlays, quizId)).toBe(1);
    expect(countRows(results, quizId)).toBe(1);
    expect(countRows(winCodes, quizId)).toBe(1);
    // Nothing a player can read afterwards carries the code.
    const code = first.code ?? '';
    expect(JSON.stringify(getGameStatus(db, { quizId, visitorId: 'visitor-sara', now: t0 }))).not.toContain(code);
    expect(JSON.stringify(getGameResultView(db, first.resultId))).not.toContain(code);
  });

  it('refuses a player beyond their plays, clearly, and draws nothing', () => {
    const quizId = publishGame('tv-wheel', wheelWith({ shareToPlayAgain: { isEnabled: true, extraPlaysPerFriend: 1, maxExtraPlays: 2, maxExtraPlaysPerDay: 2, tiers: [] } }));
    expect(play(quizId, 'visitor-sara').ok).toBe(true);
    const refused = play(quizId, 'visitor-sara');
    expect(refused).toEqual({ ok: false, reason: 'no_plays_left', playsAllowed: 1, playsUsed: 1, nextFriendGivesPlay: true });
    expect(wonUnits(quizId, 'tv')).toBe(1);
    expect(countRows(gamePlays, quizId)).toBe(1);
  });

  it('answers "not found" for an unknown game, a quiz, or a game that is not published', () => {
    expect(getPublishedGame(db, 'no-such-game')).toBeUndefined();
    expect(play('no-such-id', 'visitor-sara')).toEqual({ ok: false, reason: 'not_found' });
    const quizId = getPublishedQuiz(db, 'which-explorer')?.id ?? '';
    expect(play(quizId, 'visitor-sara')).toEqual({ ok: false, reason: 'not_found' });
    const draftId = publishGame('draft-wheel', wheelWith({}));
    db.update(quizzes).set({ status: 'draft' }).where(eq(quizzes.id, draftId)).run();
    expect(play(draftId, 'visitor-sara')).toEqual({ ok: false, reason: 'not_found' });
  });

  it('turns players away from a paused campaign, as quizzes do', () => {
    const quizId = publishGame('tv-wheel', wheelWith({}));
    db.update(quizzes).set({ pausedAt: t0 - hour }).where(eq(quizzes.id, quizId)).run();
    expect(play(quizId, 'visitor-sara')).toEqual({ ok: false, reason: 'closed', state: 'paused' });
    expect(countRows(gamePlays, quizId)).toBe(0);
  });

  it('never gives more than the stock, in all and per day', () => {
    const quizId = publishGame('tv-wheel', wheelWith({ prizes: [{ id: 'tv', title: 'TV', description: '', odds: 1, stockTotal: 3, stockPerDay: 2, codes: 'none' }] }));
    const day1 = ['a', 'b', 'c'].map((v) => play(quizId, `v-${v}`));
    expect(day1.map((p) => p.ok && p.prizeId)).toEqual(['tv', 'tv', null]);
    const day2 = ['d', 'e'].map((v) => play(quizId, `v-${v}`, { now: t0 + 24 * hour }));
    expect(day2.map((p) => p.ok && p.prizeId)).toEqual(['tv', null]);
    expect(wonUnits(quizId, 'tv')).toBe(3);
    expect(getGameStock(db, quizId, t0 + 24 * hour)).toEqual([{ prizeId: 'tv', title: 'TV', stockTotal: 3, stockPerDay: 2, wonTotal: 3, wonToday: 1, freeCodes: null, remaining: 0 }]);
  });

  it('gives imported codes, each to one winner, and stops when they run out', () => {
    const quizId = publishGame('tv-wheel', wheelWith({ prizes: [{ id: 'tv', title: 'TV', description: '', odds: 1, stockTotal: null, stockPerDay: null, codes: 'imported' }] }));
    expect(importWinCodes(db, { quizId, prizeId: 'tv', codes: ['shop-1', 'SHOP-2', 'shop-1', 'bad code!'], now: t0 })).toEqual({ imported: 2, skipped: 2 });
    const plays = ['a', 'b', 'c'].map((v) => play(quizId, `v-${v}`));
    expect(plays.map((p) => p.ok && p.code)).toEqual(['SHOP-1', 'SHOP-2', null]);
    expect(plays.map((p) => p.ok && p.prizeId)).toEqual(['tv', 'tv', null]);
    expect(countWinCodes(db, quizId)).toEqual([{ prizeId: 'tv', imported: 2, generated: 0, assigned: 2, free: 0 }]);
  });
});

describe('50 simultaneous plays for the last unit', () => {
  it('exactly one wins and the stock never goes below zero (5 processes of 10 plays, each with its own connection)', async () => {
    const quizId = publishGame('race-wheel', wheelWith({}));
    // Two of the three units are gone before the race.
    expect([play(quizId, 'early-1'), play(quizId, 'early-2')].map((p) => p.ok && p.prizeId)).toEqual(['tv', 'tv']);
    const racers = Array.from({ length: 5 }, (_, r) => {
      const child = fork(join(process.cwd(), 'test/fixtures/game-racer.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const visitorIds = Array.from({ length: 10 }, (_, i) => `racer-${r}-${i}`);
      const ready = new Promise<void>((resolve) => child.on('message', (m: { type: string }) => m.type === 'ready' && resolve()));
      const done = new Promise<{ ok: boolean; prizeId?: string | null; code?: string | null; reason?: string; message?: string }[]>((resolve, reject) => {
        child.on('message', (m: { type: string; plays?: [] }) => m.type === 'done' && resolve(m.plays ?? []));
        child.on('exit', (code) => code !== 0 && reject(new Error(`racer ${r} exited with ${code}`)));
      });
      child.send({ type: 'start', order: { dbPath, quizId, visitorIds, now: t0 } });
      return { child, ready, done };
    });
    await Promise.all(racers.map((r) => r.ready));
    for (const racer of racers) racer.child.send({ type: 'go' });
    const outcomes = (await Promise.all(racers.map((r) => r.done))).flat();
    expect(outcomes).toHaveLength(50);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const winners = outcomes.filter((o) => o.prizeId === 'tv');
    expect(winners).toHaveLength(1);
    expect(winners[0]?.code).toMatch(/^TV-/);
    expect(wonUnits(quizId, 'tv')).toBe(3);
    expect(countRows(gamePlays, quizId)).toBe(52);
    expect(new Set(db.select({ code: winCodes.code }).from(winCodes).where(eq(winCodes.quizId, quizId)).all().map((c) => c.code)).size).toBe(3);
  }, 120_000);
});

describe('share to play again', () => {
  const sharing = { isEnabled: true, extraPlaysPerFriend: 1, maxExtraPlays: 2, maxExtraPlaysPerDay: 2, tiers: [{ friends: 2, prizePool: ['tent'] }] };
  const withTent = () =>
    wheelWith({
      prizes: [
        { id: 'tv', title: 'TV', description: '', odds: 0, stockTotal: null, stockPerDay: null, codes: 'none' },
        { id: 'tent', title: 'Tent', description: '', odds: 1, stockTotal: null, stockPerDay: null, codes: 'none' },
      ],
      tryAgain: { title: 'Again', description: '', odds: 1 },
      segments: [
        { id: 'a', label: 'TV', color: '#111111', prizeId: 'tv' },
        { id: 'b', label: 'Again', color: '#eeeeee', prizeId: null },
        { id: 'c', label: 'Tent', color: '#111111', prizeId: 'tent' },
        { id: 'd', label: 'Again', color: '#eeeeee', prizeId: null },
      ],
      shareToPlayAgain: sharing,
    });

  /** The sharer plays once and hands out the link of their result for one channel. */
  function sharerLink(quizId: string): string {
    const first = play(quizId, 'visitor-sara', { name: 'Sara' });
    if (!first.ok) throw new Error(first.reason);
    return getGameResultView(db, first.resultId)?.tokens.whatsapp ?? '';
  }

  it('a friend who plays through the link gives the sharer +1 play, shown in their status', () => {
    const quizId = publishGame('share-wheel', withTent());
    const token = sharerLink(quizId);
    expect(getGameStatus(db, { quizId, visitorId: 'visitor-sara', now: t0 })).toMatchObject({ playsUsed: 1, playsAllowed: 1, playsLeft: 0, friends: 0, nextFriendGivesPlay: true });
    expect(play(quizId, 'visitor-sara')).toMatchObject({ ok: false, reason: 'no_plays_left' });
    openShareLink(db, { token, visitorId: 'visitor-omar', visitorKind: 'human', now: t0 + hour });
    expect(play(quizId, 'visitor-omar', { now: t0 + hour }).ok).toBe(true);
    const status = getGameStatus(db, { quizId, visitorId: 'visitor-sara', now: t0 + 2 * hour });
    expect(status).toMatchObject({ playsUsed: 1, playsAllowed: 2, playsLeft: 1, friends: 1, friendsToday: 1, nextTier: { friends: 2, friendsNeeded: 1 } });
    expect(play(quizId, 'visitor-sara', { now: t0 + 2 * hour })).toMatchObject({ ok: true, playsUsed: 2, playsLeft: 0 });
    // The game's loop shows in the same stats as a quiz's.
    expect(getQuizStats(db, quizId).referredPlayers).toBe(1);
  });

  it('self-clicks, crawlers, repeat visits and friends who never play earn nothing', () => {
    const quizId = publishGame('share-wheel', withTent());
    const token = sharerLink(quizId);
    openShareLink(db, { token, visitorId: 'visitor-sara', visitorKind: 'human', now: t0 + hour });
    openShareLink(db, { token, visitorId: null, visitorKind: 'preview', now: t0 + hour });
    openShareLink(db, { token, visitorId: 'crawler-ish', visitorKind: 'bot', now: t0 + hour });
    openShareLink(db, { token, visitorId: 'visitor-lina', visitorKind: 'human', now: t0 + hour });
    expect(play(quizId, 'visitor-sara', { now: t0 + hour }).ok).toBe(false);
    expect(getGameStatus(db, { quizId, visitorId: 'visitor-sara', now: t0 + hour })).toMatchObject({ friends: 0, playsAllowed: 1 });
    // Lina opened the link twice and played once: one friend.
    openShareLink(db, { token, visitorId: 'visitor-lina', visitorKind: 'human', now: t0 + 2 * hour });
    play(quizId, 'visitor-lina', { now: t0 + 2 * hour });
    openShareLink(db, { token, visitorId: 'visitor-lina', visitorKind: 'human', now: t0 + 3 * hour });
    expect(getGameStatus(db, { quizId, visitorId: 'visitor-sara', now: t0 + 3 * hour })).toMatchObject({ friends: 1, playsAllowed: 2 });
  });

  it('caps the reward per day and in all, and a tier opens its prize pool', () => {
    const quizId = publishGame('share-wheel', withTent());
    const token = sharerLink(quizId);
    expect(getGameStatus(db, { quizId, visitorId: 'visitor-sara', now: t0 })?.prizePool).toEqual(['tv']);
    for (const friend of ['f1', 'f2', 'f3']) {
      openShareLink(db, { token, visitorId: friend, visitorKind: 'human', now: t0 + hour });
      play(quizId, friend, { now: t0 + hour });
    }
    const status = getGameStatus(db, { quizId, visitorId: 'visitor-sara', now: t0 + 2 * hour });
    expect(status).toMatchObject({ friends: 3, playsAllowed: 3, extraPlaysToday: 2, isDailyCapReached: true, isMaxReached: true, nextFriendGivesPlay: false, nextTier: null });
    expect(status?.tiersReached.map((t) => t.friends)).toEqual([2]);
    expect(status?.prizePool).toEqual(['tv', 'tent']);
    // With the tent unlocked (and the TV at odds 0), the sharer's next plays can win it.
    const next = play(quizId, 'visitor-sara', { now: t0 + 2 * hour, random: () => 0 });
    expect(next).toMatchObject({ ok: true, prizeId: 'tent' });
  });
});

describe('leads', () => {
  const consentText = 'Send me my prize and news by e-mail.';
  const leadWheel = () => wheelWith({ leadCapture: { isEnabled: true, consentText } });

  it('asks for an e-mail before the prize is revealed, and stores the exact consent text', () => {
    const quizId = publishGame('lead-wheel', leadWheel());
    expect(play(quizId, 'visitor-sara')).toEqual({ ok: false, reason: 'lead_required', consentText });
    expect(countRows(gamePlays, quizId)).toBe(0);
    expect(saveLead(db, { quizId, visitorId: 'visitor-sara', email: 'not an address', consentText, now: t0 })).toEqual({ ok: false, reason: 'invalid_email' });
    expect(saveLead(db, { quizId, visitorId: 'visitor-sara', email: 'sara@example.com', consentText: 'I agree', now: t0 })).toEqual({ ok: false, reason: 'consent_mismatch' });
    expect(saveLead(db, { quizId, visitorId: 'visitor-sara', email: ' Sara@Example.com ', consentText, now: t0 })).toMatchObject({ ok: true });
    expect(play(quizId, 'visitor-sara')).toMatchObject({ ok: true, prizeId: 'tv' });
    expect(listLeads(db, quizId)).toEqual([{ id: expect.any(String), email: 'Sara@example.com', consentText, createdAt: t0, playerNumber: 1, playerName: '', prizeIds: ['tv'] }]);
    expect(getLeadsCsv(db, quizId)).toContain(`Sara@example.com,Send me my prize and news by e-mail.,2026-04-06T09:00:00.000Z,1,,A television`);
  });

  it('a game without a lead form refuses leads', () => {
    const quizId = publishGame('tv-wheel', wheelWith({}));
    expect(saveLead(db, { quizId, visitorId: 'visitor-sara', email: 'sara@example.com', consentText: '', now: t0 })).toEqual({ ok: false, reason: 'lead_capture_off' });
  });

  it('deleting a lead removes it from the list and the CSV', () => {
    const quizId = publishGame('lead-wheel', leadWheel());
    saveLead(db, { quizId, visitorId: 'visitor-sara', email: 'sara@example.com', consentText, now: t0 });
    saveLead(db, { quizId, visitorId: 'visitor-omar', email: 'omar@example.com', consentText, now: t0 + hour });
    const sara = listLeads(db, quizId).find((l) => l.email === 'sara@example.com');
    expect(deleteLead(db, { quizId: getPublishedQuiz(db, 'which-explorer')?.id ?? '', leadId: sara?.id ?? '' })).toBe(false);
    expect(deleteLead(db, { quizId, leadId: sara?.id ?? '' })).toBe(true);
    expect(listLeads(db, quizId).map((l) => l.email)).toEqual(['omar@example.com']);
    expect(getLeadsCsv(db, quizId)).not.toContain('sara@example.com');
    expect(db.select().from(leads).where(eq(leads.email, 'sara@example.com')).all()).toEqual([]);
    expect(deleteLead(db, { quizId, leadId: sara?.id ?? '' })).toBe(false);
    // The player stays (their plays and the referral tree do not depend on the e-mail).
    expect(db.select().from(players).where(eq(players.visitorId, 'visitor-sara')).get()).toBeDefined();
  });
});
