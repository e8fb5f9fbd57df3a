import { NextResponse } from 'next/server';
import { assertSameOrigin, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { getQuizKind, saveQuizDraft, validateDraft } from '@/db/studio-queries';
import { ApiError } from '@/lib/api-errors';
import { gameDraftSchema, isGameKind } from '@/lib/games/game-schema';
import { quizDraftSchema } from '@/lib/quiz-schema';
import { readJson, withErrors } from '../../../../_lib/handler';

/** The largest draft the editor may save: far above any real quiz (50 questions of 12 answers is ~100 KB). */
const maxDraftBytes = 256 * 1024;

// PUT /api/studio/quizzes/[id]/draft – autosave the draft (work in progress allowed) and answer with its strict issues
export const PUT = withErrors<{ id: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'editor');
  const db = getDb();
  // A game's draft is read with the game draft schema, a quiz's with the quiz's: neither can turn into the other.
  const draft = isGameKind(getQuizKind(db, id) ?? '') ? await readJson(request, gameDraftSchema, maxDraftBytes) : await readJson(request, quizDraftSchema, maxDraftBytes);
  const now = Date.now();
  if (!saveQuizDraft(db, id, draft, now)) throw new ApiError('not_found', 'No such quiz.');
  return NextResponse.json({ savedAt: now, issues: validateDraft(draft) });
});
