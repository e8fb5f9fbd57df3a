import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/client';
import { completePlay, getAnswerDistribution, getPublishedQuiz, getQuizStats, getResultView, openShareLink, recordShareIntent, recordView, startPlayer, type PublishedQuiz } from '@/db/queries';
import { players } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { AnswerSheet } from '@/lib/scoring';
import { scoreQuiz } from '@/lib/scoring';
import { createShareToken } from '@/lib/tokens';
import { eq } from 'drizzle-orm';

const secret = 'loop-test-secret-0123456789-abcdefghij';
const day = 24 * 60 * 60 * 1000;
const t0 = Date.UTC(2026, 0, 5, 10);

let db: Db;
let quiz: PublishedQuiz;

function freshDb(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'ripple-db-'));
  const fresh = openDb(join(dir, 'ripple.db'));
  seedDemo(fresh);
  return fresh;
}

const explorerSheet: AnswerSheet = { morning: ['climb'], bag: ['rope'], lost: ['keep'], souvenir: ['scar'], trip: ['arctic'] };

/** A visitor plays the quiz to the end and returns their result and share tokens. */
function play(visitorId: string, name: string, now: number) {
  startPlayer(db, { quizId: quiz.id, visitorId, now });
  const { resultId } = completePlay(db, { quiz, visitorId, name, sheet: explorerSheet, score: scoreQuiz(quiz.definition, explorerSheet), now, newToken: () => createShareToken(secret) });
  const view = getResultView(db, resultId);
  if (!view) throw new Error('result not stored');
  return view;
}

function playerOf(visitorId: string) {
  return db.select().from(players).where(eq(players.visitorId, visitorId)).get();
}

beforeEach(() => {
  db = freshDb();
  const found = getPublishedQuiz(db, 'which-explorer');
  if (!found) throw new Error('demo quiz missing');
  quiz = found;
});

describe('migrations and demo content on a fresh file', () => {
  it('creates every table and publishes the demo quizzes, once', () => {
    const tables = db.all<{ name: string }>(sql`select name from sqlite_master where type = 'table' order by name`).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['workspaces', 'quizzes', 'quiz_versions', 'players', 'results', 'share_links', 'link_clicks', 'touches', 'events', 'cards']));
    seedDemo(db);
    const count = db.get<{ n: number }>(sql`select count(*) as n from quizzes`);
    // five quizzes and two mini-games (db/demo-games.ts)
    expect(count?.n).toBe(7);
    const kinds = db.all<{ kind: string }>(sql`select distinct kind from quizzes order by kind`).map((r) => r.kind);
    expect(kinds).toEqual(['personality', 'poll', 'scratch', 'trivia', 'wheel']);
  });

  it('runs in WAL mode with foreign keys on', () => {
    expect(db.get<{ journal_mode: string }>(sql`pragma journal_mode`)?.journal_mode).toBe('wal');
    expect(db.get<{ foreign_keys: number }>(sql`pragma foreign_keys`)?.foreign_keys).toBe(1);
  });
});

