import { getDb } from '@/db/client';
import { downloadHeaders, maxPlayersDays, parseExportQuery, playersCsvPieces, streamText } from '../../../../_lib/exports';
import { withErrors } from '../../../../_lib/handler';
import { requireExportQuiz } from '../_lib/quiz';

// GET /api/studio/analytics/export/players.csv?quiz=<id>&from&to&channel&outcome&source&hostPage – the quiz's
// players who started in the period as a CSV download, pseudonymous, streamed (members of its workspace)
export const GET = withErrors(async (request) => {
  const quiz = await requireExportQuiz(request);
  const { range, filters } = parseExportQuery(request.nextUrl.searchParams, Date.now(), maxPlayersDays);
  const pieces = playersCsvPieces(getDb(), { quizId: quiz.id, range, filters, isBomIncluded: true });
  return new Response(streamText(pieces), { headers: downloadHeaders('text/csv; charset=utf-8', quiz, 'players', range, 'csv') });
});
