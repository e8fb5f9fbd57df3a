import { NextResponse } from 'next/server';
import { getDashboard } from '@/db/analytics';
import { getDb } from '@/db/client';
import { resolveAnalyticsScope } from '../../_lib/analytics-scope';
import { parseExportQuery } from '../../_lib/exports';
import { withErrors } from '../../_lib/handler';

// GET /api/studio/analytics – the dashboard of a quiz (?quiz=<id>) or of the current workspace, for a range and filters
export const GET = withErrors(async (request) => {
  const { scope, quizzes } = await resolveAnalyticsScope(request);
  const now = Date.now();
  const { range, filters } = parseExportQuery(request.nextUrl.searchParams, now, 366);
  const dashboard = getDashboard(getDb(), { scope, quizzes, range, filters, now });
  return NextResponse.json({ dashboard }, { headers: { 'Cache-Control': 'no-store' } });
});
