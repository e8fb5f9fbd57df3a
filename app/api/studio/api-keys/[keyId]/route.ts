import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, requireWorkspaceRole } from '@/app/_lib/studio';
import { revokeWorkspaceApiKey } from '@/db/api-keys';
import { getDb } from '@/db/client';
import { ApiError } from '@/lib/api-errors';
import { withErrors } from '../../../_lib/handler';

const workspaceQuerySchema = z.object({ workspaceId: z.string().min(1).max(64) });

// DELETE /api/studio/api-keys/[keyId]?workspaceId= – revoke an API key; its next request is refused (owners only)
export const DELETE = withErrors<{ keyId: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { keyId } = await params;
  const query = workspaceQuerySchema.safeParse({ workspaceId: request.nextUrl.searchParams.get('workspaceId') });
  if (!query.success) throw new ApiError('bad_request', 'workspaceId: give the workspace in the query string.');
  requireWorkspaceRole(user.id, query.data.workspaceId, 'owner');
  if (!revokeWorkspaceApiKey(getDb(), { workspaceId: query.data.workspaceId, keyId, now: Date.now() })) throw new ApiError('not_found', 'No such working API key in this workspace.');
  return new NextResponse(null, { status: 204 });
});
