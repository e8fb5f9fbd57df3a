import { randomBytes } from 'node:crypto';
import { NextResponse } from 'next/server';
import { studioLocaleCookie } from '@/app/_lib/studio-locale';
import { assertSameOrigin, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { duplicateQuiz, getStudioQuiz } from '@/db/studio-queries';
import { ApiError } from '@/lib/api-errors';
import { makeRandomSlugPart, pickFreeSlug, slugMaxLength } from '@/lib/slug';
import { studioText } from '@/lib/studio-i18n';
import { createRandomId } from '@/lib/tokens';
import { withErrors } from '../../../../_lib/handler';

// POST /api/studio/quizzes/[id]/duplicate – copy the draft into a new draft quiz "Copy of …" of the same workspace
export const POST = withErrors<{ id: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'editor');
  const db = getDb();
  const source = getStudioQuiz(db, id);
  if (!source) throw new ApiError('not_found', 'No such quiz.');
  const locale = request.cookies.get(studioLocaleCookie)?.value === 'ar' ? 'ar' : 'en';
  const title = studioText(locale, 'launch_copy_title', { title: source.draft.title || source.title }).slice(0, 120);
  // The copy's slug keeps the original's words (without an earlier copy's suffix): which-explorer-copy, -copy-2…
  const base = `${source.slug.replace(/-copy(-[a-z0-9]+)?$/, '').slice(0, slugMaxLength - 5)}-copy`;
  const chooseSlug = (isTaken: (slug: string) => boolean) => pickFreeSlug(base, isTaken, () => makeRandomSlugPart(randomBytes(7)));
  const copy = duplicateQuiz(db, { quizId: id, title, now: Date.now(), newId: createRandomId, chooseSlug });
  if (!copy) throw new ApiError('not_found', 'No such quiz.');
  return NextResponse.json(copy, { status: 201 });
});