describe('attribution', () => {
  it('makes a friend who plays through a link the sharer’s child, with the link’s channel and generation + 1', () => {
    const sara = play('visitor-sara', 'Sara', t0);
    openShareLink(db, { token: sara.tokens.whatsapp, visitorId: 'visitor-omar', visitorKind: 'human', now: t0 + 1000 });
    const omar = play('visitor-omar', 'Omar', t0 + 2000);
    openShareLink(db, { token: omar.tokens.x, visitorId: 'visitor-lina', visitorKind: 'human', now: t0 + 3000 });
    play('visitor-lina', 'Lina', t0 + 4000);

    expect(playerOf('visitor-sara')).toMatchObject({ parentPlayerId: null, generation: 0, channel: null });
    expect(playerOf('visitor-omar')).toMatchObject({ parentPlayerId: sara.playerId, generation: 1, channel: 'whatsapp' });
    expect(playerOf('visitor-lina')).toMatchObject({ parentPlayerId: omar.playerId, generation: 2, channel: 'x' });
  });

  it('keeps the first touch: a direct visit before the link makes a seed player', () => {
    const sara = play('visitor-sara', 'Sara', t0);
    recordView(db, { quizId: quiz.id, visitorId: 'visitor-omar', now: t0 + 500 });
    openShareLink(db, { token: sara.tokens.facebook, visitorId: 'visitor-omar', visitorKind: 'human', now: t0 + 1000 });
    play('visitor-omar', 'Omar', t0 + 2000);
    expect(playerOf('visitor-omar')).toMatchObject({ parentPlayerId: null, generation: 0 });
    // The click still happened and is counted as one.
    expect(getQuizStats(db, quiz.id).clicks).toBe(1);
  });

  it('keeps the first link: a second sharer’s link opened later changes nothing', () => {
    const sara = play('visitor-sara', 'Sara', t0);
    const adam = play('visitor-adam', 'Adam', t0);
    openShareLink(db, { token: sara.tokens.telegram, visitorId: 'visitor-omar', visitorKind: 'human', now: t0 + 1000 });
    openShareLink(db, { token: adam.tokens.reddit, visitorId: 'visitor-omar', visitorKind: 'human', now: t0 + 2000 });
    play('visitor-omar', 'Omar', t0 + 3000);
    expect(playerOf('visitor-omar')).toMatchObject({ parentPlayerId: sara.playerId, channel: 'telegram' });
  });

  it('survives a reload and the friend’s own later shares and replays', () => {
    const sara = play('visitor-sara', 'Sara', t0);
    openShareLink(db, { token: sara.tokens.email, visitorId: 'visitor-omar', visitorKind: 'human', now: t0 + 1000 });
    startPlayer(db, { quizId: quiz.id, visitorId: 'visitor-omar', now: t0 + 2000 });
    recordView(db, { quizId: quiz.id, visitorId: 'visitor-omar', now: t0 + 2500 }); // reload of the cover
    const omar = play('visitor-omar', 'Omar', t0 + 3000); // plays again
    recordShareIntent(db, { resultId: omar.resultId, channel: 'x', visitorId: 'visitor-omar', isConfirmed: false, now: t0 + 4000 });
    openShareLink(db, { token: omar.tokens.x, visitorId: 'visitor-omar', visitorKind: 'human', now: t0 + 5000 });
    expect(playerOf('visitor-omar')).toMatchObject({ parentPlayerId: sara.playerId, generation: 1, channel: 'email' });
    expect(getQuizStats(db, quiz.id).players).toBe(2);
  });

  it('counts nothing when the sharer opens their own link, and never makes them their own child', () => {
    const sara = play('visitor-sara', 'Sara', t0);
    const opened = openShareLink(db, { token: sara.tokens.copy, visitorId: 'visitor-sara', visitorKind: 'human', now: t0 + 1000 });
    expect(opened?.isOwnLink).toBe(true);
    const stats = getQuizStats(db, quiz.id);
    expect(stats).toMatchObject({ clicks: 0, crawlerFetches: 0, referredPlayers: 0, sharers: 0 });
    expect(playerOf('visitor-sara')).toMatchObject({ parentPlayerId: null, generation: 0 });
  });
});

