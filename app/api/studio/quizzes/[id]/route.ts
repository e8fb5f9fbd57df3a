import { NextResponse } from 'next/server';
import { z } from 'zod';
import { loadCardInput, loadGameCardInput } from '@/app/_lib/cards';
import { assertSameOrigin, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb, type Db } from '@/db/client';
import { getGameResultView } from '@/db/games';
import { getResultView } from '@/db/queries';
import { deleteQuizData, getStudioQuiz, listQuizResultIds, validateDraft } from '@/db/studio-queries';
import { ApiError } from '@/lib/api-errors';
import { hashCardInput } from '@/lib/card/hash';
import { readJson, withErrors } from '../../../_lib/handler';

// GET /api/studio/quizzes/[id] – the quiz as the studio edits it: draft, campaign settings, the member's role, strict issues
export const GET = withErrors<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  const { role } = requireQuizRole(user.id, id, 'viewer');
  const quiz = getStudioQuiz(getDb(), id);
  if (!quiz) throw new ApiError('not_found', 'No such quiz.');
  return NextResponse.json({ quiz, role, issues: validateDraft(quiz.draft) });
});

const deleteSchema = z.object({ confirm: z.string().max(200) }).strict();

// DELETE /api/studio/quizzes/[id] – delete a quiz and all its data; the body must confirm with the quiz's slug
export const DELETE = withErrors<{ id: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'editor');
  const { confirm } = await readJson(request, deleteSchema);
  const db = getDb();
  const quiz = getStudioQuiz(db, id);
  if (!quiz) throw new ApiError('not_found', 'No such quiz.');
  if (confirm.trim() !== quiz.slug) throw new ApiError('bad_request', `To delete this quiz, confirm with its address: ${quiz.slug}`, [{ path: 'confirm', message: `Type ${quiz.slug} to confirm.` }]);
  deleteQuizData(db, id, await listCardHashes(db, id));
  return new NextResponse(null, { status: 204 });
});

// Cached cards are keyed by their content (they carry players' names): their hashes are worked out to purge them.
// A mini-game's results have cards of their own.
async function listCardHashes(db: Db, quizId: string): Promise<string[]> {
  const hashes: string[] = [];
  for (const resultId of listQuizResultIds(db, quizId)) {
    const view = getResultView(db, resultId);
    const gameView = view ? undefined : getGameResultView(db, resultId);
    const input = view ? await loadCardInput(view) : gameView ? await loadGameCardInput(gameView) : undefined;
    if (!input) continue;
    hashes.push(`og-${hashCardInput(input, 'og')}`, `story-${hashCardInput(input, 'story')}`);
  }
  return hashes;
}
