import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { countWinCodes, getGamePrizes, getGameStock, importWinCodes } from '@/db/games';
import { ApiError } from '@/lib/api-errors';
import type { GameCodesResponse, ImportCodesResponse } from '@/lib/games/api-types';
import { parseWinCodes } from '@/lib/games/codes';
import { maxImportedCodes } from '@/lib/games/game-schema';
import { readJson, withErrors } from '../../../../_lib/handler';

const importSchema = z.object({
  prizeId: z.string().min(1).max(40),
  /** the codes: pasted text or a CSV file's content (one per line, first column), or a list */
  codes: z.union([z.string().max(1_000_000), z.array(z.string().max(200)).max(maxImportedCodes)]),
});

/** The game's prizes, or a 404 for a quiz that is not a game. */
function requireGamePrizes(quizId: string) {
  const prizes = getGamePrizes(getDb(), quizId);
  if (!prizes) throw new ApiError('not_found', 'No such game.');
  return prizes;
}

// GET /api/studio/quizzes/[id]/codes – a game's prizes with their codes (imported, generated, given, free) and stock left (members)
export const GET = withErrors<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'viewer');
  const prizes = requireGamePrizes(id);
  const db = getDb();
  const body: GameCodesResponse = { prizes, codes: countWinCodes(db, id), stock: getGameStock(db, id, Date.now()) ?? null };
  return NextResponse.json(body, { headers: { 'Cache-Control': 'no-store' } });
});

// POST /api/studio/quizzes/[id]/codes – import win codes for a prize given with imported codes (editors and owners)
export const POST = withErrors<{ id: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'editor');
  const body = await readJson(request, importSchema, 1_100_000);
  const prize = requireGamePrizes(id).find((p) => p.id === body.prizeId);
  if (!prize) throw new ApiError('bad_request', `prizeId: this game has no prize "${body.prizeId}".`);
  if (prize.codes !== 'imported') throw new ApiError('bad_request', `prizeId: “${prize.title}” does not use imported codes: set its codes to “imported” first.`);
  const parsed = parseWinCodes(body.codes);
  if (parsed.codes.length === 0) throw new ApiError('bad_request', 'codes: no valid code found (use letters, digits, - and _; one code per line).', { invalid: parsed.invalid.slice(0, 50) });
  if (parsed.codes.length > maxImportedCodes) throw new ApiError('bad_request', `codes: import at most ${maxImportedCodes} codes at a time.`);
  const db = getDb();
  const { imported, skipped } = importWinCodes(db, { quizId: id, prizeId: prize.id, codes: parsed.codes, now: Date.now() });
  const answer: ImportCodesResponse = { imported, alreadyThere: skipped, duplicates: parsed.duplicates.length, invalid: parsed.invalid.slice(0, 50), invalidCount: parsed.invalid.length, codes: countWinCodes(db, id) };
  return NextResponse.json(answer, { status: 201 });
});
