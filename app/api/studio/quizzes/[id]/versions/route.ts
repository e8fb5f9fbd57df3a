import { NextResponse } from 'next/server';
import { requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { getVersionHistory } from '@/db/studio-queries';
import { ApiError } from '@/lib/api-errors';
import { withErrors } from '../../../../_lib/handler';

// GET /api/studio/quizzes/[id]/versions – the published versions (players per version) and whether the draft differs
export const GET = withErrors<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'viewer');
  const history = getVersionHistory(getDb(), id);
  if (!history) throw new ApiError('not_found', 'No such quiz.');
  return NextResponse.json(history, { headers: { 'Cache-Control': 'no-store' } });
});
