import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, requireWorkspaceRole } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { getEmbedOrigins, saveEmbedOrigins } from '@/db/embeds';
import { ApiError } from '@/lib/api-errors';
import { maxEmbedOrigins, parseEmbedOrigins } from '@/lib/embed/origins';
import { hasRole } from '@/lib/roles';
import { readJson, withErrors } from '../../_lib/handler';

const workspaceIdSchema = z.string().min(1).max(64);
const putSchema = z.object({ workspaceId: workspaceIdSchema, origins: z.array(z.string().max(300)).max(maxEmbedOrigins * 2) });

const reasonText = {
  invalid: 'is not a web address.',
  scheme: 'must start with https:// or http://.',
  wildcard: 'cannot contain *: list each site.',
  credentials: 'cannot contain a user name or password.',
  too_many: `is one too many: keep the list to ${maxEmbedOrigins} sites.`,
} as const;

// GET /api/studio/embed?workspaceId= – the sites allowed to embed the workspace's games, and whether the user may change them
export const GET = withErrors(async (request) => {
  const user = await requireUser(request);
  const parsed = workspaceIdSchema.safeParse(request.nextUrl.searchParams.get('workspaceId'));
  if (!parsed.success) throw new ApiError('bad_request', 'workspaceId is missing.');
  const role = requireWorkspaceRole(user.id, parsed.data, 'viewer');
  const origins = getEmbedOrigins(getDb(), parsed.data);
  if (!origins) throw new ApiError('not_found', 'No such workspace.');
  return NextResponse.json({ workspaceId: parsed.data, origins, canEdit: hasRole(role, 'editor') }, { headers: { 'Cache-Control': 'no-store' } });
});

// PUT /api/studio/embed – replace the workspace's allowed origins (editors and owners); each is normalised, faulty ones are named
export const PUT = withErrors(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const body = await readJson(request, putSchema);
  requireWorkspaceRole(user.id, body.workspaceId, 'editor');
  const parsed = parseEmbedOrigins(body.origins);
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) => ({ path: `origins.${issue.index}`, message: `“${issue.value}” ${reasonText[issue.reason]}` }));
    throw new ApiError('bad_request', issues.map((issue) => issue.message).join(' '), issues);
  }
  const db = getDb();
  saveEmbedOrigins(db, body.workspaceId, parsed.origins);
  return NextResponse.json({ workspaceId: body.workspaceId, origins: getEmbedOrigins(db, body.workspaceId) ?? [], canEdit: true }, { headers: { 'Cache-Control': 'no-store' } });
});
