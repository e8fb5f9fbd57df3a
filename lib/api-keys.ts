import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every key starts with this, so a leaked key is recognisable (secret scanners, logs) and tells whose it is. */
export const apiKeyTag = 'rpl_live_';
const apiKeyBytes = 32;
// 32 bytes are 43 base64url characters, without padding.
const apiKeyPattern = /^rpl_live_[A-Za-z0-9_-]{43}$/;
// The tag and six characters of the random part: enough to tell a workspace's keys apart, far too few to guess.
const prefixRandomChars = 6;

/**
 * Makes a new API key: `rpl_live_` followed by 256 random bits in base64url (52 characters in all). The key is
 * shown to its owner once; only its hash (`hashApiKey`) is stored.
 */
export function createApiKey(random: Buffer = randomBytes(apiKeyBytes)): string {
  if (random.length !== apiKeyBytes) throw new Error(`an API key needs ${apiKeyBytes} random bytes`);
  return apiKeyTag + random.toString('base64url');
}

/** Whether a string has the form of a Ripple API key (says nothing about whether the key exists). */
export function isApiKeyFormat(value: string): boolean {
  return apiKeyPattern.test(value);
}

/** The start of a key that the studio shows to tell keys apart ("rpl_live_Ab3dE9"); never enough to use it. */
export function getApiKeyPrefix(key: string): string {
  return key.slice(0, apiKeyTag.length + prefixRandomChars);
}

/**
 * The stored form of a key: its SHA-256, hex. A plain hash is enough (no salt, no slow hash) because the key is
 * 256 random bits, not a password: nobody can try them all, and the hash can be looked up by index.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Whether a key is the one a stored hash was made from, compared in constant time, so the time an answer takes
 * says nothing about how many characters of a guessed hash were right.
 */
export function matchesApiKeyHash(key: string, storedHash: string): boolean {
  const actual = Buffer.from(hashApiKey(key), 'utf8');
  const expected = Buffer.from(storedHash, 'utf8');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export type BearerKey = { ok: true; key: string } | { ok: false; reason: 'missing' | 'not_bearer' | 'malformed' };

/**
 * Reads the key of an `Authorization: Bearer <key>` header. The scheme is case-insensitive (RFC 7235); the key
 * must have the form of a Ripple key, so a malformed one is refused before any database look-up.
 */
export function readBearerKey(header: string | null): BearerKey {
  if (header === null || header.trim() === '') return { ok: false, reason: 'missing' };
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return { ok: false, reason: 'not_bearer' };
  return isApiKeyFormat(match[1]) ? { ok: true, key: match[1] } : { ok: false, reason: 'malformed' };
}
