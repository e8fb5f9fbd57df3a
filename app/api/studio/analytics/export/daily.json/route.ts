import { NextResponse } from 'next/server';
import { getDailyMetrics } from '@/db/analytics';
import { getDb } from '@/db/client';
import { downloadHeaders, maxDailyDays, parseExportQuery } from '../../../../_lib/exports';
import { withErrors } from '../../../../_lib/handler';
import { requireExportQuiz } from '../_lib/quiz';

// GET /api/studio/analytics/export/daily.json?quiz=<id>&from&to&channel&outcome&source&hostPage – the quiz's
// metrics per UTC day as a JSON download, the same document as GET /api/v1/quizzes/[slug]/daily (members of its workspace)
export const GET = withErrors(async (request) => {
  const quiz = await requireExportQuiz(request);
  const { range, filters } = parseExportQuery(request.nextUrl.searchParams, Date.now(), maxDailyDays);
  const days = getDailyMetrics(getDb(), { quizIds: [quiz.id], range, filters });
  return NextResponse.json({ quiz: quiz.slug, range, filters, days }, { headers: downloadHeaders('application/json; charset=utf-8', quiz, 'daily', range, 'json') });
});
