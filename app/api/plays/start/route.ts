import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getPublishedQuiz, startCampaignPlayer } from '@/db/queries';
import { ApiError } from '@/lib/api-errors';
import { getClosedMessageKeys } from '@/lib/campaign';
import { translate } from '@/lib/i18n';
import { getVisitorId, readJson, withErrors } from '../../_lib/handler';

const startSchema = z.object({ slug: z.string().min(1).max(80) });

// POST /api/plays/start – the visitor presses Start: they become a player of the quiz (once)
export const POST = withErrors(async (request) => {
  const { slug } = await readJson(request, startSchema);
  const visitorId = getVisitorId(request);
  if (!visitorId) throw new ApiError('bad_request', 'Cookies are needed to play: enable them and reload the page.');
  const db = getDb();
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz) throw new ApiError('not_found', `No published quiz "${slug}".`);
  const started = startCampaignPlayer(db, { quizId: quiz.id, visitorId, now: Date.now() });
  // A campaign that is not live (or full, for a newcomer) turns the player away in the quiz's language.
  if (!started.ok) throw new ApiError('gone', translate(quiz.definition.locale, getClosedMessageKeys(started.state === 'live' ? 'ended' : started.state).title), { state: started.state });
  return NextResponse.json({ isNew: started.isNew });
});
