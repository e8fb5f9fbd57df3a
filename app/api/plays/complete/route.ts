import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getConfiguredSecret } from '@/app/_lib/secret';
import { getDb } from '@/db/client';
import { completePlay, getPublishedQuiz } from '@/db/queries';
import { ApiError } from '@/lib/api-errors';
import { cleanPlayerName } from '@/lib/names';
import { checkAnswers, scoreQuiz } from '@/lib/scoring';
import { createShareToken } from '@/lib/tokens';
import { getVisitorId, readJson, withErrors } from '../../_lib/handler';

const completeSchema = z.object({
  slug: z.string().min(1).max(80),
  versionId: z.string().min(1).max(64),
  name: z.string().max(200).default(''),
  answers: z.record(z.string().max(64), z.array(z.string().max(64)).max(20)),
});

// POST /api/plays/complete – score a finished play on the version it was played on and store the result
export const POST = withErrors(async (request) => {
  const body = await readJson(request, completeSchema);
  const visitorId = getVisitorId(request);
  if (!visitorId) throw new ApiError('bad_request', 'Cookies are needed to play: enable them and reload the page.');
  const db = getDb();
  const quiz = getPublishedQuiz(db, body.slug, body.versionId);
  if (!quiz) throw new ApiError('not_found', `No published quiz "${body.slug}" with that version.`);
  const check = checkAnswers(quiz.definition, body.answers);
  if (!check.ok) throw new ApiError('bad_request', check.message, { questionId: check.questionId });
  const secret = getConfiguredSecret();
  const { resultId } = completePlay(db, {
    quiz,
    visitorId,
    name: quiz.definition.askName ? cleanPlayerName(body.name) : '',
    sheet: body.answers,
    score: scoreQuiz(quiz.definition, body.answers),
    now: Date.now(),
    newToken: () => createShareToken(secret),
  });
  return NextResponse.json({ resultId, url: `/q/${quiz.slug}/r/${resultId}` }, { status: 201 });
});
