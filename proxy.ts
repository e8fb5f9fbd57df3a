import { NextResponse, type NextRequest } from 'next/server';

const visitorCookie = 'rpl_vid';
const oneYearSeconds = 365 * 24 * 60 * 60;

/**
 * Gives every visitor Ripple's own first-party id: an HttpOnly cookie with 128 random bits, set on the first
 * response and visible to the page that sets it (the request's cookie header is updated too), so attribution
 * works from the very first visit and needs no third-party cookie.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname.startsWith('/studio')) return guardStudio(request);
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

export const config = {
  // Pages and API calls of players; not static files, images or cards. And the studio's pages, for its sign-in guard.
  matcher: ['/', '/q/:path*', '/s/:path*', '/api/plays/:path*', '/api/shares/:path*', '/studio', '/studio/:path*'],
};
