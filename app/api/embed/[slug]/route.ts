import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { getEmbedOrigins } from '@/db/embeds';
import { getPublishedQuiz } from '@/db/queries';
import { withErrors } from '../../_lib/handler';

// Any site may ask (the loader runs on the company's page); the answer varies with the asking site's Origin.
const corsHeaders = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store', Vary: 'Origin' };

// GET /api/embed/[slug] – what the loader needs before it frames a game: its title and whether this site may frame it
export const GET = withErrors<{ slug: string }>(async (request: NextRequest, { params }) => {
  const { slug } = await params;
  const db = getDb();
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz) return NextResponse.json({ error: { code: 'not_found', message: `No published quiz "${slug}".` } }, { status: 404, headers: corsHeaders });
  const origin = request.headers.get('origin');
  const isAllowed = origin !== null && (getEmbedOrigins(db, quiz.workspaceId) ?? []).includes(origin);
  const { title, locale, brand } = quiz.definition;
  return NextResponse.json({ slug: quiz.slug, title, locale, brandName: brand.name, isAllowed }, { headers: corsHeaders });
});
