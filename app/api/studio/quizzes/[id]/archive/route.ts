import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { setQuizArchivedAt } from '@/db/studio-queries';
import { readJson, withErrors } from '../../../../_lib/handler';

const archiveSchema = z.object({ isArchived: z.boolean() }).strict();

// POST /api/studio/quizzes/[id]/archive – archive a quiz (hidden from the list, its players see the ended page) or bring it back
export const POST = withErrors<{ id: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'editor');
  const { isArchived } = await readJson(request, archiveSchema);
  const now = Date.now();
  const archivedAt = isArchived ? now : null;
  setQuizArchivedAt(getDb(), id, archivedAt, now);
  return NextResponse.json({ archivedAt });
});
