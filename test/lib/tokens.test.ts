import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandomId, createShareToken, verifyShareToken } from '@/lib/tokens';

const secret = 'test-secret-that-is-long-enough-0123456789';
const otherSecret = 'another-secret-that-is-long-enough-987654';
const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const randomBytesArb = fc.uint8Array({ minLength: 9, maxLength: 9 }).map((bytes) => Buffer.from(bytes));

describe('createShareToken / verifyShareToken', () => {
  it('a token verifies under the secret it was made with', () => {
    const token = createShareToken(secret);
    expect(verifyShareToken(secret, token)).toBe(true);
  });

  it('is 24 base64url characters', () => {
    for (let i = 0; i < 200; i++) expect(createShareToken(secret)).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('is a pure function of the secret and the random bytes (tests can pin it)', () => {
    const random = Buffer.from('000102030405060708', 'hex');
    const token = createShareToken(secret, random);
    expect(createShareToken(secret, random)).toBe(token);
    expect(token.slice(0, 12)).toBe(random.toString('base64url'));
    expect(createShareToken(otherSecret, random)).not.toBe(token);
  });

  it('refuses random bytes of the wrong length (a bug in the caller)', () => {
    expect(() => createShareToken(secret, Buffer.alloc(8))).toThrow();
    expect(() => createShareToken(secret, Buffer.alloc(10))).toThrow();
  });

  it('a token made with another secret fails', () => {
    fc.assert(
      fc.property(randomBytesArb, (random) => {
        expect(verifyShareToken(otherSecret, createShareToken(secret, random))).toBe(false);
        expect(verifyShareToken(secret, createShareToken(otherSecret, random))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips for any random bytes', () => {
    fc.assert(
      fc.property(randomBytesArb, (random) => {
        const token = createShareToken(secret, random);
        expect(token).toHaveLength(24);
        expect(verifyShareToken(secret, token)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('any single-character change fails (every position, every other character, on one token)', () => {
    const token = createShareToken(secret, Buffer.from('a1b2c3d4e5f60718ff', 'hex'));
    let tried = 0;
    for (let position = 0; position < token.length; position++) {
      for (const character of base64url) {
        if (character === token[position]) continue;
        const altered = token.slice(0, position) + character + token.slice(position + 1);
        expect(verifyShareToken(secret, altered), `${altered} (position ${position})`).toBe(false);
        tried++;
      }
    }
    expect(tried).toBe(24 * 63);
  });

  it('any single-character change fails (property over tokens, positions and characters)', () => {
    fc.assert(
      fc.property(randomBytesArb, fc.nat(23), fc.constantFrom(...base64url), (random, position, character) => {
        const token = createShareToken(secret, random);
        fc.pre(token[position] !== character);
        const altered = token.slice(0, position) + character + token.slice(position + 1);
        expect(verifyShareToken(secret, altered)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('swapping the halves of two valid tokens fails', () => {
    const a = createShareToken(secret);
    const b = createShareToken(secret);
    expect(verifyShareToken(secret, a.slice(0, 12) + b.slice(12))).toBe(false);
  });

  const valid = createShareToken(secret, Buffer.from('00ff00ff00ff00ff00', 'hex'));
  it.each([
    { label: 'empty', token: '' },
    { label: 'one character short', token: valid.slice(0, 23) },
    { label: 'one character long', token: `${valid}A` },
    { label: 'twice as long', token: valid + valid },
    { label: 'very long', token: 'A'.repeat(10_000) },
    { label: 'standard base64 +', token: `+${valid.slice(1)}` },
    { label: 'standard base64 /', token: `${valid.slice(0, 23)}/` },
    { label: 'padding =', token: `${valid.slice(0, 23)}=` },
    { label: 'a space', token: `${valid.slice(0, 12)} ${valid.slice(13)}` },
    { label: 'a trailing newline', token: `${valid}\n` },
    { label: 'a leading space', token: ` ${valid}` },
    { label: 'a percent-encoded character', token: `%41${valid.slice(3)}` },
    { label: 'a dot (path traversal)', token: `..${valid.slice(2)}` },
    { label: 'a Latin letter with accent', token: `é${valid.slice(1)}` },
    { label: 'an emoji', token: `🧭${valid.slice(2)}` },
    { label: 'Arabic-Indic digits', token: `٠١${valid.slice(2)}` },
    { label: 'full-width Latin', token: `Ａ${valid.slice(1)}` },
    { label: 'a NUL', token: `${valid.slice(0, 23)}\u0000` },
    { label: 'a lone surrogate', token: `${valid.slice(0, 23)}\ud800` },
    { label: 'all zero characters', token: 'A'.repeat(24) },
  ])('refuses a malformed token without throwing: $label', ({ token }) => {
    expect(() => verifyShareToken(secret, token)).not.toThrow();
    expect(verifyShareToken(secret, token)).toBe(false);
  });

  it('refuses arbitrary strings without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom(...base64url, '+', '/', '=', 'é'), minLength: 20, maxLength: 28 })), (token) => {
        expect(verifyShareToken(secret, token)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('creates 10,000 distinct tokens, all valid', () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 10_000; i++) tokens.add(createShareToken(secret));
    expect(tokens.size).toBe(10_000);
    for (const token of [...tokens].slice(0, 100)) expect(verifyShareToken(secret, token)).toBe(true);
  });
});

describe('createRandomId', () => {
  it.each([
    { label: 'default 16 bytes', bytes: undefined, length: 22 },
    { label: '9 bytes', bytes: 9, length: 12 },
    { label: '32 bytes', bytes: 32, length: 43 },
  ])('$label → $length base64url characters', ({ bytes, length }) => {
    const id = createRandomId(bytes);
    expect(id).toHaveLength(length);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('gives 10,000 distinct ids', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 10_000; i++) ids.add(createRandomId());
    expect(ids.size).toBe(10_000);
  });
});
