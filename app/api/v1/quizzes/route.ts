import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { listExportQuizzes } from '@/db/exports';
import { toIsoTime } from '@/lib/exports';
import { requireApiKey, withApiErrors } from '../_lib/auth';

// GET /api/v1/quizzes – the quizzes of the API key's workspace, newest first (archived ones too, marked)
export const GET = withApiErrors(async (request) => {
  const { workspaceId } = requireApiKey(request);
  const quizzes = listExportQuizzes(getDb(), workspaceId).map((quiz) => ({
    slug: quiz.slug,
    title: quiz.title,
    kind: quiz.kind,
    status: quiz.status,
    createdAt: toIsoTime(quiz.createdAt),
    archivedAt: toIsoTime(quiz.archivedAt),
  }));
  return NextResponse.json({ quizzes });
});
