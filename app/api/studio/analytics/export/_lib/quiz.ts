import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { findExportQuiz, type ExportQuiz } from '@/db/exports';
import { ApiError } from '@/lib/api-errors';

const quizIdSchema = z.string().min(1).max(64);

/** The quiz a studio export is about (`?quiz=<id>`), for a signed-in member of its workspace (viewers too). */
export async function requireExportQuiz(request: NextRequest): Promise<ExportQuiz> {
  const user = await requireUser(request);
  const quizId = quizIdSchema.safeParse(request.nextUrl.searchParams.get('quiz'));
  if (!quizId.success) throw new ApiError('bad_request', '"quiz": give the quiz id in the query string.');
  requireQuizRole(user.id, quizId.data, 'viewer');
  const quiz = findExportQuiz(getDb(), quizId.data);
  if (!quiz) throw new ApiError('not_found', 'No such quiz.');
  return quiz;
}
