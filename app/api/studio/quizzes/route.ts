import { randomBytes } from 'node:crypto';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, requireWorkspaceRole, workspaceCookie } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { chooseWorkspaceId, createStudioQuiz } from '@/db/studio-queries';
import { ApiError } from '@/lib/api-errors';
import { makeItemId, makeRandomSlugPart, makeSlugBase } from '@/lib/slug';
import { createBlankQuiz, findTemplate } from '@/lib/templates';
import { createRandomId } from '@/lib/tokens';
import { readJson, withErrors } from '../../_lib/handler';

const workspaceIdSchema = z.string().min(1).max(64).optional();
const createSchema = z.union([
  z.object({ templateId: z.string().min(1).max(60), workspaceId: workspaceIdSchema }).strict(),
  z.object({ kind: z.enum(['personality', 'trivia', 'poll']), locale: z.enum(['en', 'ar']), workspaceId: workspaceIdSchema }).strict(),
]);

// POST /api/studio/quizzes – create a draft quiz from a template or from scratch in the current workspace
export const POST = withErrors(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const body = await readJson(request, createSchema);
  const db = getDb();
  const workspaceId = body.workspaceId ?? chooseWorkspaceId(db, user.id, request.cookies.get(workspaceCookie)?.value);
  if (!workspaceId) throw new ApiError('not_found', 'No such workspace.');
  requireWorkspaceRole(user.id, workspaceId, 'editor');
  const taken = new Set<string>();
  const newItemId = (prefix: string) => {
    const id = makeItemId(prefix, taken, () => makeRandomSlugPart(randomBytes(5), 5));
    taken.add(id);
    return id;
  };
  const draft = 'templateId' in body ? findTemplate(body.templateId)?.definition : createBlankQuiz(body.kind, body.locale, newItemId);
  if (!draft) throw new ApiError('not_found', 'No such template.');
  const quiz = createStudioQuiz(db, { id: createRandomId(), workspaceId, draft, slugBase: makeSlugBase(draft.title), randomSlugPart: () => makeRandomSlugPart(randomBytes(7)), now: Date.now() });
  return NextResponse.json({ ...quiz, url: `/studio/q/${quiz.id}` }, { status: 201 });
});
