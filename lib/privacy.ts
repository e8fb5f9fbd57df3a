import { createHmac } from 'node:crypto';

/** Reads one request header; a Headers object or anything with the same `get`. */
type HeaderSource = { get(name: string): string | null };

/**
 * Whether the visitor asked not to be tracked: `DNT: 1` (Do Not Track) or `Sec-GPC: 1` (Global Privacy Control).
 * Such visitors still play and are counted, but get no cookie and no lasting identity.
 */
export function isTrackingRefused(headers: HeaderSource): boolean {
  return headers.get('dnt')?.trim() === '1' || headers.get('sec-gpc')?.trim() === '1';
}

/**
 * The identity of a visitor without a cookie, for one UTC day: an HMAC of their address and User-Agent keyed by
 * that day's random salt. The address is used here and never stored; once the salt is deleted (the day after),
 * nobody, Ripple included, can tell whether two days' hashes are the same person. Prefixed `h_` so that it can
 * never equal a cookie id.
 */
export function hashDailyVisitor(input: { salt: string; address: string; userAgent: string }): string {
  const digest = createHmac('sha256', input.salt).update(`${input.address}\n${input.userAgent}`).digest('base64url');
  return `h_${digest.slice(0, 30)}`;
}

/** The client's address as the server in front of Ripple reports it: the first entry of X-Forwarded-For. */
export function readClientAddress(headers: HeaderSource): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? headers.get('x-real-ip')?.trim() ?? '';
}
