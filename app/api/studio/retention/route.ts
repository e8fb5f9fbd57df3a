import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, requireWorkspaceRole } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { applyRetentionGradually, getRetentionDays, maxRetentionDays, minRetentionDays, saveRetentionDays } from '@/db/retention';
import { ApiError } from '@/lib/api-errors';
import { hasRole } from '@/lib/roles';
import { readJson, withErrors } from '../../_lib/handler';

const workspaceIdSchema = z.string().min(1).max(64);
const putSchema = z.object({
  workspaceId: workspaceIdSchema,
  retentionDays: z
    .number({ error: `a whole number of days from ${minRetentionDays} to ${maxRetentionDays}, or null to keep raw events forever` })
    .int(`a whole number of days from ${minRetentionDays} to ${maxRetentionDays}`)
    .min(minRetentionDays, `at least ${minRetentionDays} day`)
    .max(maxRetentionDays, `at most ${maxRetentionDays} days (ten years)`)
    .nullable(),
});

// GET /api/studio/retention?workspaceId= – how many days the workspace keeps raw events (null: forever), for every member
export const GET = withErrors(async (request) => {
  const user = await requireUser(request);
  const workspaceId = workspaceIdSchema.safeParse(request.nextUrl.searchParams.get('workspaceId'));
  if (!workspaceId.success) throw new ApiError('bad_request', 'workspaceId: give the workspace in the query string.');
  const role = requireWorkspaceRole(user.id, workspaceId.data, 'viewer');
  const retentionDays = getRetentionDays(getDb(), workspaceId.data);
  if (retentionDays === undefined) throw new ApiError('not_found', 'No such workspace.');
  return NextResponse.json({ retentionDays, canEdit: hasRole(role, 'owner') }, { headers: { 'Cache-Control': 'no-store' } });
});

// PUT /api/studio/retention – set how many days raw events are kept (1…3650, null: forever) and delete what is now
// older; daily aggregates and players stay (owners only)
export const PUT = withErrors(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const body = await readJson(request, putSchema);
  requireWorkspaceRole(user.id, body.workspaceId, 'owner');
  const db = getDb();
  saveRetentionDays(db, body.workspaceId, body.retentionDays);
  // Applied at once for this workspace, handing the event loop back between batches; the hourly job does the rest.
  const report = await applyRetentionGradually(db, Date.now(), { workspaceId: body.workspaceId });
  return NextResponse.json({ retentionDays: body.retentionDays, canEdit: true, deleted: { events: report.events, linkClicks: report.linkClicks, touches: report.touches } });
});
