import { randomBytes } from 'node:crypto';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, requireWorkspaceRole, workspaceCookie } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { chooseWorkspaceId, createStudioQuiz } from '@/db/studio-queries';
import { ApiError } from '@/lib/api-errors';
import { parseQuizDefinition } from '@/lib/quiz-schema';
import { makeRandomSlugPart, makeSlugBase } from '@/lib/slug';
import { createRandomId } from '@/lib/tokens';
import { readJson, withErrors } from '../../../_lib/handler';

/** The largest quiz file accepted: the same as a draft. */
const maxFileBytes = 256 * 1024;

// The file's content is checked by the strict quiz schema below, so its issues have paths of the file itself.
const importSchema = z.object({ workspaceId: z.string().min(1).max(64).optional(), quiz: z.unknown() }).strict();

// POST /api/studio/quizzes/import – create a draft quiz from an exported JSON file, or list everything wrong with it
export const POST = withErrors(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const body = await readJson(request, importSchema, maxFileBytes);
  const db = getDb();
  const workspaceId = body.workspaceId ?? chooseWorkspaceId(db, user.id, request.cookies.get(workspaceCookie)?.value);
  if (!workspaceId) throw new ApiError('not_found', 'No such workspace.');
  requireWorkspaceRole(user.id, workspaceId, 'editor');
  const parsed = parseQuizDefinition(body.quiz);
  if (!parsed.ok) {
    const count = parsed.issues.length;
    throw new ApiError('bad_request', `The file is not a valid Ripple quiz: ${count} ${count === 1 ? 'problem' : 'problems'}; nothing was imported.`, parsed.issues);
  }
  const quiz = createStudioQuiz(db, { id: createRandomId(), workspaceId, draft: parsed.quiz, slugBase: makeSlugBase(parsed.quiz.title), randomSlugPart: () => makeRandomSlugPart(randomBytes(7)), now: Date.now() });
  return NextResponse.json({ ...quiz, url: `/studio/q/${quiz.id}` }, { status: 201 });
});
