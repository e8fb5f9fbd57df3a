import { z } from 'zod';
import type { GamePlayResponse, GameStatus } from '@/lib/games/api-types';
import type { GameSharePack } from '@/lib/games/playable-game';
import { shareChannels } from '@/lib/share';

/**
 * The play page's calls to the games' API (app/api/games/**), with their answers checked on the way in: the
 * browser trusts nothing it did not validate, even from Ripple's own server.
 */

const outcomeSchema = z.object({
  id: z.string(),
  isWin: z.boolean(),
  title: z.string(),
  description: z.string(),
  emoji: z.string().optional(),
  image: z.string().optional(),
  imageAlt: z.string().optional(),
  cta: z.object({ label: z.string(), url: z.string() }).optional(),
});

const playResponseSchema = z.object({
  ok: z.literal(true),
  isReplay: z.boolean(),
  playId: z.string(),
  prizeId: z.string().nullable(),
  segmentId: z.string().nullable(),
  resultId: z.string(),
  code: z.string().nullable(),
  hasCode: z.boolean(),
  playsUsed: z.number(),
  playsAllowed: z.number(),
  playsLeft: z.number(),
  outcome: outcomeSchema.nullable(),
}) satisfies z.ZodType<GamePlayResponse>;

const tierSchema = z.object({ friends: z.number(), prizePool: z.array(z.string()) });

const statusSchema = z.object({
  basePlays: z.number(),
  extraPlays: z.number(),
  playsAllowed: z.number(),
  friends: z.number(),
  friendsToday: z.number(),
  extraPlaysToday: z.number(),
  nextFriendPlays: z.number(),
  nextFriendGivesPlay: z.boolean(),
  isMaxReached: z.boolean(),
  isDailyCapReached: z.boolean(),
  tiersReached: z.array(tierSchema),
  nextTier: tierSchema.extend({ friendsNeeded: z.number() }).nullable(),
  prizePool: z.array(z.string()),
  playsUsed: z.number(),
  playsLeft: z.number(),
  isLeadRequired: z.boolean(),
  hasLead: z.boolean(),
  plays: z.array(z.object({ playId: z.string(), prizeId: z.string().nullable(), resultId: z.string(), createdAt: z.number(), hasCode: z.boolean() })),
}) satisfies z.ZodType<GameStatus>;

const channelRecord = z.object(Object.fromEntries(shareChannels.map((c) => [c, z.string()])) as Record<(typeof shareChannels)[number], z.ZodString>);

const sharePackSchema = z.object({
  resultId: z.string(),
  links: channelRecord,
  cardPath: z.string(),
  storyPath: z.string(),
  shareText: z.string(),
  shareTexts: channelRecord.partial(),
}) satisfies z.ZodType<GameSharePack>;

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.looseObject({ reason: z.string().optional(), consentText: z.string().optional() }).or(z.array(z.unknown())).optional(),
  }),
});

/** An answer of the API: its body when it is what was asked for, else why not (network: nothing came back). */
export type ApiAnswer<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: string; message: string; reason?: string; consentText?: string }
  | { ok: false; status: 0; code: 'network'; message: string; reason?: undefined; consentText?: undefined };

async function call<T>(url: string, init: RequestInit, schema: z.ZodType<T>): Promise<ApiAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, cache: 'no-store', headers: { 'Content-Type': 'application/json', ...init.headers } });
  } catch (error) {
    return { ok: false, status: 0, code: 'network', message: error instanceof Error ? error.message : 'network error' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = schema.safeParse(body);
    if (parsed.success) return { ok: true, status: response.status, data: parsed.data };
    return { ok: false, status: response.status, code: 'bad_answer', message: 'The server answered something unexpected.' };
  }
  const error = errorSchema.safeParse(body);
  if (!error.success) return { ok: false, status: response.status, code: 'unknown', message: `HTTP ${response.status}` };
  const details = Array.isArray(error.data.error.details) ? undefined : error.data.error.details;
  return { ok: false, status: response.status, code: error.data.error.code, message: error.data.error.message, reason: details?.reason, consentText: details?.consentText };
}

/** POST /api/games/play: one play, drawn on the server; the same requestId again gets the same play back. */
export function postPlay(input: { slug: string; requestId: string; name?: string }): Promise<ApiAnswer<GamePlayResponse>> {
  return call('/api/games/play', { method: 'POST', body: JSON.stringify(input) }, playResponseSchema);
}

/** POST /api/games/lead: the e-mail, with the consent text the box showed and the box ticked. */
export function postLead(input: { slug: string; email: string; consentText: string }): Promise<ApiAnswer<{ isSaved: boolean }>> {
  return call('/api/games/lead', { method: 'POST', body: JSON.stringify({ ...input, consent: true }) }, z.object({ isSaved: z.boolean() }));
}

/** GET /api/games/status: the visitor's plays, friends and rewards now. */
export function getStatus(slug: string): Promise<ApiAnswer<GameStatus>> {
  return call(`/api/games/status?slug=${encodeURIComponent(slug)}`, { method: 'GET' }, statusSchema);
}

/** GET /api/games/results/[resultId]: the player's links, card and texts to share their play. */
export function getSharePack(resultId: string): Promise<ApiAnswer<GameSharePack>> {
  return call(`/api/games/results/${encodeURIComponent(resultId)}`, { method: 'GET' }, sharePackSchema);
}

/** A new id for a play: a fresh one per press of Spin or Scratch, reused when the same press is retried. */
export function createRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
