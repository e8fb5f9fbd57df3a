import { and, count, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { createApiKey, getApiKeyPrefix, hashApiKey, matchesApiKeyHash } from '@/lib/api-keys';
import { createRandomId } from '@/lib/tokens';
import type { Db } from './client';
import { apiKeys, users } from './schema';

/** A workspace may hold this many keys that still work; revoked ones do not count. */
export const maxActiveApiKeys = 25;
// last_used_at is a hint for people ("used 2 hours ago"), not an audit log: writing it at most once a minute
// keeps a busy API client from adding a write to every one of its reads.
const lastUsedResolutionMs = 60_000;

export type ApiKeySummary = { id: string; name: string; prefix: string; createdAt: number; createdByName: string; lastUsedAt: number | null; revokedAt: number | null };

export type ApiKeyCreation = { ok: true; id: string; key: string; prefix: string } | { ok: false; reason: 'too_many' };

/**
 * Makes a new API key for a workspace. The key itself is returned once, here; only its SHA-256 is stored, so
 * neither the studio nor a copy of the database can show it again. Count and insert share a transaction.
 */
export function createWorkspaceApiKey(db: Db, input: { workspaceId: string; name: string; createdBy: string; now: number }): ApiKeyCreation {
  return db.transaction((tx) => {
    const active = tx.select({ n: count() }).from(apiKeys).where(and(eq(apiKeys.workspaceId, input.workspaceId), isNull(apiKeys.revokedAt))).get()?.n ?? 0;
    if (active >= maxActiveApiKeys) return { ok: false, reason: 'too_many' } as const;
    const key = createApiKey();
    const id = createRandomId();
    const prefix = getApiKeyPrefix(key);
    tx.insert(apiKeys).values({ id, workspaceId: input.workspaceId, name: input.name, prefix, keyHash: hashApiKey(key), createdBy: input.createdBy, createdAt: input.now }).run();
    return { ok: true, id, key, prefix } as const;
  });
}

/** The keys of a workspace, working and revoked, newest first: never the key, only its prefix. */
export function listWorkspaceApiKeys(db: Db, workspaceId: string): ApiKeySummary[] {
  return db
    .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt, createdByName: users.name, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.createdBy))
    .where(eq(apiKeys.workspaceId, workspaceId))
    .orderBy(desc(apiKeys.createdAt), apiKeys.id)
    .all();
}

/** Revokes a key of a workspace at once: its next request is refused. False when there is no such working key. */
export function revokeWorkspaceApiKey(db: Db, input: { workspaceId: string; keyId: string; now: number }): boolean {
  const result = db
    .update(apiKeys)
    .set({ revokedAt: input.now })
    .where(and(eq(apiKeys.id, input.keyId), eq(apiKeys.workspaceId, input.workspaceId), isNull(apiKeys.revokedAt)))
    .run();
  return result.changes > 0;
}

/**
 * The workspace a presented key opens, or null for an unknown or revoked key. The key is found by its hash (an
 * index look-up) and compared again in constant time; its last use is noted (to the minute).
 */
export function authenticateApiKey(db: Db, key: string, now: number): { keyId: string; workspaceId: string } | null {
  const row = db.select({ id: apiKeys.id, workspaceId: apiKeys.workspaceId, keyHash: apiKeys.keyHash, revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.keyHash, hashApiKey(key))).get();
  if (!row || row.revokedAt !== null || !matchesApiKeyHash(key, row.keyHash)) return null;
  db.update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, now - lastUsedResolutionMs))))
    .run();
  return { keyId: row.id, workspaceId: row.workspaceId };
}
