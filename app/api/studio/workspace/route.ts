import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, requireWorkspaceRole, workspaceCookie } from '@/app/_lib/studio';
import { readJson, withErrors } from '../../_lib/handler';

const switchBodySchema = z.object({ workspaceId: z.string().min(1).max(64) });
const oneYearSeconds = 365 * 24 * 60 * 60;

// POST /api/studio/workspace – switch the studio to another of the user's workspaces
export const POST = withErrors(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { workspaceId } = await readJson(request, switchBodySchema);
  const role = requireWorkspaceRole(user.id, workspaceId, 'viewer');
  const response = NextResponse.json({ workspaceId, role });
  response.cookies.set(workspaceCookie, workspaceId, { httpOnly: true, sameSite: 'lax', secure: request.nextUrl.protocol === 'https:', path: '/', maxAge: oneYearSeconds });
  return response;
});
