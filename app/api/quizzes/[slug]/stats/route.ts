import { NextResponse } from 'next/server';
import { requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { getMembership } from '@/db/members';
import { getPublishedQuiz, getQuizStats } from '@/db/queries';
import { ApiError } from '@/lib/api-errors';
import { withErrors } from '../../../_lib/handler';

// GET /api/quizzes/[slug]/stats – the loop's figures for a quiz: views, players, shares, clicks, K and its factors
// (members of the quiz's workspace only: anyone else gets the same 404 as for a quiz that does not exist)
export const GET = withErrors<{ slug: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { slug } = await params;
  const db = getDb();
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz || !getMembership(db, quiz.workspaceId, user.id)) throw new ApiError('not_found', `No published quiz "${slug}".`);
  return NextResponse.json({ slug: quiz.slug, title: quiz.definition.title, ...getQuizStats(db, quiz.id) }, { headers: { 'Cache-Control': 'no-store' } });
});
