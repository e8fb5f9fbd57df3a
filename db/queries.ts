import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { VisitorKind } from '@/lib/bots';
import { getCampaignState, isAdmitted, type CampaignState } from '@/lib/campaign';
import { computeViralFactors, toPercent, type ViralFactors } from '@/lib/metrics';
import { quizDefinitionSchema, type QuizDefinition } from '@/lib/quiz-schema';
import type { ResultSummary } from '@/lib/result-text';
import type { AnswerSheet, Score } from '@/lib/scoring';
import { shareChannels, type ShareChannel } from '@/lib/share';
import { createRandomId } from '@/lib/tokens';
import type { Db } from './client';
import { getAllTimeCounts } from './analytics';
import { bumpCohort, bumpRevision, cohortKeyOf, countCompletion, countNewPlayer, countSharing, dayOf, getPlayerFacts } from './rollups';
import { cards, events, linkClicks, players, quizVersions, quizzes, resultCounts, results, shareLinks, touches } from './schema';

/** Where a visit came from: how its tree began ('direct', 'embed' or a utm_source) and the embedding page, if any. */
export type VisitOrigin = { source?: string; hostPage?: string };

export type PublishedQuiz = { id: string; slug: string; workspaceId: string; versionId: string; version: number; definition: QuizDefinition };

// Mini-games are rows of `quizzes` too (kinds 'wheel' and 'scratch', read by db/games.ts): the quiz paths skip them.
const quizKinds = ['personality', 'trivia', 'poll'] as const;

// Versions never change once written, so a parsed definition can be kept for the life of the process.
const definitionCache = new Map<string, QuizDefinition>();

function readDefinition(versionId: string, stored: unknown): QuizDefinition {
  let definition = definitionCache.get(versionId);
  if (!definition) {
    definition = quizDefinitionSchema.parse(stored);
    definitionCache.set(versionId, definition);
  }
  return definition;
}

/**
 * A published quiz by its public slug: the version players get now, or, given `versionId`, that version of it
 * (a play started before a republish finishes on the version it began on). Undefined if there is none.
 */
export function getPublishedQuiz(db: Db, slug: string, versionId?: string): PublishedQuiz | undefined {
  const row = db
    .select({ id: quizzes.id, slug: quizzes.slug, workspaceId: quizzes.workspaceId, versionId: quizVersions.id, version: quizVersions.version, definition: quizVersions.definition })
    .from(quizzes)
    .innerJoin(quizVersions, versionId === undefined ? eq(quizVersions.id, quizzes.publishedVersionId) : and(eq(quizVersions.id, versionId), eq(quizVersions.quizId, quizzes.id)))
    .where(and(eq(quizzes.slug, slug), eq(quizzes.status, 'published'), inArray(quizzes.kind, quizKinds)))
    .get();
  return row ? { ...row, definition: readDefinition(row.versionId, row.definition) } : undefined;
}

/** Every published quiz, newest first, with its number of players: the home page. */
export function listPublishedQuizzes(db: Db): { slug: string; definition: QuizDefinition; players: number }[] {
  const rows = db
    .select({
      slug: quizzes.slug,
      versionId: quizVersions.id,
      definition: quizVersions.definition,
      players: sql<number>`(select count(*) from ${players} where ${players.quizId} = ${quizzes.id})`,
    })
    .from(quizzes)
    .innerJoin(quizVersions, eq(quizVersions.id, quizzes.publishedVersionId))
    .where(and(eq(quizzes.status, 'published'), isNull(quizzes.archivedAt), inArray(quizzes.kind, quizKinds)))
    .orderBy(desc(quizzes.createdAt), quizzes.slug)
    .all();
  return rows.map((r) => ({ slug: r.slug, players: r.players, definition: readDefinition(r.versionId, r.definition) }));
}

/**
 * Counts a person's view of a quiz's cover, and makes it their first touch if they had none (a direct visit). The
 * view is counted under the channel of the visitor's first touch ('direct' without a link), its source and page.
 */
