import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getEmbedOrigins } from '@/db/embeds';
import { getPublishedGame, saveLead } from '@/db/games';
import { ApiError } from '@/lib/api-errors';
import { getClosedMessageKeys } from '@/lib/campaign';
import { readEmbedOrigin } from '@/lib/embed/landing';
import { leadEmailSchema } from '@/lib/games/leads';
import { translate } from '@/lib/i18n';
import { getVisitorId, readJson, withErrors } from '../../_lib/handler';

const leadSchema = z.object({
  slug: z.string().min(1).max(80),
  email: leadEmailSchema,
  /** the consent text shown beside the checkbox, word for word */
  consentText: z.string().max(1000),
  /** the checkbox itself: it must be ticked */
  consent: z.literal(true, 'tick the consent box to continue'),
  hostPage: z.string().max(2000).optional(),
  source: z.string().max(100).optional(),
});

// POST /api/games/lead – the visitor leaves their e-mail, with explicit consent, before their prize is revealed
export const POST = withErrors(async (request) => {
  const { slug, email, consentText, hostPage, source } = await readJson(request, leadSchema);
  const visitorId = getVisitorId(request);
  if (!visitorId) throw new ApiError('bad_request', 'Cookies are needed to play: enable them and reload the page.');
  const db = getDb();
  const game = getPublishedGame(db, slug);
  if (!game) throw new ApiError('not_found', `No published game "${slug}".`);
  const origin = source === undefined ? {} : readEmbedOrigin({ hostPage, source }, getEmbedOrigins(db, game.workspaceId) ?? []);
  const saved = saveLead(db, { quizId: game.id, visitorId, email, consentText, now: Date.now(), ...origin });
  if (saved.ok) return NextResponse.json({ isSaved: true }, { status: 201 });
  switch (saved.reason) {
    case 'not_found':
      throw new ApiError('not_found', `No published game "${slug}".`);
    case 'invalid_email':
      throw new ApiError('bad_request', 'email: enter a valid e-mail address');
    case 'lead_capture_off':
      throw new ApiError('conflict', 'This game does not ask for an e-mail address.', { reason: saved.reason });
    case 'consent_mismatch':
      throw new ApiError('conflict', 'The consent text has changed since the page was opened: reload it and try again.', { reason: saved.reason });
    case 'closed': {
      const state = saved.state === 'live' ? 'ended' : saved.state;
      throw new ApiError('gone', translate(game.definition.locale, getClosedMessageKeys(state).title), { reason: 'closed', state });
    }
  }
});
