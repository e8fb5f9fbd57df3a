import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { acceptInvite, changeMember, createInvite, findInvite, hashInviteToken, listMembers, listPendingInvites, revokeInvite } from '@/db/members';
import { users, workspaceInvites, workspaceMembers, workspaces } from '@/db/schema';

const now = 1_750_000_000_000;
const day = 24 * 60 * 60 * 1000;

// Plain rows instead of Better Auth sign-ups: these tests are about memberships, not passwords.
function addUser(id: string) {
  getDb().insert(users).values({ id, name: id, email: `${id}@example.com`, createdAt: new Date(now), updatedAt: new Date(now) }).run();
}

function addWorkspace(id: string, members: [string, 'owner' | 'editor' | 'viewer'][]) {
  const db = getDb();
  db.insert(workspaces).values({ id, name: `Workspace ${id}`, slug: `ws-${id}` }).run();
  members.forEach(([userId, role], i) => db.insert(workspaceMembers).values({ workspaceId: id, userId, role, createdAt: now + i }).run());
}

const roleOf = (workspaceId: string, userId: string) => listMembers(getDb(), workspaceId).find((m) => m.userId === userId)?.role;

beforeAll(() => {
  for (const id of ['olivia', 'omar', 'eve', 'vic', 'nina', 'sam']) addUser(id);
  addWorkspace('one-owner', [['olivia', 'owner'], ['eve', 'editor'], ['vic', 'viewer']]);
  addWorkspace('two-owners', [['olivia', 'owner'], ['omar', 'owner']]);
  addWorkspace('invites', [['olivia', 'owner'], ['eve', 'editor']]);
});

describe('changing and removing members', () => {
  it('lists the members in the order they joined, with their e-mails', () => {
    expect(listMembers(getDb(), 'one-owner').map((m) => [m.email, m.role])).toEqual([
      ['olivia@example.com', 'owner'],
      ['eve@example.com', 'editor'],
      ['vic@example.com', 'viewer'],
    ]);
  });

  it.each([
    { label: 'an editor becomes a viewer', workspaceId: 'one-owner', userId: 'eve', role: 'viewer' as const, expected: { ok: true }, after: 'viewer' },
    { label: 'a viewer becomes an owner', workspaceId: 'one-owner', userId: 'vic', role: 'owner' as const, expected: { ok: true }, after: 'owner' },
    { label: 'an owner may step down while another owner remains', workspaceId: 'one-owner', userId: 'olivia', role: 'editor' as const, expected: { ok: true }, after: 'editor' },
    { label: 'the last owner cannot step down', workspaceId: 'one-owner', userId: 'vic', role: 'viewer' as const, expected: { ok: false, reason: 'last_owner' }, after: 'owner' },
    { label: 'the last owner cannot be removed', workspaceId: 'one-owner', userId: 'vic', role: null, expected: { ok: false, reason: 'last_owner' }, after: 'owner' },
    { label: 'one of two owners can be removed', workspaceId: 'two-owners', userId: 'omar', role: null, expected: { ok: true }, after: undefined },
    { label: 'then the remaining owner is the last', workspaceId: 'two-owners', userId: 'olivia', role: null, expected: { ok: false, reason: 'last_owner' }, after: 'owner' },
    { label: 'a non-member is not found', workspaceId: 'two-owners', userId: 'nina', role: 'editor' as const, expected: { ok: false, reason: 'not_member' }, after: undefined },
    { label: 'a member of another workspace is not found here', workspaceId: 'two-owners', userId: 'eve', role: null, expected: { ok: false, reason: 'not_member' }, after: undefined },
  ])('$label', ({ workspaceId, userId, role, expected, after }) => {
    expect(changeMember(getDb(), { workspaceId, userId, role })).toEqual(expected);
    expect(roleOf(workspaceId, userId)).toBe(after);
  });
});

