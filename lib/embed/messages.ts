import { z } from 'zod';
import { shareChannels } from '../share';

/**
 * The postMessage protocol between the loader on the host page (public/embed.js) and the game in its iframe.
 * Every message carries `ripple: 1` and the frame's id (the loader names each iframe it makes), so a page with
 * several games, or other scripts posting messages, cannot be mistaken for one another. Both sides also check
 * the sender's origin and window before reading a message; these schemas are the last check, on the data.
 */
export const embedProtocol = 1;

/** Inside the frame, the player's components report to the frame's messenger with a window event of this name. */
export const frameEventName = 'ripple:frame';

const frameIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const base = { ripple: z.literal(embedProtocol), frame: frameIdSchema };

/** A player's result as the host page hears it on `complete`. */
export const embedResultSchema = z.object({
  id: z.string().max(64),
  outcomeId: z.string().max(64),
  title: z.string().max(300),
  score: z.number().int().nullable(),
  maxScore: z.number().int().nullable(),
  percent: z.number().int().nullable(),
});
export type EmbedResult = z.infer<typeof embedResultSchema>;

/** What the game tells the host page: its height, what the player did, and that Escape was pressed. */
export const frameMessageSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('ready'), height: z.number().int().min(0).max(100_000) }),
  z.object({ ...base, type: z.literal('height'), height: z.number().int().min(0).max(100_000) }),
  z.object({ ...base, type: z.literal('start') }),
  z.object({ ...base, type: z.literal('complete'), result: embedResultSchema }),
  z.object({ ...base, type: z.literal('share'), channel: z.enum(shareChannels) }),
  z.object({ ...base, type: z.literal('lead'), url: z.string().max(2000), label: z.string().max(200) }),
  z.object({ ...base, type: z.literal('error'), code: z.enum(['not_found', 'closed']), message: z.string().max(300) }),
  // Escape pressed in the game: a popup or slider closes (keys in a frame never reach the host page).
  z.object({ ...base, type: z.literal('close') }),
]);
export type FrameMessage = z.infer<typeof frameMessageSchema>;

/** What the host page's loader tells the game: a greeting (answered with `ready` and the height), and focus. */
export const hostMessageSchema = z.discriminatedUnion('type', [z.object({ ...base, type: z.literal('hello') }), z.object({ ...base, type: z.literal('focus') })]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

/**
 * Reads a message from the host page: the data of a `message` event that already passed the origin and window
 * checks. Anything that is not one of ours, or not for this frame, is null and ignored.
 */
export function readHostMessage(data: unknown, frameId: string): HostMessage | null {
  const parsed = hostMessageSchema.safeParse(data);
  return parsed.success && parsed.data.frame === frameId ? parsed.data : null;
}

/** Whether a string can name a frame (the loader's ids); anything else from a URL is ignored. */
export function isFrameId(value: unknown): value is string {
  return frameIdSchema.safeParse(value).success;
}
