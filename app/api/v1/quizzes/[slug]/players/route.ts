import { z } from 'zod';
import { getDb } from '@/db/client';
import { ApiError } from '@/lib/api-errors';
import { downloadHeaders, maxPlayersDays, parseExportQuery, playersCsvPieces, playersJsonPieces, streamText } from '../../../../_lib/exports';
import { requireApiKey, requireApiQuiz, withApiErrors } from '../../../_lib/auth';

const formatSchema = z.enum(['json', 'csv']).default('json');

// GET /api/v1/quizzes/[slug]/players?from&to&format=json|csv&channel&outcome&source&hostPage – the quiz's players who
// started in the period, pseudonymous (numbers, never names, e-mails or visitor ids), streamed
export const GET = withApiErrors<{ slug: string }>(async (request, { params }) => {
  const { workspaceId } = requireApiKey(request);
  const quiz = requireApiQuiz(workspaceId, (await params).slug);
  const format = formatSchema.safeParse(request.nextUrl.searchParams.get('format') ?? undefined);
  if (!format.success) throw new ApiError('bad_request', '"format" must be "json" or "csv".');
  const { range, filters } = parseExportQuery(request.nextUrl.searchParams, Date.now(), maxPlayersDays);
  const db = getDb();
  if (format.data === 'csv') {
    return new Response(streamText(playersCsvPieces(db, { quizzes: [quiz], isQuizColumn: false, range, filters, isBomIncluded: false })), { headers: downloadHeaders('text/csv; charset=utf-8', quiz, 'players', range, 'csv') });
  }
  return new Response(streamText(playersJsonPieces(db, { quiz, range, filters })), { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } });
});
