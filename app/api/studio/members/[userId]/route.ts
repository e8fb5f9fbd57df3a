import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, requireWorkspaceRole } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { changeMember, type MemberChange } from '@/db/members';
import { ApiError } from '@/lib/api-errors';
import { workspaceRoles } from '@/lib/roles';
import { readJson, withErrors } from '../../../_lib/handler';

const roleBodySchema = z.object({ workspaceId: z.string().min(1).max(64), role: z.enum(workspaceRoles) });
const removeQuerySchema = z.object({ workspaceId: z.string().min(1).max(64) });

function respond(result: MemberChange): Response {
  if (result.ok) return new NextResponse(null, { status: 204 });
  if (result.reason === 'last_owner') throw new ApiError('conflict', 'A workspace needs at least one owner: make someone else an owner first.');
  throw new ApiError('not_found', 'No such member.');
}

// PATCH /api/studio/members/[userId] – change a member's role (owners only; never the last owner's)
export const PATCH = withErrors<{ userId: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { userId } = await params;
  const { workspaceId, role } = await readJson(request, roleBodySchema);
  requireWorkspaceRole(user.id, workspaceId, 'owner');
  return respond(changeMember(getDb(), { workspaceId, userId, role }));
});

// DELETE /api/studio/members/[userId]?workspaceId= – remove a member from a workspace (owners only; never the last owner)
export const DELETE = withErrors<{ userId: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { userId } = await params;
  const query = removeQuerySchema.safeParse({ workspaceId: request.nextUrl.searchParams.get('workspaceId') });
  if (!query.success) throw new ApiError('bad_request', 'workspaceId: give the workspace in the query string.');
  requireWorkspaceRole(user.id, query.data.workspaceId, 'owner');
  return respond(changeMember(getDb(), { workspaceId: query.data.workspaceId, userId, role: null }));
});
