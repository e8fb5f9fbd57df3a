import { NextResponse } from 'next/server';
import { getForest } from '@/db/analytics';
import { getDb } from '@/db/client';
import { ApiError } from '@/lib/api-errors';
import { resolveAnalyticsScope } from '../../../_lib/analytics-scope';
import { parseExportQuery } from '../../../_lib/exports';
import { withErrors } from '../../../_lib/handler';

const forestBudget = 300;

// GET /api/studio/analytics/forest – the largest referral trees (or one player's subtree, ?node=<id>), aggregated to a few hundred nodes
export const GET = withErrors(async (request) => {
  const { quizzes } = await resolveAnalyticsScope(request);
  const { range, filters } = parseExportQuery(request.nextUrl.searchParams, Date.now(), 3660);
  const node = request.nextUrl.searchParams.get('node') || null;
  if (node !== null && !/^[A-Za-z0-9_-]{1,64}$/.test(node)) throw new ApiError('bad_request', '"node" must be a player id.');
  const forest = getForest(getDb(), { quizIds: quizzes.map((q) => q.id), node, range, filters, budget: forestBudget });
  if (!forest) throw new ApiError('not_found', 'No such player in this scope.');
  return NextResponse.json({ forest }, { headers: { 'Cache-Control': 'no-store' } });
});
