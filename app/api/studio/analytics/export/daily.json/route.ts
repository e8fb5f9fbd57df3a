import { NextResponse } from 'next/server';
import { getDailyMetrics } from '@/db/analytics';
import { getDb } from '@/db/client';
import { downloadHeaders, maxDailyDays, parseExportQuery } from '../../../../_lib/exports';
import { withErrors } from '../../../../_lib/handler';
import { requireExportScope } from '../_lib/quiz';

// GET /api/studio/analytics/export/daily.json?quiz=<id> (or ?workspaceId=<id>, every quiz of it)&from&to&channel&outcome&source&hostPage –
// the metrics per UTC day as a JSON download; for a quiz the same document as GET /api/v1/quizzes/[slug]/daily (members of the workspace)
export const GET = withErrors(async (request) => {
  const scope = await requireExportScope(request);
  const { range, filters } = parseExportQuery(request.nextUrl.searchParams, Date.now(), maxDailyDays);
  const days = getDailyMetrics(getDb(), { quizIds: scope.quizzes.map((q) => q.id), range, filters });
  return NextResponse.json(scope.kind === 'quiz' ? { quiz: scope.slug, range, filters, days } : { workspace: scope.slug, quizzes: scope.quizzes.map((q) => q.slug), range, filters, days }, {
    headers: downloadHeaders('application/json; charset=utf-8', scope, 'daily', range, 'json'),
  });
});