describe('invite links', () => {
  it('stores only the SHA-256 of a 32-byte random token', () => {
    const { id, token } = createInvite(getDb(), { workspaceId: 'invites', role: 'viewer', createdBy: 'olivia', expiresAt: now + 7 * day, now });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const row = getDb().select().from(workspaceInvites).where(eq(workspaceInvites.id, id)).get();
    expect(row?.tokenHash).toBe(hashInviteToken(token));
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('lets one person join with the role, once', () => {
    const { token } = createInvite(getDb(), { workspaceId: 'invites', role: 'viewer', createdBy: 'olivia', expiresAt: now + 7 * day, now });
    expect(findInvite(getDb(), token, now)).toMatchObject({ ok: true, workspaceId: 'invites', workspaceName: 'Workspace invites', role: 'viewer' });
    expect(acceptInvite(getDb(), { token, userId: 'nina', now })).toEqual({ ok: true, workspaceId: 'invites', role: 'viewer', isAlreadyMember: false });
    expect(roleOf('invites', 'nina')).toBe('viewer');
    expect(acceptInvite(getDb(), { token, userId: 'sam', now })).toEqual({ ok: false, reason: 'used' });
    expect(roleOf('invites', 'sam')).toBeUndefined();
    expect(findInvite(getDb(), token, now)).toEqual({ ok: false, reason: 'used' });
  });

  it('leaves the link unused when a member opens it, and keeps their role', () => {
    const { token } = createInvite(getDb(), { workspaceId: 'invites', role: 'owner', createdBy: 'olivia', expiresAt: now + day, now });
    expect(acceptInvite(getDb(), { token, userId: 'eve', now })).toEqual({ ok: true, workspaceId: 'invites', role: 'editor', isAlreadyMember: true });
    expect(roleOf('invites', 'eve')).toBe('editor');
    expect(findInvite(getDb(), token, now)).toMatchObject({ ok: true });
  });

  it.each([
    { label: 'an expired link', setUp: () => createInvite(getDb(), { workspaceId: 'invites', role: 'editor', createdBy: 'olivia', expiresAt: now - 1, now: now - day }).token, reason: 'expired' },
    { label: 'a link expiring this very millisecond', setUp: () => createInvite(getDb(), { workspaceId: 'invites', role: 'editor', createdBy: 'olivia', expiresAt: now, now: now - day }).token, reason: 'expired' },
    {
      label: 'a revoked link',
      setUp: () => {
        const invite = createInvite(getDb(), { workspaceId: 'invites', role: 'editor', createdBy: 'olivia', expiresAt: now + day, now });
        expect(revokeInvite(getDb(), { workspaceId: 'invites', inviteId: invite.id, now })).toBe(true);
        return invite.token;
      },
      reason: 'revoked',
    },
    { label: 'a made-up token of the right shape', setUp: () => 'A'.repeat(43), reason: 'unknown' },
    { label: 'a token with a character missing', setUp: () => createInvite(getDb(), { workspaceId: 'invites', role: 'editor', createdBy: 'olivia', expiresAt: now + day, now }).token.slice(1), reason: 'unknown' },
    { label: 'garbage', setUp: () => '../../etc/passwd', reason: 'unknown' },
  ])('refuses $label', ({ setUp, reason }) => {
    const token = setUp();
    expect(findInvite(getDb(), token, now)).toEqual({ ok: false, reason });
    expect(acceptInvite(getDb(), { token, userId: 'sam', now })).toEqual({ ok: false, reason });
    expect(roleOf('invites', 'sam')).toBeUndefined();
  });

  it('revokes only an open invite of the same workspace', () => {
    const invite = createInvite(getDb(), { workspaceId: 'invites', role: 'editor', createdBy: 'olivia', expiresAt: now + day, now });
    expect(revokeInvite(getDb(), { workspaceId: 'one-owner', inviteId: invite.id, now })).toBe(false);
    expect(findInvite(getDb(), invite.token, now)).toMatchObject({ ok: true });
    expect(revokeInvite(getDb(), { workspaceId: 'invites', inviteId: invite.id, now })).toBe(true);
    expect(revokeInvite(getDb(), { workspaceId: 'invites', inviteId: invite.id, now })).toBe(false);
  });

  it('lists the open invites only, newest first, without their tokens', () => {
    addWorkspace('listing', [['olivia', 'owner']]);
    const make = (role: 'viewer' | 'editor', expiresAt: number, at: number) => createInvite(getDb(), { workspaceId: 'listing', role, createdBy: 'olivia', expiresAt, now: at });
    const older = make('viewer', now + day, now - 2);
    const newer = make('editor', now + day, now - 1);
    make('editor', now - 1, now - 3); // expired
    const used = make('viewer', now + day, now - 4);
    acceptInvite(getDb(), { token: used.token, userId: 'sam', now });
    const revoked = make('viewer', now + day, now - 5);
    revokeInvite(getDb(), { workspaceId: 'listing', inviteId: revoked.id, now });
    const listed = listPendingInvites(getDb(), 'listing', now);
    expect(listed.map((i) => [i.id, i.role, i.createdByName])).toEqual([
      [newer.id, 'editor', 'olivia'],
      [older.id, 'viewer', 'olivia'],
    ]);
    expect(JSON.stringify(listed)).not.toContain(older.token);
  });
});
