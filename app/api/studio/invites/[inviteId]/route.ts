import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, requireWorkspaceRole } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { revokeInvite } from '@/db/members';
import { ApiError } from '@/lib/api-errors';
import { withErrors } from '../../../_lib/handler';

const workspaceQuerySchema = z.object({ workspaceId: z.string().min(1).max(64) });

// DELETE /api/studio/invites/[inviteId]?workspaceId= – revoke an open invite link (owners only)
export const DELETE = withErrors<{ inviteId: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { inviteId } = await params;
  const query = workspaceQuerySchema.safeParse({ workspaceId: request.nextUrl.searchParams.get('workspaceId') });
  if (!query.success) throw new ApiError('bad_request', 'workspaceId: give the workspace in the query string.');
  requireWorkspaceRole(user.id, query.data.workspaceId, 'owner');
  if (!revokeInvite(getDb(), { workspaceId: query.data.workspaceId, inviteId, now: Date.now() })) throw new ApiError('not_found', 'No such open invitation.');
  return new NextResponse(null, { status: 204 });
});
