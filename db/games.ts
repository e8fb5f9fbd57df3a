import { and, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { GamePlayResult, GamePrizeStock, GameRefusal, GameStatus, LeadSummary, PrizeCodeCounts } from '@/lib/games/api-types';
import { checkWinCode, generateWinCode, normalizeWinCode } from '@/lib/games/codes';
import { drawOutcome, getRemainingStock, pickOne } from '@/lib/games/draw';
import { describeGameOutcome, gameDefinitionSchema, gameKinds, parseGameDraft, tryAgainOutcomeId, type GameDefinition, type GameOutcome, type Prize } from '@/lib/games/game-schema';
import { buildLeadsCsv, normalizeLeadEmail } from '@/lib/games/leads';
import { computePlayAllowance, type PlayAllowance } from '@/lib/games/rewards';
import type { ShareChannel } from '@/lib/share';
import { createRandomId } from '@/lib/tokens';
import type { Db } from './client';
import { ensurePlayer, getPlayerCampaign, recordPlayResult, type VisitOrigin } from './queries';
import { dayOf } from './rollups';
import { gamePlays, leads, players, prizeWins, quizVersions, quizzes, results, shareLinks, winCodes } from './schema';

/**
 * Mini-games (spin-the-wheel, scratch card): the read path of a published game, the play (a server-side draw
 * against the stock, in one transaction), share-to-play-again status, win codes and leads. Games are rows of
 * `quizzes` with kind 'wheel' or 'scratch' and their definition in quiz_versions; their players, results and
 * share links are the quizzes' own, so cards, sharing, attribution and stats work the same.
 */

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Runner = Db | Tx;

export type PublishedGame = { id: string; slug: string; workspaceId: string; versionId: string; version: number; definition: GameDefinition };

// Versions never change once written, so a parsed definition can be kept for the life of the process.
const definitionCache = new Map<string, GameDefinition>();

function readGameDefinition(versionId: string, stored: unknown): GameDefinition {
  let definition = definitionCache.get(versionId);
  if (!definition) {
    definition = gameDefinitionSchema.parse(stored);
    definitionCache.set(versionId, definition);
  }
  return definition;
}

const gameColumns = { id: quizzes.id, slug: quizzes.slug, workspaceId: quizzes.workspaceId, versionId: quizVersions.id, version: quizVersions.version, definition: quizVersions.definition };

/** A published game by its public slug, with the version players get now; undefined for anything else (a quiz, a draft, no such slug). */
export function getPublishedGame(db: Runner, slug: string): PublishedGame | undefined {
  const row = db
    .select(gameColumns)
    .from(quizzes)
    .innerJoin(quizVersions, eq(quizVersions.id, quizzes.publishedVersionId))
    .where(and(eq(quizzes.slug, slug), eq(quizzes.status, 'published'), inArray(quizzes.kind, gameKinds)))
    .get();
  return row ? { ...row, definition: readGameDefinition(row.versionId, row.definition) } : undefined;
}

/** Every published, unarchived game, newest first, with its number of players: the home page lists them beside the quizzes. */
export function listPublishedGames(db: Db): { slug: string; definition: GameDefinition; players: number }[] {
  const rows = db
    .select({ ...gameColumns, players: sql<number>`(select count(*) from players where players.quiz_id = ${quizzes.id})` })
    .from(quizzes)
    .innerJoin(quizVersions, eq(quizVersions.id, quizzes.publishedVersionId))
    .where(and(eq(quizzes.status, 'published'), isNull(quizzes.archivedAt), inArray(quizzes.kind, gameKinds)))
    .orderBy(desc(quizzes.createdAt), quizzes.slug)
    .all();
  return rows.map((r) => ({ slug: r.slug, players: r.players, definition: readGameDefinition(r.versionId, r.definition) }));
}

/** A published game by id (see getPublishedGame). */
export function getPublishedGameById(db: Runner, quizId: string): PublishedGame | undefined {
  const row = db
    .select(gameColumns)
    .from(quizzes)
    .innerJoin(quizVersions, eq(quizVersions.id, quizzes.publishedVersionId))
    .where(and(eq(quizzes.id, quizId), eq(quizzes.status, 'published'), inArray(quizzes.kind, gameKinds)))
    .get();
  return row ? { ...row, definition: readGameDefinition(row.versionId, row.definition) } : undefined;
}

// ——— Plays ———

/** A play refused: the game is not published (not_found), or a GameRefusal the route passes on as its details. */
export type GamePlayRefusal = { ok: false } & ({ reason: 'not_found' } | Extract<GameRefusal, { reason: 'closed' | 'no_plays_left' | 'lead_required' }>);

export type PlayGameInput = {
  quizId: string;
  visitorId: string;
  /** the client's id for this play: the same id again returns the same play */
  requestId: string;
  now: number;
  /** a uniform float in [0, 1): crypto-backed in production, seeded in tests */
  random: () => number;
  /** a share token for each of the result's share links */
  newToken: () => string;
  /** the player's name for the card (already cleaned); their earlier name is kept when left out */
  name?: string;
} & VisitOrigin;

/**
 * One play of a published game, all in ONE immediate transaction (SQLite has one writer at a time, so no other
 * play reads or takes stock in between): a replayed request id returns the same play; the campaign must admit
 * the visitor, who becomes a player (attribution as for quizzes); they must have a play left (playsPerPlayer +
 * what their friends earned) and, when the game asks for one, have left their e-mail; then the outcome is drawn
 * from the prizes open to them with the stock left now (lib/games/draw.ts), the unit is counted in prize_wins
 * (in all and for the UTC day), the prize's code assigned (a free imported one, or a new unique one), and the
 * result recorded with its share links like a quiz's (outcome id: the prize id, or 'try-again').
 */
export function playGame(db: Db, input: PlayGameInput): GamePlayResult | GamePlayRefusal {
  return db.transaction(
    (tx): GamePlayResult | GamePlayRefusal => {
      const game = getPublishedGameById(tx, input.quizId);
      if (!game) return { ok: false, reason: 'not_found' };
      const { definition } = game;
      const known = tx
        .select({ id: players.id, name: players.name })
        .from(players)
        .where(and(eq(players.quizId, game.id), eq(players.visitorId, input.visitorId)))
        .get();
      if (known) {
        const replay = tx.select().from(gamePlays).where(and(eq(gamePlays.playerId, known.id), eq(gamePlays.requestId, input.requestId))).get();
        if (replay) return describeReplay(tx, definition, replay, input.now);
      }
      const campaign = getPlayerCampaign(tx, { quizId: game.id, visitorId: input.visitorId, now: input.now });
      if (!campaign?.isAdmitted) return { ok: false, reason: 'closed', state: campaign?.state ?? 'draft' };
      const { playerId } = ensurePlayer(tx, { quizId: game.id, visitorId: input.visitorId, now: input.now, source: input.source, hostPage: input.hostPage });
      const allowance = getAllowance(tx, definition, playerId, input.now);
      const playsUsed = countPlays(tx, playerId);
      if (playsUsed >= allowance.playsAllowed) return { ok: false, reason: 'no_plays_left', playsAllowed: allowance.playsAllowed, playsUsed, nextFriendGivesPlay: allowance.nextFriendGivesPlay };
      if (definition.leadCapture.isEnabled && !hasLead(tx, playerId)) return { ok: false, reason: 'lead_required', consentText: definition.leadCapture.consentText };

      const stock = readStock(tx, game.id, definition.prizes, input.now);
      const pool = new Set(allowance.prizePool);
      const candidates = definition.prizes.filter((p) => pool.has(p.id)).map((p) => ({ id: p.id, odds: p.odds, remaining: stock.get(p.id)?.remaining ?? null }));
      const prizeId = drawOutcome({ candidates, tryAgainOdds: definition.tryAgain.odds, random: input.random });
      const prize = prizeId === null ? undefined : definition.prizes.find((p) => p.id === prizeId);
      const playId = createRandomId();
      let code: string | null = null;
      if (prize) {
        takeUnit(tx, game.id, prize, input.now);
        code = assignCode(tx, { quizId: game.id, prize, playId, now: input.now, random: input.random });
      }
      const segment = definition.kind === 'wheel' ? pickOne(definition.segments.filter((s) => s.prizeId === (prizeId ?? null)), input.random) : undefined;
      const { resultId } = recordPlayResult(tx, {
        quiz: { id: game.id, versionId: game.versionId },
        visitorId: input.visitorId,
        name: input.name ?? known?.name ?? '',
        sheet: segment ? { segment: [segment.id] } : {},
        score: { kind: definition.kind, resultId: prizeId ?? tryAgainOutcomeId },
        now: input.now,
        newToken: input.newToken,
      });
      tx.insert(gamePlays).values({ id: playId, quizId: game.id, playerId, requestId: input.requestId, prizeId: prizeId ?? '', resultId, createdAt: input.now }).run();
      return {
        ok: true,
        isReplay: false,
        playId,
        prizeId,
        segmentId: segment?.id ?? null,
        resultId,
        code,
        hasCode: code !== null,
        playsUsed: playsUsed + 1,
        playsAllowed: allowance.playsAllowed,
        playsLeft: Math.max(0, allowance.playsAllowed - playsUsed - 1),
      };
    },
    { behavior: 'immediate' },
  );
}

function describeReplay(tx: Tx, definition: GameDefinition, play: typeof gamePlays.$inferSelect, now: number): GamePlayResult {
  const result = play.resultId ? tx.select({ answers: results.answers }).from(results).where(eq(results.id, play.resultId)).get() : undefined;
  const allowance = getAllowance(tx, definition, play.playerId, now);
  const playsUsed = countPlays(tx, play.playerId);
  const hasCode = tx.select({ id: winCodes.id }).from(winCodes).where(eq(winCodes.playId, play.id)).get() !== undefined;
  return {
    ok: true,
    isReplay: true,
    playId: play.id,
    prizeId: play.prizeId === '' ? null : play.prizeId,
    segmentId: readSegmentId(result?.answers),
    resultId: play.resultId ?? '',
    code: null,
    hasCode,
    playsUsed,
    playsAllowed: allowance.playsAllowed,
    playsLeft: Math.max(0, allowance.playsAllowed - playsUsed),
  };
}

function readSegmentId(answers: unknown): string | null {
  if (answers === null || typeof answers !== 'object' || !('segment' in answers)) return null;
  const segment: unknown = answers.segment;
  return Array.isArray(segment) && typeof segment[0] === 'string' ? segment[0] : null;
}

function countPlays(runner: Runner, playerId: string): number {
  return runner.select({ n: count() }).from(gamePlays).where(eq(gamePlays.playerId, playerId)).get()?.n ?? 0;
}

function hasLead(runner: Runner, playerId: string): boolean {
  return runner.select({ id: leads.id }).from(leads).where(eq(leads.playerId, playerId)).get() !== undefined;
}

/** When each friend of the player (a player they referred) first played: what share-to-play-again counts. */
function listFriendTimes(runner: Runner, playerId: string): number[] {
  return runner
    .select({ completedAt: players.completedAt })
    .from(players)
    .where(and(eq(players.parentPlayerId, playerId), isNotNull(players.completedAt)))
    .all()
    .map((r) => r.completedAt ?? 0);
}

function getAllowance(runner: Runner, definition: GameDefinition, playerId: string, now: number): PlayAllowance {
  return computePlayAllowance(definition, listFriendTimes(runner, playerId), now);
}

type PrizeStock = { wonTotal: number; wonToday: number; freeCodes: number | null; remaining: number | null };

/** Each prize's wins (in all and on the UTC day of `now`), free imported codes, and the units left to win. */
function readStock(runner: Runner, quizId: string, prizes: readonly Prize[], now: number): Map<string, PrizeStock> {
  const today = dayOf(now);
  const wins = runner
    .select({ prizeId: prizeWins.prizeId, period: prizeWins.period, won: prizeWins.won })
    .from(prizeWins)
    .where(and(eq(prizeWins.quizId, quizId), inArray(prizeWins.period, ['all', today])))
    .all();
  const free = new Map(
    runner
      .select({ prizeId: winCodes.prizeId, n: count() })
      .from(winCodes)
      .where(and(eq(winCodes.quizId, quizId), isNull(winCodes.playId)))
      .groupBy(winCodes.prizeId)
      .all()
      .map((r) => [r.prizeId, r.n]),
  );
  const won = (prizeId: string, period: string) => wins.find((w) => w.prizeId === prizeId && w.period === period)?.won ?? 0;
  return new Map(
    prizes.map((prize) => {
      const wonTotal = won(prize.id, 'all');
      const wonToday = won(prize.id, today);
      // A prize given with imported codes can only be won while a code is left to give.
      const freeCodes = prize.codes === 'imported' ? (free.get(prize.id) ?? 0) : null;
      return [prize.id, { wonTotal, wonToday, freeCodes, remaining: getRemainingStock({ stockTotal: prize.stockTotal, stockPerDay: prize.stockPerDay, wonTotal, wonToday, freeCodes }) }];
    }),
  );
}

/** Counts one unit of a prize as won, in all and today; a count past the stock is a bug, and rolls the play back. */
function takeUnit(tx: Tx, quizId: string, prize: Prize, now: number): void {
  for (const period of ['all', dayOf(now)]) {
    tx.insert(prizeWins)
      .values({ quizId, prizeId: prize.id, period, won: 1 })
      .onConflictDoUpdate({ target: [prizeWins.quizId, prizeWins.prizeId, prizeWins.period], set: { won: sql`${prizeWins.won} + 1` } })
      .run();
    const won = tx.select({ won: prizeWins.won }).from(prizeWins).where(and(eq(prizeWins.quizId, quizId), eq(prizeWins.prizeId, prize.id), eq(prizeWins.period, period))).get()?.won ?? 0;
    const limit = period === 'all' ? prize.stockTotal : prize.stockPerDay;
    if (limit !== null && won > limit) throw new Error(`Prize ${prize.id} of ${quizId} would go past its stock (${period}).`);
  }
}

/** Gives the play its code: the first imported one still free, or a new unique generated one; null for a prize without codes. */
function assignCode(tx: Tx, input: { quizId: string; prize: Prize; playId: string; now: number; random: () => number }): string | null {
  const { prize } = input;
  if (prize.codes === 'none') return null;
  if (prize.codes === 'imported') {
    const free = tx
      .select({ id: winCodes.id, code: winCodes.code })
      .from(winCodes)
      .where(and(eq(winCodes.quizId, input.quizId), eq(winCodes.prizeId, prize.id), isNull(winCodes.playId)))
      // in the order they were imported (rowid follows insertion)
      .orderBy(sql`rowid`)
      .limit(1)
      .get();
    if (!free) throw new Error(`Prize ${prize.id} of ${input.quizId} was drawn with no code left.`);
    tx.update(winCodes).set({ playId: input.playId, assignedAt: input.now, revealedAt: input.now }).where(eq(winCodes.id, free.id)).run();
    return free.code;
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = generateWinCode(input.random, prize.codePrefix ?? '');
    const inserted = tx
      .insert(winCodes)
      .values({ id: createRandomId(), quizId: input.quizId, prizeId: prize.id, code, isImported: false, playId: input.playId, assignedAt: input.now, revealedAt: input.now, createdAt: input.now })
      .onConflictDoNothing()
      .run();
    if (inserted.changes === 1) return code;
  }
  throw new Error(`No free code could be generated for prize ${prize.id} of ${input.quizId}.`);
}

// ——— What a player sees: status and results ———


/**
 * Where a visitor stands in a game at `now`, for the live result page: plays used and allowed, friends who played
 * through their links (in all and today), the next friend's reward, tiers reached and the next one, the prizes
 * open to them, and whether an e-mail is still needed. A visitor who never played gets the starting figures.
 * Undefined for a game that is not published.
 */
export function getGameStatus(db: Db, input: { quizId: string; visitorId: string | null; now: number }): GameStatus | undefined {
  const game = getPublishedGameById(db, input.quizId);
  if (!game) return undefined;
  const player =
    input.visitorId === null
      ? undefined
      : db
          .select({ id: players.id })
          .from(players)
          .where(and(eq(players.quizId, game.id), eq(players.visitorId, input.visitorId)))
          .get();
  const allowance = computePlayAllowance(game.definition, player ? listFriendTimes(db, player.id) : [], input.now);
  const plays = player
    ? db
        .select({ playId: gamePlays.id, prizeId: gamePlays.prizeId, resultId: gamePlays.resultId, createdAt: gamePlays.createdAt, codeId: winCodes.id })
        .from(gamePlays)
        .leftJoin(winCodes, eq(winCodes.playId, gamePlays.id))
        .where(eq(gamePlays.playerId, player.id))
        .orderBy(gamePlays.createdAt, gamePlays.id)
        .all()
        .map((p) => ({ playId: p.playId, prizeId: p.prizeId === '' ? null : p.prizeId, resultId: p.resultId ?? '', createdAt: p.createdAt, hasCode: p.codeId !== null }))
    : [];
  const isLead = player ? hasLead(db, player.id) : false;
  return {
    ...allowance,
    playsUsed: plays.length,
    playsLeft: Math.max(0, allowance.playsAllowed - plays.length),
    isLeadRequired: game.definition.leadCapture.isEnabled && !isLead,
    hasLead: isLead,
    plays,
  };
}

export type GameResultView = {
  resultId: string;
  playId: string | null;
  playerId: string;
  visitorId: string;
  playerName: string;
  quizId: string;
  slug: string;
  versionId: string;
  definition: GameDefinition;
  /** the prize id, or 'try-again' */
  outcomeId: string;
  /** what the outcome shows; undefined only if the version does not know it (never for results Ripple wrote) */
  outcome: GameOutcome | undefined;
  segmentId: string | null;
  /** whether the play won a code; the code itself is never read back */
  hasCode: boolean;
  /** the share of plays with this outcome so far, in percent, frozen at play time */
  rarityPercent: number;
  createdAt: number;
  tokens: Record<ShareChannel, string>;
};

/** A game play's result with what its page, card and share page need, on the version it was played on; undefined for a quiz's result or none. */
export function getGameResultView(db: Db, resultId: string): GameResultView | undefined {
  const row = db
    .select({ result: results, visitorId: players.visitorId, slug: quizzes.slug, definition: quizVersions.definition, playId: gamePlays.id })
    .from(results)
    .innerJoin(players, eq(players.id, results.playerId))
    .innerJoin(quizzes, eq(quizzes.id, results.quizId))
    .innerJoin(quizVersions, eq(quizVersions.id, results.versionId))
    .leftJoin(gamePlays, eq(gamePlays.resultId, results.id))
    .where(and(eq(results.id, resultId), inArray(quizzes.kind, gameKinds)))
    .get();
  if (!row) return undefined;
  const { result } = row;
  const definition = readGameDefinition(result.versionId, row.definition);
  const links = db.select({ channel: shareLinks.channel, token: shareLinks.token }).from(shareLinks).where(eq(shareLinks.resultId, resultId)).all();
  const hasCode = row.playId !== null && db.select({ id: winCodes.id }).from(winCodes).where(eq(winCodes.playId, row.playId)).get() !== undefined;
  return {
    resultId,
    playId: row.playId,
    playerId: result.playerId,
    visitorId: row.visitorId,
    playerName: result.name,
    quizId: result.quizId,
    slug: row.slug,
    versionId: result.versionId,
    definition,
    outcomeId: result.outcomeId,
    outcome: describeGameOutcome(definition, result.outcomeId),
    segmentId: readSegmentId(result.answers),
    hasCode,
    rarityPercent: result.rarityPercent,
    createdAt: result.createdAt,
    tokens: Object.fromEntries(links.map((l) => [l.channel, l.token])) as Record<ShareChannel, string>,
  };
}

// ——— Studio: stock and win codes ———

/**
 * The prizes of a game as the studio edits them: its saved draft's when it reads as a game draft, else its
 * published version's. Undefined when the quiz is not a game (or does not exist).
 */
export function getGamePrizes(db: Db, quizId: string): { id: string; title: string; codes: Prize['codes'] }[] | undefined {
  const row = db
    .select({ kind: quizzes.kind, draft: quizzes.draft, published: quizVersions.definition })
    .from(quizzes)
    .leftJoin(quizVersions, eq(quizVersions.id, quizzes.publishedVersionId))
    .where(eq(quizzes.id, quizId))
    .get();
  if (!row || !(gameKinds as readonly string[]).includes(row.kind)) return undefined;
  const draft = parseGameDraft(row.draft);
  const source = draft.ok ? draft : parseGameDraft(row.published);
  if (!source.ok) return [];
  return source.draft.prizes.map((p) => ({ id: p.id, title: p.title, codes: p.codes }));
}

/** How many codes each prize of a game has: imported, generated, given to a play, and still free to give. */
export function countWinCodes(db: Db, quizId: string): PrizeCodeCounts[] {
  return db
    .select({
      prizeId: winCodes.prizeId,
      imported: sql<number>`coalesce(sum(case when ${winCodes.isImported} then 1 else 0 end), 0)`,
      generated: sql<number>`coalesce(sum(case when ${winCodes.isImported} then 0 else 1 end), 0)`,
      assigned: sql<number>`coalesce(sum(case when ${winCodes.playId} is not null then 1 else 0 end), 0)`,
      free: sql<number>`coalesce(sum(case when ${winCodes.playId} is null then 1 else 0 end), 0)`,
    })
    .from(winCodes)
    .where(eq(winCodes.quizId, quizId))
    .groupBy(winCodes.prizeId)
    .orderBy(winCodes.prizeId)
    .all();
}

/**
 * Adds imported codes to a prize of a game, in one transaction. Codes are normalised and checked again here (the
 * route parses them with lib/games/codes.ts); a code the game already has, for any prize, is skipped, since codes
 * are unique per game. Returns how many were added and skipped.
 */
export function importWinCodes(db: Db, input: { quizId: string; prizeId: string; codes: readonly string[]; now: number }): { imported: number; skipped: number } {
  return db.transaction(
    (tx) => {
      let imported = 0;
      for (const raw of input.codes) {
        const code = normalizeWinCode(raw);
        if (!checkWinCode(code).ok) continue;
        const inserted = tx.insert(winCodes).values({ id: createRandomId(), quizId: input.quizId, prizeId: input.prizeId, code, isImported: true, createdAt: input.now }).onConflictDoNothing().run();
        imported += inserted.changes;
      }
      return { imported, skipped: input.codes.length - imported };
    },
    { behavior: 'immediate' },
  );
}

/** Each prize of a published game with its stock, what was won (in all and on the UTC day of `now`) and what is left now. */
export function getGameStock(db: Db, quizId: string, now: number): GamePrizeStock[] | undefined {
  const game = getPublishedGameById(db, quizId);
  if (!game) return undefined;
  const stock = readStock(db, quizId, game.definition.prizes, now);
  return game.definition.prizes.map((prize) => {
    const s = stock.get(prize.id) ?? { wonTotal: 0, wonToday: 0, freeCodes: null, remaining: null };
    return { prizeId: prize.id, title: prize.title, stockTotal: prize.stockTotal, stockPerDay: prize.stockPerDay, ...s };
  });
}

// ——— Leads ———

export type SaveLeadOutcome = { ok: true; leadId: string } | ({ ok: false } & ({ reason: 'not_found' | 'invalid_email' } | Extract<GameRefusal, { reason: 'closed' | 'lead_capture_off' | 'consent_mismatch' }>));

/**
 * Stores the e-mail a visitor leaves before a prize is revealed, with the consent text they agreed to, which must
 * be the published game's word for word (a form showing an older text is refused, so what is stored is what was
 * shown). The visitor becomes a player like on a first play (the campaign must admit them). A second lead of
 * the same player replaces the first.
 */
export function saveLead(db: Db, input: { quizId: string; visitorId: string; email: string; consentText: string; now: number } & VisitOrigin): SaveLeadOutcome {
  return db.transaction(
    (tx): SaveLeadOutcome => {
      const game = getPublishedGameById(tx, input.quizId);
      if (!game) return { ok: false, reason: 'not_found' };
      const { leadCapture } = game.definition;
      if (!leadCapture.isEnabled) return { ok: false, reason: 'lead_capture_off' };
      const email = normalizeLeadEmail(input.email);
      if (email === null) return { ok: false, reason: 'invalid_email' };
      if (input.consentText !== leadCapture.consentText) return { ok: false, reason: 'consent_mismatch' };
      const campaign = getPlayerCampaign(tx, { quizId: game.id, visitorId: input.visitorId, now: input.now });
      if (!campaign?.isAdmitted) return { ok: false, reason: 'closed', state: campaign?.state ?? 'draft' };
      const { playerId } = ensurePlayer(tx, { quizId: game.id, visitorId: input.visitorId, now: input.now, source: input.source, hostPage: input.hostPage });
      const id = createRandomId();
      tx.insert(leads)
        .values({ id, quizId: game.id, playerId, email, consentText: leadCapture.consentText, createdAt: input.now })
        .onConflictDoUpdate({ target: leads.playerId, set: { email, consentText: leadCapture.consentText, createdAt: input.now } })
        .run();
      const stored = tx.select({ id: leads.id }).from(leads).where(eq(leads.playerId, playerId)).get();
      return { ok: true, leadId: stored?.id ?? id };
    },
    { behavior: 'immediate' },
  );
}

/** A game's leads, newest first, each with its player's number and name and the prizes they won. */
export function listLeads(db: Db, quizId: string): LeadSummary[] {
  const rows = db
    .select({
      id: leads.id,
      email: leads.email,
      consentText: leads.consentText,
      createdAt: leads.createdAt,
      playerNumber: players.number,
      playerName: players.name,
      prizeIds: sql<string | null>`(select group_concat(${gamePlays.prizeId}, ' ') from ${gamePlays} where ${gamePlays.playerId} = ${leads.playerId} and ${gamePlays.prizeId} <> '')`,
    })
    .from(leads)
    .innerJoin(players, eq(players.id, leads.playerId))
    .where(eq(leads.quizId, quizId))
    .orderBy(desc(leads.createdAt), leads.id)
    .all();
  return rows.map((r) => ({ ...r, prizeIds: r.prizeIds ? r.prizeIds.split(' ') : [] }));
}

/** Deletes one lead of a game: the e-mail and consent are gone from the list and the CSV. Returns whether it existed. */
export function deleteLead(db: Db, input: { quizId: string; leadId: string }): boolean {
  return db.delete(leads).where(and(eq(leads.id, input.leadId), eq(leads.quizId, input.quizId))).run().changes > 0;
}

/** A game's leads as CSV (see buildLeadsCsv), prizes named by the published version's titles (ids when unknown). */
export function getLeadsCsv(db: Db, quizId: string): string {
  const game = getPublishedGameById(db, quizId);
  const titleOf = (prizeId: string) => game?.definition.prizes.find((p) => p.id === prizeId)?.title ?? prizeId;
  return buildLeadsCsv(listLeads(db, quizId).map((lead) => ({ ...lead, prizes: lead.prizeIds.map(titleOf) })));
}
