import { headers } from 'next/headers';
import type { NextRequest } from 'next/server';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { getMembership, getQuizWorkspaceId } from '@/db/members';
import { ApiError } from '@/lib/api-errors';
import { hasRole, type WorkspaceRole } from '@/lib/roles';

export type StudioUser = { id: string; email: string; name: string };

/** The signed-in user of a server component, or null. */
export async function getStudioUser(): Promise<StudioUser | null> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  return session ? { id: session.user.id, email: session.user.email, name: session.user.name } : null;
}

/** The signed-in user of an API request; a 401 otherwise. */
export async function requireUser(request: NextRequest): Promise<StudioUser> {
  const session = await getAuth().api.getSession({ headers: request.headers });
  if (!session) throw new ApiError('unauthorized', 'Sign in to use the studio.');
  return { id: session.user.id, email: session.user.email, name: session.user.name };
}

/**
 * Checks that the user holds at least `role` in a workspace. A non-member gets a 404, the same answer as for a
 * workspace that does not exist, so ids cannot be probed; a member with too small a role gets a 403.
 */
export function requireWorkspaceRole(userId: string, workspaceId: string, role: WorkspaceRole): WorkspaceRole {
  const actual = getMembership(getDb(), workspaceId, userId);
  if (!actual) throw new ApiError('not_found', 'No such workspace.');
  if (!hasRole(actual, role)) throw new ApiError('forbidden', role === 'owner' ? 'Only an owner of this workspace can do that.' : 'Viewers can look but not change anything.');
  return actual;
}

/** Like requireWorkspaceRole, for the workspace of a quiz: a quiz of another workspace is a 404. */
export function requireQuizRole(userId: string, quizId: string, role: WorkspaceRole): { workspaceId: string; role: WorkspaceRole } {
  const workspaceId = getQuizWorkspaceId(getDb(), quizId);
  if (!workspaceId) throw new ApiError('not_found', 'No such quiz.');
  try {
    return { workspaceId, role: requireWorkspaceRole(userId, workspaceId, role) };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not_found') throw new ApiError('not_found', 'No such quiz.');
    throw error;
  }
}

/**
 * Refuses a cross-site request to a mutating studio endpoint: the browser's Origin (or, lacking it, the
 * Sec-Fetch-Site header) must say the request comes from Ripple's own pages.
 */
export function assertSameOrigin(request: NextRequest): void {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new ApiError('forbidden', 'Cross-site requests are refused.');
    }
    if (originHost !== host) throw new ApiError('forbidden', 'Cross-site requests are refused.');
    return;
  }
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new ApiError('forbidden', 'Cross-site requests are refused.');
}
