import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/client';
import { completePlay, getPublishedQuiz, getResultView, openShareLink, recordShareIntent, recordView, startPlayer, type PublishedQuiz } from '@/db/queries';
import { readRollups, rebuildRollups } from '@/db/rollups';
import { seedDemo } from '@/db/seed';
import type { AnswerSheet } from '@/lib/scoring';
import { scoreQuiz } from '@/lib/scoring';
import { shareChannels } from '@/lib/share';
import { createShareToken } from '@/lib/tokens';

const secret = 'rollup-test-secret-0123456789-abcdefghij';
const t0 = Date.UTC(2026, 2, 1, 8);

function freshQuiz(): { db: Db; quiz: PublishedQuiz } {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'ripple-rollups-')), 'ripple.db'));
  seedDemo(db);
  const quiz = getPublishedQuiz(db, 'which-explorer');
  if (!quiz) throw new Error('demo quiz missing');
  return { db, quiz };
}

const sheets: AnswerSheet[] = [
  { morning: ['climb'], bag: ['rope'], lost: ['keep'], souvenir: ['scar'], trip: ['arctic'] },
  { morning: ['map'], bag: ['notebook'], lost: ['ask'], souvenir: ['photo'], trip: ['city'] },
];

/** Derived columns of players and share links, which the rebuild also recomputes. */
function readDerived(db: Db) {
  return {
    players: db.all(sql`select id, outcome_id, root_player_id, children, descendants, tree_depth_sum, shared_at, completed_at from players order by id`),
    links: db.all(sql`select id, shared_at from share_links order by id`),
  };
}

type Action =
  | { kind: 'view'; visitor: number; source: string; host: string }
  | { kind: 'start'; visitor: number; source: string; host: string }
  | { kind: 'complete'; visitor: number; sheet: number }
  | { kind: 'share'; visitor: number; channel: number; confirmed: boolean }
  | { kind: 'open'; visitor: number; owner: number; channel: number; crawler: boolean };

const visitors = 7;
const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('view' as const), visitor: fc.nat(visitors - 1), source: fc.constantFrom('direct', 'newsletter'), host: fc.constantFrom('', 'https://shop.example/quiz') }),
  fc.record({ kind: fc.constant('start' as const), visitor: fc.nat(visitors - 1), source: fc.constantFrom('direct', 'newsletter', 'embed'), host: fc.constantFrom('', 'https://shop.example/quiz') }),
  fc.record({ kind: fc.constant('complete' as const), visitor: fc.nat(visitors - 1), sheet: fc.nat(1) }),
  fc.record({ kind: fc.constant('share' as const), visitor: fc.nat(visitors - 1), channel: fc.nat(3), confirmed: fc.boolean() }),
  fc.record({ kind: fc.constant('open' as const), visitor: fc.nat(visitors - 1), owner: fc.nat(visitors - 1), channel: fc.nat(3), crawler: fc.boolean() }),
);

/** Plays a sequence of actions through the real write functions, a few minutes (sometimes a day) apart. */
function run(db: Db, quiz: PublishedQuiz, actions: { action: Action; gapMinutes: number }[]): void {
  const lastResult = new Map<number, string>();
  let now = t0;
  for (const { action, gapMinutes } of actions) {
    now += gapMinutes * 60_000;
    const visitorId = `visitor-${action.visitor}`;
    switch (action.kind) {
      case 'view':
        recordView(db, { quizId: quiz.id, visitorId, now, source: action.source, hostPage: action.host });
        break;
      case 'start':
        startPlayer(db, { quizId: quiz.id, visitorId, now, source: action.source, hostPage: action.host });
        break;
      case 'complete': {
        const sheet = sheets[action.sheet] ?? sheets[0];
        if (!sheet) break;
        const { resultId } = completePlay(db, { quiz, visitorId, name: `P${action.visitor}`, sheet, score: scoreQuiz(quiz.definition, sheet), now, newToken: () => createShareToken(secret) });
        lastResult.set(action.visitor, resultId);
        break;
      }
      case 'share': {
        const resultId = lastResult.get(action.visitor);
        const channel = shareChannels[action.channel];
        if (resultId && channel) recordShareIntent(db, { resultId, channel, visitorId, isConfirmed: action.confirmed, now });
        break;
      }
      case 'open': {
        const resultId = lastResult.get(action.owner);
        const channel = shareChannels[action.channel];
        const token = resultId && channel ? getResultView(db, resultId)?.tokens[channel] : undefined;
        if (token) openShareLink(db, { token, visitorId, visitorKind: action.crawler ? 'preview' : 'human', now });
        break;
      }
    }
  }
}

