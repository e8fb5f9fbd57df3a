import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, workspaceCookie } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { acceptInvite } from '@/db/members';
import { ApiError } from '@/lib/api-errors';
import { readJson, withErrors } from '../../../_lib/handler';

const acceptBodySchema = z.object({ token: z.string().min(1).max(128) });
const problems = {
  unknown: ['not_found', 'This invitation link is not valid.'],
  expired: ['gone', 'This invitation has expired.'],
  revoked: ['gone', 'This invitation was withdrawn.'],
  used: ['gone', 'This invitation has already been used.'],
} as const;

// POST /api/studio/invites/accept – join a workspace with an invite link's role, and switch the studio to it
export const POST = withErrors(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { token } = await readJson(request, acceptBodySchema);
  const result = acceptInvite(getDb(), { token, userId: user.id, now: Date.now() });
  if (!result.ok) {
    const [code, message] = problems[result.reason];
    throw new ApiError(code, message);
  }
  const response = NextResponse.json({ workspaceId: result.workspaceId, role: result.role, isAlreadyMember: result.isAlreadyMember });
  response.cookies.set(workspaceCookie, result.workspaceId, { httpOnly: true, sameSite: 'lax', secure: request.nextUrl.protocol === 'https:', path: '/', maxAge: 365 * 24 * 60 * 60 });
  return response;
});
