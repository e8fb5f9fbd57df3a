import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getGameStatus, getPublishedGame } from '@/db/games';
import { ApiError } from '@/lib/api-errors';
import { getVisitorId, withErrors } from '../../_lib/handler';

const slugSchema = z.string().min(1).max(80);

// GET /api/games/status?slug=<slug> – where the visitor stands in a game: plays used and left, friends, the next reward, tiers
export const GET = withErrors(async (request) => {
  const slug = slugSchema.safeParse(request.nextUrl.searchParams.get('slug'));
  if (!slug.success) throw new ApiError('bad_request', 'slug: give the game’s slug in the query string.');
  const db = getDb();
  const game = getPublishedGame(db, slug.data);
  if (!game) throw new ApiError('not_found', `No published game "${slug.data}".`);
  const status = getGameStatus(db, { quizId: game.id, visitorId: getVisitorId(request), now: Date.now() });
  if (!status) throw new ApiError('not_found', `No published game "${slug.data}".`);
  return NextResponse.json(status, { headers: { 'Cache-Control': 'no-store' } });
});
