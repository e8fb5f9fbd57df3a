import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getEmbedOrigins } from '@/db/embeds';
import { getPublishedQuiz, startCampaignPlayer } from '@/db/queries';
import { ApiError } from '@/lib/api-errors';
import { getClosedMessageKeys } from '@/lib/campaign';
import { readEmbedOrigin } from '@/lib/embed/landing';
import { translate } from '@/lib/i18n';
import { getVisitorId, readJson, withErrors } from '../../_lib/handler';

// An embed also sends the page it is on and the source (its utm_source, else 'embed'): both checked here.
const startSchema = z.object({ slug: z.string().min(1).max(80), hostPage: z.string().max(2000).optional(), source: z.string().max(100).optional() });

// POST /api/plays/start – the visitor presses Start: they become a player of the quiz (once)
export const POST = withErrors(async (request) => {
  const { slug, ...embed } = await readJson(request, startSchema);
  const visitorId = getVisitorId(request);
  if (!visitorId) throw new ApiError('bad_request', 'Cookies are needed to play: enable them and reload the page.');
  const db = getDb();
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz) throw new ApiError('not_found', `No published quiz "${slug}".`);
  const origin = embed.source === undefined ? {} : readEmbedOrigin(embed, getEmbedOrigins(db, quiz.workspaceId) ?? []);
  const started = startCampaignPlayer(db, { quizId: quiz.id, visitorId, now: Date.now(), ...origin });
  // A campaign that is not live (or full, for a newcomer) turns the player away in the quiz's language.
  if (!started.ok) throw new ApiError('gone', translate(quiz.definition.locale, getClosedMessageKeys(started.state === 'live' ? 'ended' : started.state).title), { state: started.state });
  return NextResponse.json({ isNew: started.isNew });
});
