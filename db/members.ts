import { createHash } from 'node:crypto';
import { and, asc, count, eq, gt, isNull } from 'drizzle-orm';
import type { WorkspaceRole } from '@/lib/roles';
import { createRandomId } from '@/lib/tokens';
import type { Db } from './client';
import { quizzes, users, workspaceInvites, workspaceMembers, workspaces } from './schema';
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

export type WorkspaceMember = { userId: string; name: string; email: string; role: WorkspaceRole; joinedAt: number };

/** The members of a workspace with their names, e-mails and roles, in the order they joined. */
export function listMembers(db: Db, workspaceId: string): WorkspaceMember[] {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: workspaceMembers.role, joinedAt: workspaceMembers.createdAt })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, workspaceId))
    .orderBy(asc(workspaceMembers.createdAt))
    .all();
}

export type MemberChange = { ok: true } | { ok: false; reason: 'not_member' | 'last_owner' };

/**
 * Changes a member's role, or removes them (role null). A workspace never loses its last owner: nobody could
 * manage it afterwards, so that change is refused. Count and write happen in one transaction.
 */
export function changeMember(db: Db, input: { workspaceId: string; userId: string; role: WorkspaceRole | null }): MemberChange {
  return db.transaction((tx) => {
    const where = and(eq(workspaceMembers.workspaceId, input.workspaceId), eq(workspaceMembers.userId, input.userId));
    const current = tx.select({ role: workspaceMembers.role }).from(workspaceMembers).where(where).get();
    if (!current) return { ok: false, reason: 'not_member' } as const;
    if (current.role === 'owner' && input.role !== 'owner') {
      const owners = tx.select({ n: count() }).from(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, input.workspaceId), eq(workspaceMembers.role, 'owner'))).get()?.n ?? 0;
      if (owners <= 1) return { ok: false, reason: 'last_owner' } as const;
    }
    if (input.role) tx.update(workspaceMembers).set({ role: input.role }).where(where).run();
    else tx.delete(workspaceMembers).where(where).run();
    return { ok: true } as const;
  });
}

// Invite links carry 32 random bytes; only their SHA-256 is stored, so a leaked database holds no usable link.
const inviteTokenBytes = 32;
const inviteTokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** The stored form of an invite token: its SHA-256, hex. */
export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export type PendingInvite = { id: string; role: WorkspaceRole; expiresAt: number; createdAt: number; createdByName: string };

/** Makes a single-use invite link for a workspace. The token is returned once, here, and never stored. */
export function createInvite(db: Db, input: { workspaceId: string; role: WorkspaceRole; createdBy: string; expiresAt: number; now: number }): { id: string; token: string } {
  const token = createRandomId(inviteTokenBytes);
  const id = createRandomId();
  db.insert(workspaceInvites)
    .values({ id, workspaceId: input.workspaceId, tokenHash: hashInviteToken(token), role: input.role, createdBy: input.createdBy, expiresAt: input.expiresAt, createdAt: input.now })
    .run();
  return { id, token };
}

/** The invites of a workspace that can still be accepted (not used, not revoked, not expired), newest first. */
export function listPendingInvites(db: Db, workspaceId: string, now: number): PendingInvite[] {
  return db
    .select({ id: workspaceInvites.id, role: workspaceInvites.role, expiresAt: workspaceInvites.expiresAt, createdAt: workspaceInvites.createdAt, createdByName: users.name })
    .from(workspaceInvites)
    .innerJoin(users, eq(users.id, workspaceInvites.createdBy))
    .where(and(eq(workspaceInvites.workspaceId, workspaceId), isNull(workspaceInvites.acceptedAt), isNull(workspaceInvites.revokedAt), gt(workspaceInvites.expiresAt, now)))
    .orderBy(asc(workspaceInvites.createdAt))
    .all()
    .reverse();
}

/** Withdraws an open invite of the workspace. False when the workspace has no such open invite (then: a 404). */
export function revokeInvite(db: Db, input: { workspaceId: string; inviteId: string; now: number }): boolean {
  const result = db
    .update(workspaceInvites)
    .set({ revokedAt: input.now })
    .where(and(eq(workspaceInvites.id, input.inviteId), eq(workspaceInvites.workspaceId, input.workspaceId), isNull(workspaceInvites.acceptedAt), isNull(workspaceInvites.revokedAt)))
    .run();
  return result.changes > 0;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type InviteProblem = 'unknown' | 'expired' | 'revoked' | 'used';
export type InviteLookup = { ok: true; workspaceId: string; workspaceName: string; role: WorkspaceRole; expiresAt: number } | { ok: false; reason: InviteProblem };

/** What an invite link offers, or why it no longer works; for the invite page, which changes nothing. */
export function findInvite(db: Db | Tx, token: string, now: number): InviteLookup {
  if (!inviteTokenPattern.test(token)) return { ok: false, reason: 'unknown' };
  const row = db
    .select({ workspaceId: workspaceInvites.workspaceId, workspaceName: workspaces.name, role: workspaceInvites.role, expiresAt: workspaceInvites.expiresAt, acceptedAt: workspaceInvites.acceptedAt, revokedAt: workspaceInvites.revokedAt })
    .from(workspaceInvites)
    .innerJoin(workspaces, eq(workspaces.id, workspaceInvites.workspaceId))
    .where(eq(workspaceInvites.tokenHash, hashInviteToken(token)))
    .get();
  if (!row) return { ok: false, reason: 'unknown' };
  // A used link says so even after it expired: the person who used it may come back to it.
  if (row.acceptedAt !== null) return { ok: false, reason: 'used' };
  if (row.revokedAt !== null) return { ok: false, reason: 'revoked' };
  if (row.expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true, workspaceId: row.workspaceId, workspaceName: row.workspaceName, role: row.role, expiresAt: row.expiresAt };
}

export type InviteAcceptance = { ok: true; workspaceId: string; role: WorkspaceRole; isAlreadyMember: boolean } | { ok: false; reason: InviteProblem };

/**
 * Accepts an invite link: the user joins its workspace with its role and the link is used up, in one
 * transaction, so two people racing for one link cannot both join. Someone who already belongs to the workspace
 * keeps their role and leaves the link unused, for the person it was meant for.
 */
export function acceptInvite(db: Db, input: { token: string; userId: string; now: number }): InviteAcceptance {
  return db.transaction((tx) => {
    const found = findInvite(tx, input.token, input.now);
    if (!found.ok) return found;
    const existing = tx.select({ role: workspaceMembers.role }).from(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, found.workspaceId), eq(workspaceMembers.userId, input.userId))).get();
    if (existing) return { ok: true, workspaceId: found.workspaceId, role: existing.role, isAlreadyMember: true } as const;
    const used = tx
      .update(workspaceInvites)
      .set({ acceptedBy: input.userId, acceptedAt: input.now })
      .where(and(eq(workspaceInvites.tokenHash, hashInviteToken(input.token)), isNull(workspaceInvites.acceptedAt), isNull(workspaceInvites.revokedAt)))
      .run();
    if (used.changes === 0) return { ok: false, reason: 'used' } as const;
    tx.insert(workspaceMembers).values({ workspaceId: found.workspaceId, userId: input.userId, role: found.role, createdAt: input.now }).run();
    return { ok: true, workspaceId: found.workspaceId, role: found.role, isAlreadyMember: false } as const;
  });
}
