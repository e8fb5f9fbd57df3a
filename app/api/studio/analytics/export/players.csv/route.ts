import { getDb } from '@/db/client';
import { downloadHeaders, maxPlayersDays, parseExportQuery, playersCsvPieces, streamText } from '../../../../_lib/exports';
import { withErrors } from '../../../../_lib/handler';
import { requireExportScope } from '../_lib/quiz';

// GET /api/studio/analytics/export/players.csv?quiz=<id> (or ?workspaceId=<id>: every quiz of it, with a quiz column)&from&to&channel&outcome&source&hostPage –
// the players who started in the period as a CSV download, pseudonymous, streamed (members of the workspace)
export const GET = withErrors(async (request) => {
  const scope = await requireExportScope(request);
  const { range, filters } = parseExportQuery(request.nextUrl.searchParams, Date.now(), maxPlayersDays);
  const pieces = playersCsvPieces(getDb(), { quizzes: scope.quizzes, isQuizColumn: scope.kind === 'workspace', range, filters, isBomIncluded: true });
  return new Response(streamText(pieces), { headers: downloadHeaders('text/csv; charset=utf-8', scope, 'players', range, 'csv') });
});
