import { NextResponse } from 'next/server';
import { getDailyMetrics } from '@/db/analytics';
import { getDb } from '@/db/client';
import { maxDailyDays, parseExportQuery } from '../../../../_lib/exports';
import { requireApiKey, requireApiQuiz, withApiErrors } from '../../../_lib/auth';

// GET /api/v1/quizzes/[slug]/daily?from&to&channel&outcome&source&hostPage – one quiz's metrics per UTC day, as JSON
export const GET = withApiErrors<{ slug: string }>(async (request, { params }) => {
  const { workspaceId } = requireApiKey(request);
  const quiz = requireApiQuiz(workspaceId, (await params).slug);
  const { range, filters } = parseExportQuery(request.nextUrl.searchParams, Date.now(), maxDailyDays);
  const days = getDailyMetrics(getDb(), { quizIds: [quiz.id], range, filters });
  return NextResponse.json({ quiz: quiz.slug, range, filters, days });
});
