import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { requireQuizRole, requireUser, requireWorkspaceRole } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { findExportQuiz, findExportWorkspace, listExportQuizzes, type ExportQuiz } from '@/db/exports';
import { ApiError } from '@/lib/api-errors';

const idSchema = z.string().min(1).max(64);

/** The quiz a studio export is about (`?quiz=<id>`), for a signed-in member of its workspace (viewers too). */
export async function requireExportQuiz(request: NextRequest): Promise<ExportQuiz> {
  const user = await requireUser(request);
  const quizId = idSchema.safeParse(request.nextUrl.searchParams.get('quiz'));
  if (!quizId.success) throw new ApiError('bad_request', '"quiz": give the quiz id in the query string.');
  requireQuizRole(user.id, quizId.data, 'viewer');
  const quiz = findExportQuiz(getDb(), quizId.data);
  if (!quiz) throw new ApiError('not_found', 'No such quiz.');
  return quiz;
}

/** The quizzes an export covers, and the slug that names its file (the quiz's, or the workspace's). */
export type ExportScope = { kind: 'quiz' | 'workspace'; slug: string; quizzes: { id: string; slug: string }[] };

/**
 * What a studio export covers: one quiz (`?quiz=<id>`) or every quiz of a workspace (`?workspaceId=<id>`), for a
 * signed-in member (viewers too).
 */
export async function requireExportScope(request: NextRequest): Promise<ExportScope> {
  const params = request.nextUrl.searchParams;
  if (params.get('quiz') !== null || params.get('workspaceId') === null) {
    const quiz = await requireExportQuiz(request);
    return { kind: 'quiz', slug: quiz.slug, quizzes: [{ id: quiz.id, slug: quiz.slug }] };
  }
  const user = await requireUser(request);
  const workspaceId = idSchema.safeParse(params.get('workspaceId'));
  if (!workspaceId.success) throw new ApiError('bad_request', '"workspaceId" must be a workspace id.');
  requireWorkspaceRole(user.id, workspaceId.data, 'viewer');
  const workspace = findExportWorkspace(getDb(), workspaceId.data);
  if (!workspace) throw new ApiError('not_found', 'No such workspace.');
  const quizzes = listExportQuizzes(getDb(), workspace.id).map((q) => ({ id: q.id, slug: q.slug }));
  return { kind: 'workspace', slug: workspace.slug, quizzes };
}
