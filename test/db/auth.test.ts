import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { listMemberships } from '@/db/members';
import { accounts } from '@/db/schema';

describe('accounts', () => {
  it('signs up with a scrypt-hashed password, gives each account its own workspace, and the demo to the first only', async () => {
    const auth = getAuth();
    const first = await auth.api.signUpEmail({ body: { email: 'owner@example.com', password: 'correct horse battery', name: 'Olivia' } });
    const second = await auth.api.signUpEmail({ body: { email: 'other@example.com', password: 'another long password', name: 'Omar' } });
    const db = getDb();
    expect(listMemberships(db, first.user.id).map((m) => [m.workspaceSlug === 'demo' ? 'demo' : 'own', m.role])).toEqual([
      ['own', 'owner'],
      ['demo', 'owner'],
    ]);
    expect(listMemberships(db, second.user.id).map((m) => m.workspaceSlug === 'demo')).toEqual([false]);
    const stored = db.select({ password: accounts.password }).from(accounts).where(eq(accounts.userId, first.user.id)).get()?.password ?? '';
    expect(stored).not.toContain('correct horse');
    expect(stored).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // salt:scrypt-key
  });

  it('refuses a wrong password and a short one', async () => {
    const auth = getAuth();
    await expect(auth.api.signInEmail({ body: { email: 'owner@example.com', password: 'wrong password!!' } })).rejects.toThrow();
    await expect(auth.api.signUpEmail({ body: { email: 'short@example.com', password: 'short', name: 'S' } })).rejects.toThrow();
  });
});
