import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, requireWorkspaceRole } from '@/app/_lib/studio';
import { createWorkspaceApiKey, listWorkspaceApiKeys, maxActiveApiKeys } from '@/db/api-keys';
import { getDb } from '@/db/client';
import { ApiError } from '@/lib/api-errors';
import { hasRole } from '@/lib/roles';
import { readJson, withErrors } from '../../_lib/handler';

const workspaceIdSchema = z.string().min(1).max(64);
const createKeySchema = z.object({
  workspaceId: workspaceIdSchema,
  name: z.string().trim().min(1, 'give the key a name, e.g. the tool that will use it').max(60, 'keep the name to 60 characters'),
});

// GET /api/studio/api-keys?workspaceId= – the workspace's API keys (names, prefixes, dates; never the keys), for every member
export const GET = withErrors(async (request) => {
  const user = await requireUser(request);
  const workspaceId = workspaceIdSchema.safeParse(request.nextUrl.searchParams.get('workspaceId'));
  if (!workspaceId.success) throw new ApiError('bad_request', 'workspaceId: give the workspace in the query string.');
  const role = requireWorkspaceRole(user.id, workspaceId.data, 'viewer');
  return NextResponse.json({ keys: listWorkspaceApiKeys(getDb(), workspaceId.data), canManage: hasRole(role, 'owner') }, { headers: { 'Cache-Control': 'no-store' } });
});

// POST /api/studio/api-keys – make a read-only API key for the workspace; the answer holds the key, shown this once (owners only)
export const POST = withErrors(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const body = await readJson(request, createKeySchema);
  requireWorkspaceRole(user.id, body.workspaceId, 'owner');
  const created = createWorkspaceApiKey(getDb(), { workspaceId: body.workspaceId, name: body.name, createdBy: user.id, now: Date.now() });
  if (!created.ok) throw new ApiError('conflict', `A workspace can have ${maxActiveApiKeys} working keys; revoke one you no longer use first.`);
  return NextResponse.json({ id: created.id, name: body.name, prefix: created.prefix, key: created.key }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
