import { getDailyMetrics } from '@/db/analytics';
import { getDb } from '@/db/client';
import { downloadHeaders, maxDailyDays, parseExportQuery, toDailyCsv } from '../../../../_lib/exports';
import { withErrors } from '../../../../_lib/handler';
import { requireExportScope } from '../_lib/quiz';

// GET /api/studio/analytics/export/daily.csv?quiz=<id> (or ?workspaceId=<id>, every quiz of it)&from&to&channel&outcome&source&hostPage –
// the metrics per UTC day as a CSV download (members of the workspace)
export const GET = withErrors(async (request) => {
  const scope = await requireExportScope(request);
  const { range, filters } = parseExportQuery(request.nextUrl.searchParams, Date.now(), maxDailyDays);
  const days = getDailyMetrics(getDb(), { quizIds: scope.quizzes.map((q) => q.id), range, filters });
  return new Response(toDailyCsv(days, true), { headers: downloadHeaders('text/csv; charset=utf-8', scope, 'daily', range, 'csv') });
});
