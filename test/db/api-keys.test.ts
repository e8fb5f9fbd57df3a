import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiKey, createWorkspaceApiKey, listWorkspaceApiKeys, maxActiveApiKeys, revokeWorkspaceApiKey } from '@/db/api-keys';
import { getDb } from '@/db/client';
import { apiKeys, users, workspaces } from '@/db/schema';
import { createApiKey, hashApiKey } from '@/lib/api-keys';

const now = 1_750_000_000_000;
const minute = 60_000;

function create(workspaceId: string, name: string, at = now) {
  const created = createWorkspaceApiKey(getDb(), { workspaceId, name, createdBy: 'olivia', now: at });
  if (!created.ok) throw new Error('not created');
  return created;
}

beforeAll(() => {
  const db = getDb();
  db.insert(users).values({ id: 'olivia', name: 'Olivia', email: 'olivia@example.com', createdAt: new Date(now), updatedAt: new Date(now) }).run();
  for (const id of ['ws-a', 'ws-b', 'ws-full']) db.insert(workspaces).values({ id, name: id, slug: id }).run();
});

describe('creating a key', () => {
  it('answers the key once and stores only its SHA-256 and prefix', () => {
    const created = create('ws-a', 'Looker');
    expect(created.key).toMatch(/^rpl_live_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.key.slice(0, 15));
    const stored = getDb().select().from(apiKeys).where(eq(apiKeys.id, created.id)).get();
    expect(stored).toMatchObject({ workspaceId: 'ws-a', name: 'Looker', prefix: created.prefix, keyHash: hashApiKey(created.key), lastUsedAt: null, revokedAt: null, createdAt: now });
    // Nothing stored holds the key's secret part.
    expect(JSON.stringify(stored)).not.toContain(created.key.slice(15));
  });

  it(`refuses a ${maxActiveApiKeys + 1}th working key, and counts revoked ones out`, () => {
    const made = Array.from({ length: maxActiveApiKeys }, (_, i) => create('ws-full', `key ${i}`));
    expect(createWorkspaceApiKey(getDb(), { workspaceId: 'ws-full', name: 'one too many', createdBy: 'olivia', now })).toEqual({ ok: false, reason: 'too_many' });
    expect(revokeWorkspaceApiKey(getDb(), { workspaceId: 'ws-full', keyId: made[0]?.id ?? '', now })).toBe(true);
    expect(createWorkspaceApiKey(getDb(), { workspaceId: 'ws-full', name: 'replacement', createdBy: 'olivia', now }).ok).toBe(true);
  });
});

describe('listing keys', () => {
  it('shows names, prefixes, dates and who made them, newest first, never the key or its hash', () => {
    create('ws-b', 'First', now);
    const second = create('ws-b', 'Second', now + minute);
    const list = listWorkspaceApiKeys(getDb(), 'ws-b');
    expect(list.map((k) => k.name)).toEqual(['Second', 'First']);
    expect(list[0]).toEqual({ id: second.id, name: 'Second', prefix: second.prefix, createdAt: now + minute, createdByName: 'Olivia', lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(list)).not.toContain(second.key);
    expect(JSON.stringify(list)).not.toContain(hashApiKey(second.key));
    expect(listWorkspaceApiKeys(getDb(), 'ws-a').every((k) => k.name !== 'First')).toBe(true);
  });
});

describe('authenticating and revoking', () => {
  it('opens the key’s own workspace and notes the last use, at most once a minute', () => {
    const created = create('ws-a', 'Nightly');
    expect(authenticateApiKey(getDb(), created.key, now + 1000)).toEqual({ keyId: created.id, workspaceId: 'ws-a' });
    const lastUsed = () => listWorkspaceApiKeys(getDb(), 'ws-a').find((k) => k.id === created.id)?.lastUsedAt;
    expect(lastUsed()).toBe(now + 1000);
    authenticateApiKey(getDb(), created.key, now + 30_000);
    expect(lastUsed()).toBe(now + 1000);
    authenticateApiKey(getDb(), created.key, now + 1000 + minute + 1);
    expect(lastUsed()).toBe(now + 1000 + minute + 1);
  });

  it.each([
    { label: 'a key never made', key: createApiKey() },
    { label: 'a key with one character changed', key: 'change-me' },
  ])('refuses $label', ({ key }) => {
    const real = create('ws-a', 'Real');
    const tried = key === 'change-me' ? `${real.key.slice(0, -1)}${real.key.endsWith('A') ? 'B' : 'A'}` : key;
    expect(authenticateApiKey(getDb(), tried, now)).toBeNull();
  });

  it('refuses a revoked key on its very next use, and revokes only in its own workspace', () => {
    const created = create('ws-a', 'Leaked');
    expect(authenticateApiKey(getDb(), created.key, now)).not.toBeNull();
    expect(revokeWorkspaceApiKey(getDb(), { workspaceId: 'ws-b', keyId: created.id, now })).toBe(false);
    expect(authenticateApiKey(getDb(), created.key, now)).not.toBeNull();
    expect(revokeWorkspaceApiKey(getDb(), { workspaceId: 'ws-a', keyId: created.id, now: now + 5 })).toBe(true);
    expect(authenticateApiKey(getDb(), created.key, now + 6)).toBeNull();
    // Revoking twice is refused (nothing working to revoke), and the list shows when it happened.
    expect(revokeWorkspaceApiKey(getDb(), { workspaceId: 'ws-a', keyId: created.id, now: now + 10 })).toBe(false);
    expect(listWorkspaceApiKeys(getDb(), 'ws-a').find((k) => k.id === created.id)?.revokedAt).toBe(now + 5);
  });
});
