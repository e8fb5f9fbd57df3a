import { z } from 'zod';
import { getDb } from '@/db/client';
import { recordShareIntent } from '@/db/queries';
import { ApiError } from '@/lib/api-errors';
import { shareChannels } from '@/lib/share';
import { getVisitorId, readJson, withErrors } from '../_lib/handler';

const shareSchema = z.object({
  resultId: z.string().min(1).max(64),
  channel: z.enum(shareChannels),
  isConfirmed: z.boolean().default(false),
});

// POST /api/shares – the player pressed a share button (sent with sendBeacon, so the answer is not read)
export const POST = withErrors(async (request) => {
  // sendBeacon posts text/plain to avoid a preflight; the body is JSON either way.
  const body = await readJson(request, shareSchema, 2048);
  const visitorId = getVisitorId(request);
  if (!visitorId) throw new ApiError('forbidden', 'Only the player can share their result.');
  const isRecorded = recordShareIntent(getDb(), { ...body, visitorId, now: Date.now() });
  if (!isRecorded) throw new ApiError('forbidden', 'Only the player can share their result.');
  return new Response(null, { status: 204 });
});
