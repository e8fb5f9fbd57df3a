import { requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { findExportQuiz } from '@/db/exports';
import { getLeadsCsv } from '@/db/games';
import { ApiError } from '@/lib/api-errors';
import { utf8Bom } from '@/lib/csv';
import { withErrors } from '../../../../../_lib/handler';

// GET /api/studio/quizzes/[id]/leads/csv – a game's leads as a CSV download (editors and owners)
export const GET = withErrors<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'editor');
  const db = getDb();
  const quiz = findExportQuiz(db, id);
  if (!quiz) throw new ApiError('not_found', 'No such quiz.');
  // Slugs are [a-z0-9-]; anything else is dropped, so the header cannot be broken.
  const name = `${quiz.slug.replace(/[^a-z0-9-]/g, '')}-leads.csv`;
  return new Response(utf8Bom + getLeadsCsv(db, id), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' },
  });
});
