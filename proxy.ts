import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { getEmbedOriginsBySlug } from '@/db/embeds';
import { buildFrameAncestors, isSecureContextHost } from '@/lib/embed/origins';
import { isTrackingRefused } from '@/lib/privacy';

const visitorCookie = 'rpl_vid';
const oneYearSeconds = 365 * 24 * 60 * 60;

/**
 * Gives every visitor Ripple's own first-party id: an HttpOnly cookie with 128 random bits, set on the first
 * response and visible to the page that sets it (the request's cookie header is updated too), so attribution
 * works from the very first visit and needs no third-party cookie.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname.startsWith('/studio')) return guardStudio(request);
  const response = identifyVisitor(request);
  return request.nextUrl.pathname.startsWith('/embed/') ? applyEmbedHeaders(request, response) : response;
}

function identifyVisitor(request: NextRequest): NextResponse {
  // Do-Not-Track and Global Privacy Control: no cookie, and one set before is dropped (see lib/privacy.ts).
  if (isTrackingRefused(request.headers)) {
    if (!request.cookies.has(visitorCookie)) return NextResponse.next();
    request.cookies.delete(visitorCookie);
    const response = NextResponse.next({ request: { headers: request.headers } });
    response.cookies.delete(visitorCookie);
    return response;
  }
  if (request.cookies.get(visitorCookie)) return NextResponse.next();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  request.cookies.set(visitorCookie, id);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(visitorCookie, id, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.nextUrl.protocol === 'https:',
    path: '/',
    maxAge: oneYearSeconds,
  });
  return response;
}

/**
 * Sends a visitor without a session cookie straight to sign-in (a 307), with the studio page they wanted as
 * `next`: a layout cannot know the URL. Only the cookie's presence is looked at here; the studio's layout and
 * pages check the session itself.
 */
function guardStudio(request: NextRequest): NextResponse {
  const hasSession = request.cookies.has('ripple.session_token') || request.cookies.has('__Secure-ripple.session_token');
  if (hasSession) return NextResponse.next();
  // The host the browser used (Next may call itself "localhost" behind a bind address or a proxy).
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const target = new URL('/sign-in', host ? `${request.nextUrl.protocol}//${host}` : request.url);
  target.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(target, 307);
}

/**
 * An embed page (/embed/<slug>/...) may be framed by exactly the origins its workspace allows: its
 * `Content-Security-Policy: frame-ancestors` lists them (`'none'` without any; the static headers of
 * next.config.js leave /embed out). An unknown slug's page only says the game is not there, so any site may show
 * that rather than a broken frame. In the frame, Ripple is a third party: the visitor cookie set here is made
 * `Partitioned; SameSite=None; Secure` (kept per embedding site, and by browsers that block third-party cookies)
 * wherever the browser keeps Secure cookies from this server.
 */
function applyEmbedHeaders(request: NextRequest, response: NextResponse): NextResponse {
  const slug = /^\/embed\/([a-z0-9-]{1,80})(?:\/|$)/.exec(request.nextUrl.pathname)?.[1];
  let origins: string[] | undefined;
  try {
    origins = slug ? getEmbedOriginsBySlug(getDb(), slug) : undefined;
  } catch (error) {
    console.error('Could not read the embed origins of', slug, error);
    origins = [];
  }
  response.headers.set('Content-Security-Policy', origins === undefined ? 'frame-ancestors *' : buildFrameAncestors(origins));
  const setId = response.cookies.get(visitorCookie)?.value;
  const protocol = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? request.nextUrl.protocol;
  if (setId && isSecureContextHost(protocol, request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? request.nextUrl.host)) {
    response.cookies.set(visitorCookie, setId, { httpOnly: true, sameSite: 'none', secure: true, partitioned: true, path: '/', maxAge: oneYearSeconds });
  }
  return response;
}

export const config = {
  // Pages and API calls of players; not static files, images or cards. And the studio's pages, for its sign-in guard.
  matcher: ['/', '/q/:path*', '/s/:path*', '/embed/:path*', '/api/plays/:path*', '/api/shares/:path*', '/studio', '/studio/:path*'],
};
