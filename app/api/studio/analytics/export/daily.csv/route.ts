import { getDailyMetrics } from '@/db/analytics';
import { getDb } from '@/db/client';
import { downloadHeaders, maxDailyDays, parseExportQuery, toDailyCsv } from '../../../../_lib/exports';
import { withErrors } from '../../../../_lib/handler';
import { requireExportQuiz } from '../_lib/quiz';

// GET /api/studio/analytics/export/daily.csv?quiz=<id>&from&to&channel&outcome&source&hostPage – the quiz's
// metrics per UTC day as a CSV download (members of its workspace)
export const GET = withErrors(async (request) => {
  const quiz = await requireExportQuiz(request);
  const { range, filters } = parseExportQuery(request.nextUrl.searchParams, Date.now(), maxDailyDays);
  const days = getDailyMetrics(getDb(), { quizIds: [quiz.id], range, filters });
  return new Response(toDailyCsv(days, true), { headers: downloadHeaders('text/csv; charset=utf-8', quiz, 'daily', range, 'csv') });
});