export function recordView(db: Db, input: { quizId: string; visitorId: string; now: number } & VisitOrigin): void {
  db.transaction((tx) => {
    tx.insert(touches).values({ quizId: input.quizId, visitorId: input.visitorId, shareLinkId: null, createdAt: input.now }).onConflictDoNothing().run();
    const touch = tx
      .select({ channel: shareLinks.channel })
      .from(touches)
      .innerJoin(shareLinks, eq(shareLinks.id, touches.shareLinkId))
      .where(and(eq(touches.quizId, input.quizId), eq(touches.visitorId, input.visitorId)))
      .get();
    const source = input.source ?? 'direct';
    const hostPage = input.hostPage ?? '';
    tx.insert(events).values({ quizId: input.quizId, type: 'view', channel: touch?.channel ?? null, source, hostPage, createdAt: input.now }).run();
    bumpCohort(tx, { quizId: input.quizId, day: dayOf(input.now), arrival: touch?.channel ?? 'direct', outcomeId: '', source, hostPage, shareChannel: '' }, { views: 1 });
    bumpRevision(tx, input.quizId);
  });
}

/**
 * Makes the visitor a player of the quiz, once: a second start returns the same player. The first touch decides
 * attribution: a touch through another player's link makes that player the parent, with generation + 1 and the
 * link's channel; a direct first touch (or none) makes a seed player of generation 0.
 */
