import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireUser, requireWorkspaceRole } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { listMembers } from '@/db/members';
import { ApiError } from '@/lib/api-errors';
import { withErrors } from '../../_lib/handler';

const workspaceQuerySchema = z.object({ workspaceId: z.string().min(1).max(64) });

// GET /api/studio/members?workspaceId= – the members of a workspace and their roles (owners only)
export const GET = withErrors(async (request) => {
  const user = await requireUser(request);
  const query = workspaceQuerySchema.safeParse({ workspaceId: request.nextUrl.searchParams.get('workspaceId') });
  if (!query.success) throw new ApiError('bad_request', 'workspaceId: give the workspace in the query string.');
  requireWorkspaceRole(user.id, query.data.workspaceId, 'owner');
  return NextResponse.json({ members: listMembers(getDb(), query.data.workspaceId) }, { headers: { 'Cache-Control': 'no-store' } });
});
