import { NextResponse } from 'next/server';
import { assertSameOrigin, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { publishQuiz } from '@/db/studio-queries';
import { ApiError } from '@/lib/api-errors';
import { createRandomId } from '@/lib/tokens';
import { withErrors } from '../../../../_lib/handler';

// POST /api/studio/quizzes/[id]/publish – freeze the draft into a new immutable version that players get from now on
export const POST = withErrors<{ id: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'editor');
  const outcome = publishQuiz(getDb(), { quizId: id, now: Date.now(), newId: createRandomId });
  if (!outcome.ok && outcome.issues === null) throw new ApiError('not_found', 'No such quiz.');
  if (!outcome.ok) {
    const count = outcome.issues.length;
    throw new ApiError('bad_request', `The draft has ${count} ${count === 1 ? 'problem' : 'problems'} to fix before it can be published; nothing was published.`, outcome.issues);
  }
  return NextResponse.json({ versionId: outcome.versionId, version: outcome.version });
});
