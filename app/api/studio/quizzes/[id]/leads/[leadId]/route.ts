import { NextResponse } from 'next/server';
import { assertSameOrigin, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { deleteLead } from '@/db/games';
import { ApiError } from '@/lib/api-errors';
import { withErrors } from '../../../../../_lib/handler';

// DELETE /api/studio/quizzes/[id]/leads/[leadId] – delete a lead: its e-mail and consent are gone from the list and the CSV (editors and owners)
export const DELETE = withErrors<{ id: string; leadId: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { id, leadId } = await params;
  requireQuizRole(user.id, id, 'editor');
  if (!deleteLead(getDb(), { quizId: id, leadId })) throw new ApiError('not_found', 'No such lead.');
  return new NextResponse(null, { status: 204 });
});
