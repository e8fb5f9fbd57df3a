import { NextResponse, type NextRequest } from 'next/server';

const visitorCookie = 'rpl_vid';
const oneYearSeconds = 365 * 24 * 60 * 60;

/**
 * Gives every visitor Ripple's own first-party id: an HttpOnly cookie with 128 random bits, set on the first
 * response and visible to the page that sets it (the request's cookie header is updated too), so attribution
 * works from the very first visit and needs no third-party cookie.
 */
export function proxy(request: NextRequest): NextResponse {
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

export const config = {
  // Pages and API calls of players; not static files, images or cards.
  matcher: ['/', '/q/:path*', '/s/:path*', '/api/plays/:path*', '/api/shares/:path*'],
};
