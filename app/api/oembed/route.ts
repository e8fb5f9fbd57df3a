import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { getPublishedQuiz } from '@/db/queries';
import { ApiError } from '@/lib/api-errors';
import { buildOEmbed, readMaxSize, readQuizUrl } from '@/lib/embed/oembed';
import { withErrors } from '../_lib/handler';

// GET /api/oembed?url=<quiz URL>&maxwidth=&maxheight= – the oEmbed answer (JSON, type "rich") for a published quiz
export const GET = withErrors(async (request) => {
  const query = request.nextUrl.searchParams;
  const format = query.get('format');
  // JSON only; the spec's answer to a format the provider does not speak is 501.
  if (format !== null && format !== 'json') throw new ApiError('not_implemented', 'Only format=json is supported.');
  const origin = getRequestOrigin(request);
  const slug = readQuizUrl(query.get('url'), origin);
  if (!slug) throw new ApiError('not_found', `The url must be a quiz of this server: ${origin}/q/<slug>.`);
  const quiz = getPublishedQuiz(getDb(), slug);
  if (!quiz) throw new ApiError('not_found', `No published quiz "${slug}".`);
  const body = buildOEmbed({ rippleOrigin: origin, slug: quiz.slug, title: quiz.definition.title, brandName: quiz.definition.brand.name, maxWidth: readMaxSize(query.get('maxwidth')), maxHeight: readMaxSize(query.get('maxheight')) });
  return NextResponse.json(body, { headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' } });
});

// Like getPublicOrigin (app/_lib/visitor.ts), from the handler's own request: RIPPLE_PUBLIC_URL, else the Host asked.
function getRequestOrigin(request: NextRequest): string {
  const configured = process.env.RIPPLE_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, '');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? request.nextUrl.host;
  const protocol = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? request.nextUrl.protocol.replace(':', '');
  return `${protocol}://${host}`;
}
