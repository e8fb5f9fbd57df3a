import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { getPublishedQuiz, getQuizStats } from '@/db/queries';
import { ApiError } from '@/lib/api-errors';
import { withErrors } from '../../../_lib/handler';

// GET /api/quizzes/[slug]/stats – the loop's figures for a quiz: views, players, shares, clicks, K and its factors
export const GET = withErrors<{ slug: string }>(async (_request, { params }) => {
  const { slug } = await params;
  const db = getDb();
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz) throw new ApiError('not_found', `No published quiz "${slug}".`);
  return NextResponse.json({ slug: quiz.slug, title: quiz.definition.title, ...getQuizStats(db, quiz.id) }, { headers: { 'Cache-Control': 'no-store' } });
});
