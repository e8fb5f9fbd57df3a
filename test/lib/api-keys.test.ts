import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApiKey, getApiKeyPrefix, hashApiKey, isApiKeyFormat, matchesApiKeyHash, readBearerKey } from '@/lib/api-keys';

const zeros = Buffer.alloc(32, 0);
const fixedKey = createApiKey(Buffer.from('0123456789abcdef0123456789abcdef'));

describe('createApiKey', () => {
  it('is rpl_live_ followed by the 32 random bytes in base64url, 52 characters in all', () => {
    expect(createApiKey(zeros)).toBe(`rpl_live_${'A'.repeat(43)}`);
    expect(fixedKey).toHaveLength(52);
    expect(Buffer.from(fixedKey.slice(9), 'base64url').toString()).toBe('0123456789abcdef0123456789abcdef');
  });

  it('draws fresh randomness each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => createApiKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(isApiKeyFormat(key)).toBe(true);
  });

  it('refuses a wrong amount of randomness (a bug, so it throws)', () => {
    expect(() => createApiKey(Buffer.alloc(16))).toThrow(/32 random bytes/);
  });
});

describe('isApiKeyFormat', () => {
  it.each([
    { label: 'a real key', value: fixedKey, expected: true },
    { label: 'one character short', value: fixedKey.slice(0, -1), expected: false },
    { label: 'one character long', value: `${fixedKey}A`, expected: false },
    { label: 'another tag', value: fixedKey.replace('rpl_live_', 'rpl_test_'), expected: false },
    { label: 'standard base64 (+ and /)', value: `rpl_live_${'+/'.repeat(21)}A`, expected: false },
    { label: 'the prefix only', value: getApiKeyPrefix(fixedKey), expected: false },
    { label: 'empty', value: '', expected: false },
  ])('$label → $expected', ({ value, expected }) => {
    expect(isApiKeyFormat(value)).toBe(expected);
  });
});

describe('getApiKeyPrefix', () => {
  it('keeps the tag and six characters: enough to tell keys apart, far from the 43 that make the key', () => {
    expect(getApiKeyPrefix(fixedKey)).toBe(fixedKey.slice(0, 15));
    expect(getApiKeyPrefix(fixedKey)).toMatch(/^rpl_live_[A-Za-z0-9_-]{6}$/);
  });
});

describe('hashApiKey and matchesApiKeyHash', () => {
  it('stores the SHA-256 of the key, hex', () => {
    expect(hashApiKey(fixedKey)).toBe(createHash('sha256').update(fixedKey).digest('hex'));
    expect(hashApiKey(fixedKey)).not.toContain(fixedKey.slice(9, 20));
  });

  it.each([
    { label: 'the key it was made from', key: fixedKey, hash: hashApiKey(fixedKey), expected: true },
    { label: 'another key', key: createApiKey(zeros), hash: hashApiKey(fixedKey), expected: false },
    { label: 'a hash of another length', key: fixedKey, hash: hashApiKey(fixedKey).slice(0, 10), expected: false },
    { label: 'an empty hash', key: fixedKey, hash: '', expected: false },
  ])('$label → $expected', ({ key, hash, expected }) => {
    expect(matchesApiKeyHash(key, hash)).toBe(expected);
  });
});

describe('readBearerKey', () => {
  it.each([
    { label: 'Bearer and a key', header: `Bearer ${fixedKey}`, expected: { ok: true, key: fixedKey } },
    { label: 'the scheme in any case, extra spaces', header: `  bearer   ${fixedKey} `, expected: { ok: true, key: fixedKey } },
    { label: 'no header', header: null, expected: { ok: false, reason: 'missing' } },
    { label: 'an empty header', header: '  ', expected: { ok: false, reason: 'missing' } },
    { label: 'Basic credentials', header: 'Basic dXNlcjpwYXNz', expected: { ok: false, reason: 'not_bearer' } },
    { label: 'the key without a scheme', header: fixedKey, expected: { ok: false, reason: 'not_bearer' } },
    { label: 'two tokens', header: `Bearer ${fixedKey} ${fixedKey}`, expected: { ok: false, reason: 'not_bearer' } },
    { label: 'a token of another form', header: 'Bearer abc.def.ghi', expected: { ok: false, reason: 'malformed' } },
  ])('$label', ({ header, expected }) => {
    expect(readBearerKey(header)).toEqual(expected);
  });
});
