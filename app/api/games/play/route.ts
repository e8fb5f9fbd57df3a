import { randomInt } from 'node:crypto';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getConfiguredSecret } from '@/app/_lib/secret';
import { getDb } from '@/db/client';
import { getEmbedOrigins } from '@/db/embeds';
import { getPublishedGame, playGame } from '@/db/games';
import { getBlockedWordsForQuiz } from '@/db/workspace-settings';
import { ApiError } from '@/lib/api-errors';
import { dropBlockedName } from '@/lib/blocked-words';
import { getClosedMessageKeys } from '@/lib/campaign';
import { readEmbedOrigin } from '@/lib/embed/landing';
import type { GamePlayResponse } from '@/lib/games/api-types';
import { describeGameOutcome, tryAgainOutcomeId } from '@/lib/games/game-schema';
import { translate } from '@/lib/i18n';
import { cleanPlayerName } from '@/lib/names';
import { createShareToken } from '@/lib/tokens';
import { getVisitorId, readJson, withErrors } from '../../_lib/handler';

const playSchema = z.object({
  slug: z.string().min(1).max(80),
  /** the client's id for this play (a fresh one per press of Spin/Scratch): a retry with the same id gets the same play */
  requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'use 8 to 64 letters, digits, dashes or underscores'),
  name: z.string().max(200).optional(),
  hostPage: z.string().max(2000).optional(),
  source: z.string().max(100).optional(),
});

// 47 random bits per float: crypto-backed, so neither outcomes nor codes can be predicted from earlier ones.
const cryptoRandom = () => randomInt(2 ** 47) / 2 ** 47;

// POST /api/games/play – the visitor spins the wheel or scratches the card: the server draws the outcome (once per requestId)
export const POST = withErrors(async (request) => {
  const { slug, requestId, name, ...embed } = await readJson(request, playSchema);
  const visitorId = getVisitorId(request);
  if (!visitorId) throw new ApiError('bad_request', 'Cookies are needed to play: enable them and reload the page.');
  const db = getDb();
  const game = getPublishedGame(db, slug);
  if (!game) throw new ApiError('not_found', `No published game "${slug}".`);
  const { definition } = game;
  const origin = embed.source === undefined ? {} : readEmbedOrigin(embed, getEmbedOrigins(db, game.workspaceId) ?? []);
  const playerName = definition.askName && name !== undefined ? dropBlockedName(cleanPlayerName(name), getBlockedWordsForQuiz(db, game.id)) : undefined;
  const secret = getConfiguredSecret();
  const play = playGame(db, { quizId: game.id, visitorId, requestId, now: Date.now(), random: cryptoRandom, newToken: () => createShareToken(secret), name: playerName, ...origin });
  if (!play.ok) {
    if (play.reason === 'not_found') throw new ApiError('not_found', `No published game "${slug}".`);
    if (play.reason === 'closed') {
      const state = play.state === 'live' ? 'ended' : play.state;
      throw new ApiError('gone', translate(definition.locale, getClosedMessageKeys(state).title), { reason: 'closed', state });
    }
    if (play.reason === 'lead_required') throw new ApiError('conflict', 'Leave your e-mail address to play.', { reason: 'lead_required', consentText: play.consentText });
    const { playsAllowed, playsUsed, nextFriendGivesPlay } = play;
    const message = nextFriendGivesPlay ? 'You have no plays left. Each friend who plays through your link gives you another.' : 'You have no plays left.';
    throw new ApiError('conflict', message, { reason: 'no_plays_left', playsAllowed, playsUsed, nextFriendGivesPlay });
  }
  const body: GamePlayResponse = { ...play, outcome: describeGameOutcome(definition, play.prizeId ?? tryAgainOutcomeId) ?? null };
  // The code is in this answer only: nothing may keep a copy of it.
  return NextResponse.json(body, { status: play.isReplay ? 200 : 201, headers: { 'Cache-Control': 'no-store' } });
});
