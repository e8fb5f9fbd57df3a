import type { NextRequest } from 'next/server';
import { findCurrentWorkspace, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getScopeQuizzes } from '@/db/analytics';
import { getDb } from '@/db/client';
import type { DashboardScope } from '@/lib/analytics/dashboard-types';
import { ApiError } from '@/lib/api-errors';
import { getDirection } from '@/lib/quiz-schema';

/**
 * Whose figures an analytics request asks for: `?quiz=<id>` (a member of its workspace, else 404) or, without it,
 * the signed-in user's current workspace. Any member may read, viewers included.
 */
export async function resolveAnalyticsScope(request: NextRequest): Promise<{ scope: DashboardScope; quizzes: ReturnType<typeof getScopeQuizzes> }> {
  const user = await requireUser(request);
  const quizId = request.nextUrl.searchParams.get('quiz');
  const db = getDb();
  if (quizId) {
    requireQuizRole(user.id, quizId, 'viewer');
    const quizzes = getScopeQuizzes(db, { quizId });
    const quiz = quizzes[0];
    if (!quiz) throw new ApiError('not_found', 'No such quiz.');
    return { scope: { kind: 'quiz', quizId: quiz.id, slug: quiz.slug, title: quiz.definition?.title ?? quiz.title, dir: quiz.definition ? getDirection(quiz.definition.locale) : 'ltr' }, quizzes };
  }
  const current = await findCurrentWorkspace();
  if (!current) throw new ApiError('unauthorized', 'Sign in to use the studio.');
  return { scope: { kind: 'workspace', workspaceId: current.workspaceId, name: current.workspaceName }, quizzes: getScopeQuizzes(db, { workspaceId: current.workspaceId }) };
}