describe('rollups kept up at write time', () => {
  it('equal a full recomputation from the raw rows after any sequence of events', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ action: actionArbitrary, gapMinutes: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.constant(1440)) }), { maxLength: 60 }), (actions) => {
        const { db, quiz } = freshQuiz();
        run(db, quiz, actions);
        const kept = { rollups: readRollups(db, quiz.id), derived: readDerived(db) };
        rebuildRollups(db, quiz.id);
        const rebuilt = { rollups: readRollups(db, quiz.id), derived: readDerived(db) };
        expect(kept).toEqual(rebuilt);
        db.$client.close();
      }),
      { numRuns: 60, seed: 20261126 },
    );
  });

  it('count a hand-built cascade: seed → child → grandchild, with a crawler, a repeat click and a self-click', () => {
    const { db, quiz } = freshQuiz();
    const sheet = sheets[0] as AnswerSheet;
    const complete = (visitorId: string, now: number) =>
      completePlay(db, { quiz, visitorId, name: visitorId, sheet, score: scoreQuiz(quiz.definition, sheet), now, newToken: () => createShareToken(secret) }).resultId;
    recordView(db, { quizId: quiz.id, visitorId: 'sara', now: t0 });
    startPlayer(db, { quizId: quiz.id, visitorId: 'sara', now: t0 });
    const sara = complete('sara', t0 + 60_000);
    recordShareIntent(db, { resultId: sara, channel: 'whatsapp', visitorId: 'sara', isConfirmed: true, now: t0 + 120_000 });
    const saraLink = getResultView(db, sara)?.tokens.whatsapp ?? '';
    openShareLink(db, { token: saraLink, visitorId: null, visitorKind: 'preview', now: t0 + 130_000 });
    openShareLink(db, { token: saraLink, visitorId: 'sara', visitorKind: 'human', now: t0 + 140_000 });
    openShareLink(db, { token: saraLink, visitorId: 'omar', visitorKind: 'human', now: t0 + 3_600_000 });
    openShareLink(db, { token: saraLink, visitorId: 'omar', visitorKind: 'human', now: t0 + 3_700_000 });
    startPlayer(db, { quizId: quiz.id, visitorId: 'omar', now: t0 + 3_800_000 });
    const omar = complete('omar', t0 + 3_900_000);
    openShareLink(db, { token: getResultView(db, omar)?.tokens.x ?? '', visitorId: 'lina', visitorKind: 'human', now: t0 + 7_200_000 });
    startPlayer(db, { quizId: quiz.id, visitorId: 'lina', now: t0 + 7_300_000 });

    const sum = (column: string) => db.get<{ n: number }>(sql`select coalesce(sum(${sql.raw(column)}), 0) as n from cohort_rollups where quiz_id = ${quiz.id}`)?.n;
    expect({
      views: sum('views'),
      players: sum('players'),
      seeds: sum('seeds'),
      completers: sum('completers'),
      shareIntents: sum('share_intents'),
      clicks: sum('clicks'),
      crawler: sum('crawler_fetches'),
      children: sum('children'),
      childrenCompleted: sum('children_completed'),
    }).toEqual({ views: 1, players: 3, seeds: 1, completers: 2, shareIntents: 1, clicks: 2, crawler: 1, children: 2, childrenCompleted: 1 });
    // Sara is a sharer once overall and once on WhatsApp; Omar's link was clicked, so he is a sharer on X.
    expect(db.all(sql`select share_channel as channel, sum(sharers) as sharers from cohort_rollups where quiz_id = ${quiz.id} group by 1 order by 1`)).toEqual([
      { channel: '', sharers: 2 },
      { channel: 'whatsapp', sharers: 1 },
      { channel: 'x', sharers: 1 },
    ]);
    // One tree of three in a chain: distances 1 + 1 + 2 over 3 pairs; depth 2.
    expect(db.get(sql`select trees, players, distance_sum as distanceSum, pairs, max_depth as maxDepth from tree_rollups where quiz_id = ${quiz.id}`)).toEqual({ trees: 1, players: 3, distanceSum: 4, pairs: 3, maxDepth: 2 });
    expect(db.all(sql`select visitor_id as v, children, descendants from players where quiz_id = ${quiz.id} order by started_at`)).toEqual([
      { v: 'sara', children: 1, descendants: 2 },
      { v: 'omar', children: 1, descendants: 1 },
      { v: 'lina', children: 0, descendants: 0 },
    ]);
    // Omar started 63 minutes after Sara (bucket 60–180 min), Lina 58 minutes after Omar (15–60 min).
    expect(db.all(sql`select share_channel as channel, cycle_3 as b3, cycle_4 as b4 from cohort_rollups where quiz_id = ${quiz.id} and children > 0 order by 1`)).toEqual([
      { channel: 'whatsapp', b3: 0, b4: 1 },
      { channel: 'x', b3: 1, b4: 0 },
    ]);
  });
});
