import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { cache } from 'react';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { getMembership, getQuizWorkspaceId, listMemberships, setUpNewAccount, type Membership } from '@/db/members';
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

/** The cookie that remembers which of the user's workspaces the studio shows; checked against memberships on every request. */
export const workspaceCookie = 'ripple_workspace';

export type CurrentWorkspace = { user: StudioUser; workspaceId: string; workspaceName: string; role: WorkspaceRole; memberships: Membership[] };

/**
 * The signed-in user and their current workspace, or null without a session; one look-up per request, shared by
 * the studio's layout and its page. Pages use getCurrentWorkspace, which redirects.
 */
export const findCurrentWorkspace = cache(async (): Promise<CurrentWorkspace | null> => {
  const user = await getStudioUser();
  if (!user) return null;
  const db = getDb();
  let memberships = listMemberships(db, user.id);
  if (memberships.length === 0) {
    // Someone removed from every workspace still gets a place of their own to work in.
    setUpNewAccount(db, user, Date.now());
    memberships = listMemberships(db, user.id);
  }
  const chosen = (await cookies()).get(workspaceCookie)?.value;
  const current = memberships.find((m) => m.workspaceId === chosen) ?? memberships[0];
  if (!current) return null;
  return { user, workspaceId: current.workspaceId, workspaceName: current.workspaceName, role: current.role, memberships };
});

/**
 * The signed-in user and the workspace the studio shows them: the one in the `ripple_workspace` cookie when
 * they are still a member of it, else their first. Without a session it redirects to sign-in, back to `nextPath`.
 */
export async function getCurrentWorkspace(nextPath = '/studio'): Promise<CurrentWorkspace> {
  const current = await findCurrentWorkspace();
  if (!current) redirect(`/sign-in?next=${encodeURIComponent(toLocalPath(nextPath))}`);
  return current;
}

/**
 * A redirect target from a query string made safe: only a path of this site ("/studio/q/1?tab=brand"), never
 * another origin ("//evil.example", "https://…", "/\\evil"), so a sign-in link cannot send people elsewhere.
 */
export function toLocalPath(value: string | null | undefined, fallback = '/studio'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, 'http://ripple.invalid');
    if (url.origin !== 'http://ripple.invalid') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
