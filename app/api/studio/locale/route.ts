import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin } from '@/app/_lib/studio';
import { studioLocaleCookie } from '@/app/_lib/studio-locale';
import { readJson, withErrors } from '../../_lib/handler';

const localeBodySchema = z.object({ locale: z.enum(['en', 'ar']) });
const oneYearSeconds = 365 * 24 * 60 * 60;

// POST /api/studio/locale – choose the studio's UI language (English or Arabic); no account needed
export const POST = withErrors(async (request) => {
  assertSameOrigin(request);
  const { locale } = await readJson(request, localeBodySchema);
  const response = new NextResponse(null, { status: 204 });
  response.cookies.set(studioLocaleCookie, locale, { httpOnly: true, sameSite: 'lax', secure: request.nextUrl.protocol === 'https:', path: '/', maxAge: oneYearSeconds });
  return response;
});
