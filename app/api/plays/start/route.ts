import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getPublishedQuiz, startPlayer } from '@/db/queries';
import { ApiError } from '@/lib/api-errors';
import { getVisitorId, readJson, withErrors } from '../../_lib/handler';

const startSchema = z.object({ slug: z.string().min(1).max(80) });

// POST /api/plays/start – the visitor presses Start: they become a player of the quiz (once)
export const POST = withErrors(async (request) => {
  const { slug } = await readJson(request, startSchema);
  const visitorId = getVisitorId(request);
  if (!visitorId) throw new ApiError('bad_request', 'Cookies are needed to play: enable them and reload the page.');
  const db = getDb();
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz) throw new ApiError('not_found', `No published quiz "${slug}".`);
  const { isNew } = startPlayer(db, { quizId: quiz.id, visitorId, now: Date.now() });
  return NextResponse.json({ isNew });
});
