import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, requireWorkspaceRole } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { createInvite, listPendingInvites } from '@/db/members';
import { ApiError } from '@/lib/api-errors';
import { workspaceRoles } from '@/lib/roles';
import { readJson, withErrors } from '../../_lib/handler';

const dayMs = 24 * 60 * 60 * 1000;
const inviteBodySchema = z.object({ workspaceId: z.string().min(1).max(64), role: z.enum(workspaceRoles), expiresInDays: z.number().int().min(1).max(30).default(7) });
const workspaceQuerySchema = z.object({ workspaceId: z.string().min(1).max(64) });

// GET /api/studio/invites?workspaceId= – the open invite links of a workspace (owners only; tokens are never shown again)
export const GET = withErrors(async (request) => {
  const user = await requireUser(request);
  const query = workspaceQuerySchema.safeParse({ workspaceId: request.nextUrl.searchParams.get('workspaceId') });
  if (!query.success) throw new ApiError('bad_request', 'workspaceId: give the workspace in the query string.');
  requireWorkspaceRole(user.id, query.data.workspaceId, 'owner');
  return NextResponse.json({ invites: listPendingInvites(getDb(), query.data.workspaceId, Date.now()) }, { headers: { 'Cache-Control': 'no-store' } });
});

// POST /api/studio/invites – create a single-use invite link with a role and an expiry (owners only)
export const POST = withErrors(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const body = await readJson(request, inviteBodySchema);
  requireWorkspaceRole(user.id, body.workspaceId, 'owner');
  const now = Date.now();
  const expiresAt = now + body.expiresInDays * dayMs;
  const { id, token } = createInvite(getDb(), { workspaceId: body.workspaceId, role: body.role, createdBy: user.id, expiresAt, now });
  // The path only: the page that asked knows its own origin, whatever proxies sit in front of the server.
  return NextResponse.json({ id, role: body.role, expiresAt, path: `/invite/${token}` }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
