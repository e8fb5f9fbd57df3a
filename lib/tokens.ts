import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const idBytes = 9;
const macBytes = 9;

/**
 * Makes a new share token: 72 random bits (the link's id, unguessable) followed by a 72-bit HMAC-SHA256 of them
 * under the server's secret (tamper-evident: a forged or altered token fails `verifyShareToken` before any
 * database look-up). Both parts are base64url, 24 characters in all.
 */
export function createShareToken(secret: string, random: Buffer = randomBytes(idBytes)): string {
  if (random.length !== idBytes) throw new Error(`a share token needs ${idBytes} random bytes`);
  return random.toString('base64url') + sign(secret, random).toString('base64url');
}

/** Checks a token from a URL: its form, then its signature. Returns whether it is one of ours. */
export function verifyShareToken(secret: string, token: string): boolean {
  if (!/^[A-Za-z0-9_-]{24}$/.test(token)) return false;
  const random = Buffer.from(token.slice(0, 12), 'base64url');
  const mac = Buffer.from(token.slice(12), 'base64url');
  if (random.length !== idBytes || mac.length !== macBytes) return false;
  return timingSafeEqual(mac, sign(secret, random));
}

function sign(secret: string, random: Buffer): Buffer {
  return createHmac('sha256', secret).update('share:').update(random).digest().subarray(0, macBytes);
}

/** A random id for rows that appear in URLs (results, players): 128 bits, base64url. */
export function createRandomId(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}
