import type { CampaignState } from '../campaign';
import type { GameOutcome, Prize } from './game-schema';
import type { PlayAllowance } from './rewards';

/**
 * The contract between the mini-games' API (app/api/games/**, app/api/studio/quizzes/[id]/{leads,codes}) and the
 * UI that animates and edits games: what each route answers. db/games.ts returns these shapes, so the UI
 * (which may not import db/) and the server agree by type.
 */

/** One play, as the draw left it (db/games.ts playGame). */
export type GamePlayResult = {
  ok: true;
  /** true when this request id was played before: the same play comes back, nothing was drawn */
  isReplay: boolean;
  playId: string;
  /** the prize won, or null for "try again" */
  prizeId: string | null;
  /** the wheel's segment to stop on (one of those standing for the outcome); null for a scratch card */
  segmentId: string | null;
  /** the play's result (its page, card and share links) */
  resultId: string;
  /** the prize's win code, only in the answer that first reveals it; null afterwards and for prizes without codes */
  code: string | null;
  /** whether this play won a code (shown once, maybe in an earlier answer) */
  hasCode: boolean;
  playsUsed: number;
  playsAllowed: number;
  playsLeft: number;
};

/** POST /api/games/play → 201 (a new play) or 200 (a replayed request id): the play and what its outcome shows. */
export type GamePlayResponse = GamePlayResult & { outcome: GameOutcome | null };

/** Why a play or a lead was refused: `error.details` of a 409 or 410 from the games' routes. */
export type GameRefusal =
  | { reason: 'no_plays_left'; playsAllowed: number; playsUsed: number; nextFriendGivesPlay: boolean }
  | { reason: 'lead_required'; consentText: string }
  | { reason: 'closed'; state: CampaignState }
  | { reason: 'lead_capture_off' }
  | { reason: 'consent_mismatch' };

/**
 * An error of the API: `{ error: { code, message, details } }`. A 400's message starts with the field at fault
 * ("requestId: …") and its details list the issues; a 409 or 410 of the play and lead routes has a GameRefusal
 * as details, whose `reason` tells the UI what to show.
 */
export type GameErrorBody = { error: { code: string; message: string; details?: GameRefusal | { path: string; message: string }[] } };

/** GET /api/games/status?slug= → 200: where a visitor stands, for the live result page. */
export type GameStatus = PlayAllowance & {
  playsUsed: number;
  playsLeft: number;
  /** whether an e-mail must be left before the next play */
  isLeadRequired: boolean;
  hasLead: boolean;
  /** the visitor's plays, oldest first (codes are never shown again) */
  plays: { playId: string; prizeId: string | null; resultId: string; createdAt: number; hasCode: boolean }[];
};

/** One lead in the studio: GET /api/studio/quizzes/[id]/leads → 200 { leads: LeadSummary[] }, newest first. */
export type LeadSummary = { id: string; email: string; consentText: string; createdAt: number; playerNumber: number; playerName: string; prizeIds: string[] };

/** How many codes a prize has: imported, generated, given to a play, still free to give. */
export type PrizeCodeCounts = { prizeId: string; imported: number; generated: number; assigned: number; free: number };

/** A prize's stock as it stands now (UTC day of the request). remaining null: unlimited. */
export type GamePrizeStock = { prizeId: string; title: string; stockTotal: number | null; stockPerDay: number | null; wonTotal: number; wonToday: number; freeCodes: number | null; remaining: number | null };

/** GET /api/studio/quizzes/[id]/codes → 200 (stock is null while the game was never published). */
export type GameCodesResponse = { prizes: { id: string; title: string; codes: Prize['codes'] }[]; codes: PrizeCodeCounts[]; stock: GamePrizeStock[] | null };

/** POST /api/studio/quizzes/[id]/codes { prizeId, codes } → 201. */
export type ImportCodesResponse = {
  imported: number;
  /** codes the game already had (for this prize or another): codes are unique per game */
  alreadyThere: number;
  /** codes given more than once in this import (kept once) */
  duplicates: number;
  /** the first 50 lines that were not codes */
  invalid: { line: number; value: string; problem: string }[];
  invalidCount: number;
  codes: PrizeCodeCounts[];
};
