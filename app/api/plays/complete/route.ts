import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getConfiguredSecret } from '@/app/_lib/secret';
import { getDb } from '@/db/client';
import { completePlay, getPlayerCampaign, getPublishedQuiz } from '@/db/queries';
import { getBlockedWordsForQuiz } from '@/db/workspace-settings';
import { ApiError } from '@/lib/api-errors';
import { dropBlockedName } from '@/lib/blocked-words';
import { getClosedMessageKeys } from '@/lib/campaign';
import { translate } from '@/lib/i18n';
import { cleanPlayerName } from '@/lib/names';
import { checkAnswers, describeResult, scoreQuiz } from '@/lib/scoring';
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
  // Checked and stored with no await in between, so the cap cannot be overrun: someone who started may finish.
  const campaign = getPlayerCampaign(db, { quizId: quiz.id, visitorId, now: Date.now() });
  if (!campaign?.isAdmitted) {
    const state = campaign?.state === undefined || campaign.state === 'live' ? 'ended' : campaign.state;
    throw new ApiError('gone', translate(quiz.definition.locale, getClosedMessageKeys(state).title), { state });
  }
  const check = checkAnswers(quiz.definition, body.answers);
  if (!check.ok) throw new ApiError('bad_request', check.message, { questionId: check.questionId });
  const secret = getConfiguredSecret();
  const score = scoreQuiz(quiz.definition, body.answers);
  const { resultId } = completePlay(db, {
    quiz,
    visitorId,
    name: quiz.definition.askName ? dropBlockedName(cleanPlayerName(body.name), getBlockedWordsForQuiz(db, quiz.id)) : '',
    sheet: body.answers,
    score,
    now: Date.now(),
    newToken: () => createShareToken(secret),
  });
  // The result in a few words, for an embed to tell its host page (the `complete` event).
  const trivia = score.kind === 'trivia' ? score : undefined;
  const result = { id: resultId, outcomeId: score.resultId, title: describeResult(quiz.definition, score.resultId)?.title ?? '', score: trivia?.score ?? null, maxScore: trivia?.maxScore ?? null, percent: trivia?.percent ?? null };
  return NextResponse.json({ resultId, url: `/q/${quiz.slug}/r/${resultId}`, result }, { status: 201 });
});