describe('clicks and crawler fetches', () => {
  it.each([
    { label: 'the same visitor twice on one day counts once', visits: [{ visitor: 'v1', at: t0 }, { visitor: 'v1', at: t0 + 3_600_000 }], clicks: 1 },
    { label: 'the same visitor on two days counts twice', visits: [{ visitor: 'v1', at: t0 }, { visitor: 'v1', at: t0 + day }], clicks: 2 },
    { label: 'two visitors count twice', visits: [{ visitor: 'v1', at: t0 }, { visitor: 'v2', at: t0 }], clicks: 2 },
  ])('$label', ({ visits, clicks }) => {
    const sara = play('visitor-sara', 'Sara', t0);
    for (const visit of visits) openShareLink(db, { token: sara.tokens.whatsapp, visitorId: visit.visitor, visitorKind: 'human', now: visit.at });
    expect(getQuizStats(db, quiz.id).clicks).toBe(clicks);
  });

  it('counts each link-preview fetch as a crawler fetch and never as a click; other bots count nothing', () => {
    const sara = play('visitor-sara', 'Sara', t0);
    openShareLink(db, { token: sara.tokens.x, visitorId: null, visitorKind: 'preview', now: t0 });
    openShareLink(db, { token: sara.tokens.x, visitorId: null, visitorKind: 'preview', now: t0 + 1 });
    openShareLink(db, { token: sara.tokens.x, visitorId: 'bot-visitor', visitorKind: 'bot', now: t0 + 2 });
    expect(getQuizStats(db, quiz.id)).toMatchObject({ crawlerFetches: 2, clicks: 0, referredPlayers: 0 });
  });

  it('returns undefined for an unknown token', () => {
    expect(openShareLink(db, { token: createShareToken(secret), visitorId: 'v', visitorKind: 'human', now: t0 })).toBeUndefined();
  });
});

describe('share intents', () => {
  it('counts a share by the result’s owner per channel, and refuses another visitor’s', () => {
    const sara = play('visitor-sara', 'Sara', t0);
    expect(recordShareIntent(db, { resultId: sara.resultId, channel: 'whatsapp', visitorId: 'visitor-sara', isConfirmed: false, now: t0 })).toBe(true);
    expect(recordShareIntent(db, { resultId: sara.resultId, channel: 'copy', visitorId: 'visitor-sara', isConfirmed: true, now: t0 })).toBe(true);
    expect(recordShareIntent(db, { resultId: sara.resultId, channel: 'x', visitorId: 'visitor-mallory', isConfirmed: false, now: t0 })).toBe(false);
    const stats = getQuizStats(db, quiz.id);
    expect(stats.shareIntentsByChannel).toEqual({ whatsapp: 1, copy: 1 });
    expect(stats).toMatchObject({ shareIntents: 2, confirmedShares: 1, sharers: 1 });
  });
});

describe('stats add up to what happened', () => {
  it('counts a two-generation cascade exactly, with K equal to the product of its factors', () => {
    // Sara and Adam are seeds. Sara shares on WhatsApp: Omar and Lina click, both play. Omar shares on X: Nour clicks and does not play.
    // Adam shares nothing. A crawler fetches Sara's link once.
    recordView(db, { quizId: quiz.id, visitorId: 'visitor-sara', now: t0 });
    const sara = play('visitor-sara', 'Sara', t0);
    play('visitor-adam', 'Adam', t0);
    recordShareIntent(db, { resultId: sara.resultId, channel: 'whatsapp', visitorId: 'visitor-sara', isConfirmed: false, now: t0 + 1 });
    openShareLink(db, { token: sara.tokens.whatsapp, visitorId: null, visitorKind: 'preview', now: t0 + 2 });
    for (const friend of ['visitor-omar', 'visitor-lina']) openShareLink(db, { token: sara.tokens.whatsapp, visitorId: friend, visitorKind: 'human', now: t0 + 3 });
    const omar = play('visitor-omar', 'Omar', t0 + 4);
    startPlayer(db, { quizId: quiz.id, visitorId: 'visitor-lina', now: t0 + 5 }); // starts, never completes
    recordShareIntent(db, { resultId: omar.resultId, channel: 'x', visitorId: 'visitor-omar', isConfirmed: false, now: t0 + 6 });
    openShareLink(db, { token: omar.tokens.x, visitorId: 'visitor-nour', visitorKind: 'human', now: t0 + 7 });

    const stats = getQuizStats(db, quiz.id);
    expect(stats).toMatchObject({
      views: 1,
      players: 4,
      completions: 3,
      shareIntents: 2,
      sharers: 2,
      clicks: 3,
      crawlerFetches: 1,
      referredPlayers: 2,
      maxGeneration: 1,
      shareIntentsByChannel: { whatsapp: 1, x: 1 },
      clicksByChannel: { whatsapp: 2, x: 1 },
      referredPlayersByChannel: { whatsapp: 2 },
    });
    expect(stats.k).toBe(2 / 4);
    expect(stats.shareRate).toBe(2 / 4);
    expect(stats.clicksPerSharer).toBe(3 / 2);
    expect(stats.playersPerClick).toBe(2 / 3);
    expect(stats.shareRate * stats.clicksPerSharer * stats.playersPerClick).toBeCloseTo(stats.k, 12);
  });
});

