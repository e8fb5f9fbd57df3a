import { cookies, headers } from 'next/headers';
import { classifyUserAgent, type VisitorKind } from '@/lib/bots';
import { resolveVisitorId, visitorCookie } from '../api/_lib/handler';

/** Who is asking, from a server component: the visitor cookie set by the proxy, and what the User-Agent says. */
export async function getPageVisitor(): Promise<{ visitorId: string | null; kind: VisitorKind }> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return { visitorId: resolveVisitorId(headerList, cookieStore.get(visitorCookie)?.value), kind: classifyUserAgent(headerList.get('user-agent')) };
}

/**
 * The public origin of this server, for absolute links (og:image, share links): RIPPLE_PUBLIC_URL when set,
 * otherwise the Host the request came to. It is only written into pages, never fetched.
 */
export async function getPublicOrigin(): Promise<string> {
  const configured = process.env.RIPPLE_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, '');
  const headerList = await headers();
  const host = headerList.get('x-forwarded-host') ?? headerList.get('host') ?? 'localhost:3000';
  const protocol = headerList.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${protocol.split(',')[0]?.trim() ?? 'https'}://${host}`;
}
