/** At most this many origins per workspace: a CSP header stays short, and a longer list is a mistake. */
export const maxEmbedOrigins = 20;
/** The longest host page (origin and path) kept for a player: longer paths are cut. */
export const maxHostPageLength = 300;

export type OriginCheck = { ok: true; origin: string } | { ok: false; reason: 'empty' | 'invalid' | 'scheme' | 'wildcard' | 'credentials' };

/**
 * Turns what an author typed into an origin that a browser would send (`https://www.acme.com`,
 * `http://localhost:8080`): the scheme is added when missing (https), the host lowercased, a default port and any
 * path, query or fragment dropped. Only http and https are accepted; wildcards and user:password are refused,
 * because `frame-ancestors` must list exactly the sites the company named.
 */
export function normalizeOrigin(input: string): OriginCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (trimmed.includes('*')) return { ok: false, reason: 'wildcard' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^/]+:\d+(\/|$)/.test(trimmed);
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'scheme' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' };
  if (url.hostname === '' || /[\s'";,]/.test(url.host)) return { ok: false, reason: 'invalid' };
  return { ok: true, origin: url.origin };
}

export type OriginIssue = { index: number; value: string; reason: Exclude<Extract<OriginCheck, { ok: false }>['reason'], 'empty'> | 'too_many' };
export type OriginListCheck = { ok: true; origins: string[] } | { ok: false; issues: OriginIssue[] };

/**
 * Normalises a list of origins (see normalizeOrigin), dropping blank lines and duplicates and keeping the order
 * given. Fails with every faulty entry (by its index in the input) or when more than maxEmbedOrigins remain.
 */
export function parseEmbedOrigins(inputs: readonly string[]): OriginListCheck {
  const origins: string[] = [];
  const issues: OriginIssue[] = [];
  inputs.forEach((value, index) => {
    const checked = normalizeOrigin(value);
    if (checked.ok) {
      if (!origins.includes(checked.origin)) origins.push(checked.origin);
    } else if (checked.reason !== 'empty') {
      issues.push({ index, value, reason: checked.reason });
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  if (origins.length > maxEmbedOrigins) return { ok: false, issues: [{ index: maxEmbedOrigins, value: origins[maxEmbedOrigins] ?? '', reason: 'too_many' }] };
  return { ok: true, origins };
}

/**
 * Reads a workspace's stored origins back (JSON from the database is data from outside): anything that is not a
 * list of valid origins is dropped, so a damaged value can only ever narrow who may frame a game.
 */
export function readStoredOrigins(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const origins: string[] = [];
  for (const value of stored) {
    if (typeof value !== 'string') continue;
    const checked = normalizeOrigin(value);
    if (checked.ok && checked.origin === value && !origins.includes(value)) origins.push(value);
  }
  return origins.slice(0, maxEmbedOrigins);
}

/**
 * The Content-Security-Policy of an embed page: `frame-ancestors` with exactly the workspace's origins, or
 * `'none'` when it has none (then no site at all may frame the game).
 */
export function buildFrameAncestors(origins: readonly string[]): string {
  return `frame-ancestors ${origins.length > 0 ? origins.join(' ') : "'none'"}`;
}

/**
 * The embedding page as stored with a player: the origin and path of `candidate` (no query, no fragment, at most
 * maxHostPageLength characters), or '' when it is not an http(s) URL on one of the allowed origins. When the
 * browser told the frame's origin (the Referer, cut to an origin by the default referrer policy), a page that
 * claims another origin is refused too.
 */
export function toHostPage(candidate: string | null | undefined, allowedOrigins: readonly string[], refererOrigin?: string | null): string {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 2000) return '';
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return '';
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') return '';
  if (!allowedOrigins.includes(url.origin)) return '';
  if (refererOrigin && refererOrigin !== url.origin) return '';
  return `${url.origin}${url.pathname}`.slice(0, maxHostPageLength);
}

/** The origin of a header value such as Referer, or null when it is missing or not a URL. */
export function getOriginOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Whether a browser keeps a `Secure` cookie set by this server: over https, or on a loopback host (browsers count
 * http://localhost and 127.0.0.1 as secure contexts). Partitioned cookies need `Secure`, so the embed's visitor id
 * can only live in a partitioned cookie where this holds.
 */
export function isSecureContextHost(protocol: string, host: string | null): boolean {
  if (protocol === 'https' || protocol === 'https:') return true;
  if (!host) return false;
  const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';
}