describe('results', () => {
  it('keeps pointing at the version it was played on and reports rarity', () => {
    const sara = play('visitor-sara', 'Sara', t0);
    expect(sara.versionId).toBe(quiz.versionId);
    expect(sara.summary.outcomeId).toBe('trailblazer');
    expect(sara.summary.rarityPercent).toBe(100);
    expect(Object.keys(sara.tokens).sort()).toEqual(['copy', 'email', 'facebook', 'linkedin', 'native', 'reddit', 'telegram', 'whatsapp', 'x']);
  });

  it('ranks a trivia score against every play so far, and freezes that figure into the result', () => {
    const trivia = getPublishedQuiz(db, 'ocean-trivia');
    if (!trivia) throw new Error('demo trivia missing');
    const sheets: AnswerSheet[] = [
      { deepest: ['java'], largest: ['atlantic'], oxygen: ['ten'], mammals: ['shark'], salt: ['one'], heart: ['two'] },
      { deepest: ['java'], largest: ['pacific'], oxygen: ['ten'], mammals: ['dolphin'], salt: ['one'], heart: ['two'] },
      { deepest: ['mariana'], largest: ['pacific'], oxygen: ['half'], mammals: ['dolphin', 'manatee'], salt: ['three'], heart: ['three'] },
    ];
    const ids = sheets.map((sheet, i) => completePlay(db, { quiz: trivia, visitorId: `v${i}`, name: '', sheet, score: scoreQuiz(trivia.definition, sheet), now: t0, newToken: () => createShareToken(secret) }).resultId);
    const [worst, middle, best] = ids.map((id) => getResultView(db, id)?.summary);
    expect(worst).toMatchObject({ score: 0, maxScore: 6, outcomeId: 'landlubber', percentile: 0 });
    expect(middle).toMatchObject({ score: 1, outcomeId: 'landlubber', percentile: 50 });
    expect(best).toMatchObject({ score: 6, outcomeId: 'poseidon', percentile: 66 });
  });

  it('freezes rarity at the time of play, so a card never changes under its URL', () => {
    const first = play('visitor-a', 'A', t0);
    expect(first.summary.rarityPercent).toBe(100);
    const other: AnswerSheet = { morning: ['plan'], bag: ['map'], lost: ['compass'], souvenir: ['ticket'], trip: ['rail'] };
    completePlay(db, { quiz, visitorId: 'visitor-b', name: 'B', sheet: other, score: scoreQuiz(quiz.definition, other), now: t0, newToken: () => createShareToken(secret) });
    expect(play('visitor-c', 'C', t0).summary.rarityPercent).toBe(67);
    expect(getResultView(db, first.resultId)?.summary.rarityPercent).toBe(100);
  });

  it('counts a poll’s distribution, this vote included', () => {
    const poll = getPublishedQuiz(db, 'weekend-poll');
    if (!poll) throw new Error('demo poll missing');
    const votes: AnswerSheet[] = [
      { perfect: ['couch'], sunday: ['early'] },
      { perfect: ['couch'], sunday: ['plan'] },
      { perfect: ['brunch'], sunday: ['early'] },
    ];
    votes.forEach((sheet, i) => completePlay(db, { quiz: poll, visitorId: `v${i}`, name: '', sheet, score: scoreQuiz(poll.definition, sheet), now: t0, newToken: () => createShareToken(secret) }));
    expect(getAnswerDistribution(db, poll.id)).toEqual({ perfect: { couch: 2, brunch: 1 }, sunday: { early: 2, plan: 1 } });
  });
});