export function startPlayer(db: Db, input: { quizId: string; visitorId: string; now: number } & VisitOrigin): { playerId: string; isNew: boolean } {
  return db.transaction((tx) => ensurePlayer(tx, input));
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type PlayerCampaign = { state: CampaignState; isPlayer: boolean; isAdmitted: boolean; startsAt: number | null; endedMessage: string | null; endedUrl: string | null };

/**
 * Where a quiz's campaign stands for one visitor at `now`: its state (schedule, pause, stop, archive, cap),
 * whether the visitor already started it, and whether they may play (see isAdmitted), with what the ended
 * page shows. Undefined for an unknown quiz.
 */
export function getPlayerCampaign(db: Db | Tx, input: { quizId: string; visitorId: string | null; now: number }): PlayerCampaign | undefined {
  const row = db
    .select({
      publishedVersionId: quizzes.publishedVersionId,
      startsAt: quizzes.startsAt,
      endsAt: quizzes.endsAt,
      pausedAt: quizzes.pausedAt,
      stoppedAt: quizzes.stoppedAt,
      archivedAt: quizzes.archivedAt,
      playerCap: quizzes.playerCap,
      endedMessage: quizzes.endedMessage,
      endedUrl: quizzes.endedUrl,
    })
    .from(quizzes)
    .where(eq(quizzes.id, input.quizId))
    .get();
  if (!row) return undefined;
  // Counting players is only needed when there is a cap.
  const playerCount = row.playerCap === null ? 0 : (db.select({ n: count() }).from(players).where(eq(players.quizId, input.quizId)).get()?.n ?? 0);
  const isPlayer =
    input.visitorId !== null &&
    db
      .select({ id: players.id })
      .from(players)
      .where(and(eq(players.quizId, input.quizId), eq(players.visitorId, input.visitorId)))
      .get() !== undefined;
  const state = getCampaignState({ ...row, players: playerCount, now: input.now });
  return { state, isPlayer, isAdmitted: isAdmitted(state, isPlayer), startsAt: row.startsAt, endedMessage: row.endedMessage, endedUrl: row.endedUrl };
}

/**
 * Like startPlayer, but only while the campaign admits the visitor, checked in the same transaction as the
 * insert, so the player cap cannot be overrun: the (cap + 1)-th new player is refused with the state.
 */
export function startCampaignPlayer(db: Db, input: { quizId: string; visitorId: string; now: number } & VisitOrigin): { ok: true; playerId: string; isNew: boolean } | { ok: false; state: CampaignState } {
  return db.transaction((tx) => {
    const campaign = getPlayerCampaign(tx, input);
    if (!campaign?.isAdmitted) return { ok: false as const, state: campaign?.state ?? 'draft' };
    return { ok: true as const, ...ensurePlayer(tx, input) };
  });
}

/**
 * The visitor's player of the quiz inside the caller's transaction, made on their first call with the
 * attribution of their first touch (see startPlayer). Exported for db/games.ts, whose plays run it in the
 * transaction of the draw; it does not check the campaign (see getPlayerCampaign).
 */
export function ensurePlayer(tx: Tx, input: { quizId: string; visitorId: string; now: number } & VisitOrigin): { playerId: string; isNew: boolean } {
  const existing = tx
    .select({ id: players.id })
    .from(players)
    .where(and(eq(players.quizId, input.quizId), eq(players.visitorId, input.visitorId)))
    .get();
  if (existing) return { playerId: existing.id, isNew: false };
  tx.insert(touches).values({ quizId: input.quizId, visitorId: input.visitorId, shareLinkId: null, createdAt: input.now }).onConflictDoNothing().run();
  const parent = tx
    .select({ linkId: shareLinks.id, channel: shareLinks.channel, playerId: players.id, generation: players.generation, visitorId: players.visitorId, source: players.source, rootPlayerId: players.rootPlayerId })
    .from(touches)
    .innerJoin(shareLinks, eq(shareLinks.id, touches.shareLinkId))
    .innerJoin(players, eq(players.id, shareLinks.playerId))
    .where(and(eq(touches.quizId, input.quizId), eq(touches.visitorId, input.visitorId)))
    .get();
  const isReferred = parent !== undefined && parent.visitorId !== input.visitorId;
  const number = (tx.select({ max: sql<number>`coalesce(max(${players.number}), 0)` }).from(players).where(eq(players.quizId, input.quizId)).get()?.max ?? 0) + 1;
  const playerId = createRandomId();
  tx.insert(players)
    .values({
      id: playerId,
      quizId: input.quizId,
      visitorId: input.visitorId,
      number,
      parentPlayerId: isReferred ? parent.playerId : null,
      shareLinkId: isReferred ? parent.linkId : null,
      channel: isReferred ? parent.channel : null,
      generation: isReferred ? parent.generation + 1 : 0,
      startedAt: input.now,
      // A referred player belongs to the tree (and so the source) of the player who brought them.
      source: isReferred ? parent.source : (input.source ?? 'direct'),
      hostPage: input.hostPage ?? '',
      rootPlayerId: isReferred ? parent.rootPlayerId : playerId,
    })
    .run();
  const facts = getPlayerFacts(tx, playerId);
  if (facts) countNewPlayer(tx, facts);
  bumpRevision(tx, input.quizId);
  return { playerId, isNew: true };
}

/**
 * Stores a completed play on the version it was played on, marks the player as a completer, and makes the
 * result's share links (one per channel) in the same transaction, so a result never exists without them.
 */
export function completePlay(
  db: Db,
  input: { quiz: PublishedQuiz; visitorId: string; name: string; sheet: AnswerSheet; score: Score; now: number; newToken: () => string },
): { resultId: string } {
  return db.transaction((tx) => recordPlayResult(tx, input));
}

/** What a mini-game play records as its result: its outcome (the prize id or 'try-again'), without a score. */
export type GameScore = { kind: 'wheel' | 'scratch'; resultId: string };

/**
 * completePlay's work inside the caller's transaction: the result, its frozen rarity, the player's completion,
 * and its share links. Exported for db/games.ts, which records a game play's result in the draw's transaction.
 */
export function recordPlayResult(
  tx: Tx,
  input: { quiz: Pick<PublishedQuiz, 'id' | 'versionId'>; visitorId: string; name: string; sheet: AnswerSheet; score: Score | GameScore; now: number; newToken: () => string },
): { resultId: string } {
  const { playerId } = ensurePlayer(tx, { quizId: input.quiz.id, visitorId: input.visitorId, now: input.now });
  const resultId = createRandomId();
  const trivia = input.score.kind === 'trivia' ? input.score : undefined;
  tx.insert(results)
    .values({
      id: resultId,
      playerId,
      quizId: input.quiz.id,
      versionId: input.quiz.versionId,
      outcomeId: input.score.resultId,
      score: trivia?.score ?? null,
      maxScore: trivia?.maxScore ?? null,
      percent: trivia?.percent ?? null,
      name: input.name,
      answers: input.sheet,
      createdAt: input.now,
    })
    .run();
  // How this result compares with every play so far, this one included: frozen into the result and its card.
  // The counts per outcome and percentage make it constant-time however many results there are.
  tx.insert(resultCounts)
    .values({ quizId: input.quiz.id, outcomeId: input.score.resultId, percent: trivia?.percent ?? -1, results: 1 })
    .onConflictDoUpdate({ target: [resultCounts.quizId, resultCounts.outcomeId, resultCounts.percent], set: { results: sql`${resultCounts.results} + 1` } })
    .run();
  const counted = tx
    .select({
      total: sql<number>`coalesce(sum(${resultCounts.results}), 0)`,
      same: sql<number>`coalesce(sum(case when ${resultCounts.outcomeId} = ${input.score.resultId} then ${resultCounts.results} end), 0)`,
      lower: sql<number>`coalesce(sum(case when ${resultCounts.percent} >= 0 and ${resultCounts.percent} < ${trivia?.percent ?? -1} then ${resultCounts.results} end), 0)`,
    })
    .from(resultCounts)
    .where(eq(resultCounts.quizId, input.quiz.id))
    .get();
  const total = counted?.total ?? 0;
  const same = counted?.same ?? 0;
  const lower = trivia ? (counted?.lower ?? 0) : 0;
  tx.update(results)
    .set({ rarityPercent: toPercent(same, total), percentile: total === 0 ? 0 : Math.floor((100 * lower) / total) })
    .where(eq(results.id, resultId))
    .run();
  // The first completion decides the player's result for the analytics; a replay only renames them.
  const facts = getPlayerFacts(tx, playerId);
  if (facts && facts.completedAt === null) {
    countCompletion(tx, facts, input.score.resultId);
    tx.update(players).set({ completedAt: input.now, outcomeId: input.score.resultId }).where(eq(players.id, playerId)).run();
  }
  tx.update(players).set({ name: input.name }).where(eq(players.id, playerId)).run();
  bumpRevision(tx, input.quiz.id);
  tx.insert(shareLinks)
    .values(shareChannels.map((channel) => ({ id: createRandomId(), token: input.newToken(), playerId, resultId, quizId: input.quiz.id, channel, createdAt: input.now })))
    .run();
  return { resultId };
}

export type ResultView = {
  resultId: string;
  playerId: string;
  visitorId: string;
  quizSlug: string;
  quizId: string;
  versionId: string;
  answers: AnswerSheet;
  summary: ResultSummary;
  createdAt: number;
  tokens: Record<ShareChannel, string>;
};

/** A result with what is needed to show it: its quiz version, its rarity or percentile (as of its play), and its share tokens. */
export function getResultView(db: Db, resultId: string): ResultView | undefined {
  const row = db
    .select({ result: results, visitorId: players.visitorId, slug: quizzes.slug, definition: quizVersions.definition })
    .from(results)
    .innerJoin(players, eq(players.id, results.playerId))
    .innerJoin(quizzes, eq(quizzes.id, results.quizId))
    .innerJoin(quizVersions, eq(quizVersions.id, results.versionId))
    .where(and(eq(results.id, resultId), inArray(quizzes.kind, quizKinds)))
    .get();
  if (!row) return undefined;
  const { result } = row;
  const links = db.select({ channel: shareLinks.channel, token: shareLinks.token }).from(shareLinks).where(eq(shareLinks.resultId, resultId)).all();
  const tokens = Object.fromEntries(links.map((l) => [l.channel, l.token])) as Record<ShareChannel, string>;
  return {
    resultId,
    playerId: result.playerId,
    visitorId: row.visitorId,
    quizSlug: row.slug,
    quizId: result.quizId,
    versionId: result.versionId,
    answers: result.answers as AnswerSheet,
    createdAt: result.createdAt,
    tokens,
    summary: {
      definition: readDefinition(result.versionId, row.definition),
      outcomeId: result.outcomeId,
      playerName: result.name,
      score: result.score,
      maxScore: result.maxScore,
      rarityPercent: result.rarityPercent,
      percentile: result.percentile,
    },
  };
}

/** How many plays chose each answer of each question of a quiz: a poll's distribution. */
export function getAnswerDistribution(db: Db, quizId: string): Record<string, Record<string, number>> {
  const rows = db.all<{ questionId: string; answerId: string; n: number }>(sql`
    select q.key as questionId, a.value as answerId, count(*) as n
    from ${results} r, json_each(r.answers) q, json_each(q.value) a
    where r.quiz_id = ${quizId}
    group by q.key, a.value`);
  const distribution: Record<string, Record<string, number>> = {};
  for (const row of rows) (distribution[row.questionId] ??= {})[row.answerId] = row.n;
  return distribution;
}

/**
 * Counts a press of a share button by the result's owner. Returns false, and counts nothing, for a result that
 * is not the visitor's: only the player can share as themselves.
 */
export function recordShareIntent(db: Db, input: { resultId: string; channel: ShareChannel; visitorId: string; isConfirmed: boolean; now: number }): boolean {
  const link = db
    .select({ id: shareLinks.id, quizId: shareLinks.quizId, playerId: shareLinks.playerId, visitorId: players.visitorId })
    .from(shareLinks)
    .innerJoin(players, eq(players.id, shareLinks.playerId))
    .where(and(eq(shareLinks.resultId, input.resultId), eq(shareLinks.channel, input.channel)))
    .get();
  if (!link || link.visitorId !== input.visitorId) return false;
  db.transaction((tx) => {
    tx.insert(events)
      .values({ quizId: link.quizId, type: 'share', playerId: link.playerId, shareLinkId: link.id, channel: input.channel, isConfirmed: input.isConfirmed, createdAt: input.now })
      .run();
    const player = getPlayerFacts(tx, link.playerId);
    if (player) {
      bumpCohort(tx, cohortKeyOf(player, input.channel), { shareIntents: 1, confirmedShares: input.isConfirmed ? 1 : 0 });
      countSharing(tx, player, { id: link.id, channel: input.channel }, input.now);
    }
    bumpRevision(tx, link.quizId);
  });
  return true;
}

export type OpenedShareLink = { resultId: string; quizId: string; channel: string; isOwnLink: boolean };

/**
 * Records a visit of a share link and returns what it points to. A link-preview crawler's fetch is a crawler
 * fetch; another bot counts nothing; the sharer opening their own link counts nothing; a person's visit is a
 * click (once per visitor, link and UTC day) and becomes their first touch of the quiz if they had none.
 */
export function openShareLink(db: Db, input: { token: string; visitorId: string | null; visitorKind: VisitorKind; now: number }): OpenedShareLink | undefined {
  const link = db
    .select({ id: shareLinks.id, resultId: shareLinks.resultId, quizId: shareLinks.quizId, channel: shareLinks.channel, playerId: shareLinks.playerId, ownerVisitorId: players.visitorId })
    .from(shareLinks)
    .innerJoin(players, eq(players.id, shareLinks.playerId))
    .where(eq(shareLinks.token, input.token))
    .get();
  if (!link) return undefined;
  const isOwnLink = input.visitorId !== null && input.visitorId === link.ownerVisitorId;
  const opened = { resultId: link.resultId, quizId: link.quizId, channel: link.channel, isOwnLink };
  if (input.visitorKind === 'preview') {
    db.transaction((tx) => {
      tx.insert(events).values({ quizId: link.quizId, type: 'crawler', shareLinkId: link.id, channel: link.channel, createdAt: input.now }).run();
      const owner = getPlayerFacts(tx, link.playerId);
      if (owner) bumpCohort(tx, cohortKeyOf(owner, link.channel), { crawlerFetches: 1 });
      bumpRevision(tx, link.quizId);
    });
    return opened;
  }
  if (input.visitorKind === 'bot' || input.visitorId === null || isOwnLink) return opened;
  const visitorId = input.visitorId;
  db.transaction((tx) => {
    const click = tx.insert(linkClicks).values({ shareLinkId: link.id, visitorId, day: dayOf(input.now), quizId: link.quizId, createdAt: input.now }).onConflictDoNothing().run();
    tx.insert(touches).values({ quizId: link.quizId, visitorId, shareLinkId: link.id, createdAt: input.now }).onConflictDoNothing().run();
    if (click.changes === 0) return;
    const owner = getPlayerFacts(tx, link.playerId);
    if (owner) {
      bumpCohort(tx, cohortKeyOf(owner, link.channel), { clicks: 1 });
      countSharing(tx, owner, { id: link.id, channel: link.channel }, input.now);
    }
    bumpRevision(tx, link.quizId);
  });
  return opened;
}

export type QuizStats = {
  views: number;
  players: number;
  completions: number;
  shareIntents: number;
  confirmedShares: number;
  shareIntentsByChannel: Record<string, number>;
  sharers: number;
  clicks: number;
  clicksByChannel: Record<string, number>;
  crawlerFetches: number;
  referredPlayers: number;
  referredPlayersByChannel: Record<string, number>;
  maxGeneration: number;
} & ViralFactors;

/**
 * The loop's figures for one quiz over all time, with K and its factors, read from the analytics rollups (so
 * they survive the retention of raw events). Referred players are those brought by the quiz's players.
 */
export function getQuizStats(db: Db, quizId: string): QuizStats {
  const { counts, byChannel, maxGeneration } = getAllTimeCounts(db, quizId);
  const pick = (key: 'shareIntents' | 'clicks' | 'referred') => Object.fromEntries(byChannel.filter((c) => c[key] > 0).map((c) => [c.channel, c[key]]));
  return {
    views: counts.views ?? 0,
    players: counts.players,
    completions: counts.completers,
    shareIntents: counts.shareIntents,
    confirmedShares: counts.confirmedShares,
    shareIntentsByChannel: pick('shareIntents'),
    sharers: counts.sharers,
    clicks: counts.clicks,
    clicksByChannel: pick('clicks'),
    crawlerFetches: counts.crawlerFetches,
    referredPlayers: counts.referred,
    referredPlayersByChannel: pick('referred'),
    maxGeneration,
    ...computeViralFactors({ players: counts.players, sharers: counts.sharers, clicks: counts.clicks, referredPlayers: counts.referred }),
  };
}

/** A rendered card by its content hash, if it was rendered before. */
export function getCachedCard(db: Db, hash: string): Buffer | undefined {
  return db.select({ png: cards.png }).from(cards).where(eq(cards.hash, hash)).get()?.png;
}

/** Keeps a rendered card under its content hash; a second render of the same card changes nothing. */
export function putCachedCard(db: Db, hash: string, png: Buffer, now: number): void {
  db.insert(cards).values({ hash, png, bytes: png.length, createdAt: now }).onConflictDoNothing().run();
}

/** The result a share link points to, without counting anything (for the page's metadata). */
export function getResultIdByToken(db: Db, token: string): string | undefined {
  return db.select({ resultId: shareLinks.resultId }).from(shareLinks).where(eq(shareLinks.token, token)).get()?.resultId;
}
