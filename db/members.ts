import { and, eq, isNull } from 'drizzle-orm';
import type { WorkspaceRole } from '@/lib/roles';
import { createRandomId } from '@/lib/tokens';
import type { Db } from './client';
import { quizzes, users, workspaceMembers, workspaces } from './schema';
import { demoWorkspaceSlug } from './seed';

export type Membership = { workspaceId: string; workspaceName: string; workspaceSlug: string; role: WorkspaceRole };

/** The user's role in a workspace, or undefined when they are not a member (then they see nothing of it). */
export function getMembership(db: Db, workspaceId: string, userId: string): WorkspaceRole | undefined {
  return db
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)))
    .get()?.role;
}

/** Every workspace the user belongs to, with their role, oldest first (their own workspace before the demo). */
export function listMemberships(db: Db, userId: string): Membership[] {
  return db
    .select({ workspaceId: workspaces.id, workspaceName: workspaces.name, workspaceSlug: workspaces.slug, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(eq(workspaceMembers.userId, userId))
    .orderBy(workspaceMembers.createdAt)
    .all();
}

/** The workspace a quiz belongs to (archived or not), or undefined for an unknown quiz. */
export function getQuizWorkspaceId(db: Db, quizId: string): string | undefined {
  return db.select({ workspaceId: quizzes.workspaceId }).from(quizzes).where(eq(quizzes.id, quizId)).get()?.workspaceId;
}

/**
 * Gives a new account its own workspace, as owner. The very first account of an install also becomes an owner of
 * the demo workspace, so the demo's quizzes and stats are theirs to see and change; later accounts are not.
 */
export function setUpNewAccount(db: Db, user: { id: string; name: string; email: string }, now: number): { workspaceId: string } {
  return db.transaction((tx) => {
    const isFirstAccount = tx.select({ id: users.id }).from(users).all().length <= 1;
    const workspaceId = createRandomId();
    const base = (user.name || user.email.split('@')[0] || 'workspace').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30) || 'workspace';
    tx.insert(workspaces).values({ id: workspaceId, name: `${user.name || user.email}’s workspace`, slug: `${base}-${workspaceId.slice(0, 6).toLowerCase()}`, createdAt: now }).run();
    tx.insert(workspaceMembers).values({ workspaceId, userId: user.id, role: 'owner', createdAt: now }).run();
    if (isFirstAccount) {
      const demo = tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, demoWorkspaceSlug)).get();
      if (demo) tx.insert(workspaceMembers).values({ workspaceId: demo.id, userId: user.id, role: 'owner', createdAt: now + 1 }).onConflictDoNothing().run();
    }
    return { workspaceId };
  });
}

/** The quizzes of a workspace for the studio's list: not archived unless asked, newest first. */
export function listWorkspaceQuizzes(db: Db, workspaceId: string, options: { isArchivedIncluded?: boolean } = {}) {
  return db
    .select({ id: quizzes.id, slug: quizzes.slug, kind: quizzes.kind, title: quizzes.title, status: quizzes.status, archivedAt: quizzes.archivedAt, updatedAt: quizzes.updatedAt, createdAt: quizzes.createdAt })
    .from(quizzes)
    .where(options.isArchivedIncluded ? eq(quizzes.workspaceId, workspaceId) : and(eq(quizzes.workspaceId, workspaceId), isNull(quizzes.archivedAt)))
    .orderBy(quizzes.createdAt)
    .all()
    .reverse();
}
