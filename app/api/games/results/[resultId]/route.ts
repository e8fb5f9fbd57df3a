import { NextResponse } from 'next/server';
import { z } from 'zod';
import { loadGameSharePack } from '@/app/_lib/game-share';
import { getDb } from '@/db/client';
import { getGameResultView } from '@/db/games';
import { ApiError } from '@/lib/api-errors';
import { getVisitorId, withErrors } from '../../../_lib/handler';

const resultIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

// GET /api/games/results/[resultId] – the player's own game result, ready to share: tracked links, card paths, share texts
export const GET = withErrors<{ resultId: string }>(async (request, { params }) => {
  const resultId = resultIdSchema.safeParse((await params).resultId);
  const visitorId = getVisitorId(request);
  const db = getDb();
  const view = resultId.success ? getGameResultView(db, resultId.data) : undefined;
  // The links are the player's own: someone else's result is answered as if there were none.
  if (!view || visitorId === null || view.visitorId !== visitorId) throw new ApiError('not_found', 'No such result.');
  return NextResponse.json(await loadGameSharePack(db, view), { headers: { 'Cache-Control': 'no-store' } });
});
