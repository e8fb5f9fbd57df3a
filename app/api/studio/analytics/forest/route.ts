import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getForest } from '@/db/analytics';
import { getDb } from '@/db/client';
import { maxForestChildren } from '@/lib/analytics/dashboard-types';
import { ApiError } from '@/lib/api-errors';
import { resolveAnalyticsScope } from '../../../_lib/analytics-scope';
import { parseExportQuery } from '../../../_lib/exports';
import { withErrors } from '../../../_lib/handler';

const forestBudget = 300;
const childrenSchema = z.coerce.number().int().min(1).max(maxForestChildren).optional();

// GET /api/studio/analytics/forest – the largest referral trees (or one player's subtree, ?node=<id>), aggregated to a few hundred nodes;
// ?children=<n> lists the first n trees (or children of the node) instead of the first few
export const GET = withErrors(async (request) => {
  const { quizzes } = await resolveAnalyticsScope(request);
  const { range, filters } = parseExportQuery(request.nextUrl.searchParams, Date.now(), 3660);
  const node = request.nextUrl.searchParams.get('node') || null;
  if (node !== null && !/^[A-Za-z0-9_-]{1,64}$/.test(node)) throw new ApiError('bad_request', '"node" must be a player id.');
  const children = childrenSchema.safeParse(request.nextUrl.searchParams.get('children') || undefined);
  if (!children.success) throw new ApiError('bad_request', `"children" must be a whole number from 1 to ${maxForestChildren}.`);
  const forest = getForest(getDb(), { quizIds: quizzes.map((q) => q.id), node, range, filters, budget: forestBudget, firstChildren: children.data });
  if (!forest) throw new ApiError('not_found', 'No such player in this scope.');
  return NextResponse.json({ forest }, { headers: { 'Cache-Control': 'no-store' } });
});
