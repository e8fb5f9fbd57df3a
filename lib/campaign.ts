import { z } from 'zod';
import type { MessageKey } from './i18n';
import { gameDefinitionSchema, isGameKind } from './games/game-schema';
import { quizDefinitionSchema } from './quiz-schema';

/** Where a quiz's campaign stands for players: only a 'live' quiz can be started by a new player. */
export type CampaignState = 'draft' | 'scheduled' | 'live' | 'paused' | 'ended' | 'full';

export type CampaignFacts = {
  publishedVersionId: string | null;
  startsAt: number | null;
  endsAt: number | null;
  pausedAt: number | null;
  stoppedAt: number | null;
  archivedAt: number | null;
  playerCap: number | null;
  /** visitors who started the quiz so far */
  players: number;
  now: number;
};

/**
 * The state of a campaign at `now`. A quiz never published is a draft. Archived, stopped, or past its end
 * (the end is exclusive: at `endsAt` exactly it has ended) it has ended, and that wins over everything else,
 * because an ended campaign never comes back by itself. Before its start (inclusive: at `startsAt` it is live)
 * it is scheduled; a pause comes next; then a cap that `players` has reached makes it full. Otherwise live.
 */
export function getCampaignState(facts: CampaignFacts): CampaignState {
  if (facts.publishedVersionId === null) return 'draft';
  if (facts.archivedAt !== null || facts.stoppedAt !== null) return 'ended';
  if (facts.endsAt !== null && facts.now >= facts.endsAt) return 'ended';
  if (facts.startsAt !== null && facts.now < facts.startsAt) return 'scheduled';
  if (facts.pausedAt !== null) return 'paused';
  if (facts.playerCap !== null && facts.players >= facts.playerCap) return 'full';
  return 'live';
}

/**
 * Whether a visitor may play now: anyone while live, and, once the cap is reached, only those who had already
 * started (the cap counts people who start; someone halfway through may still finish).
 */
export function isAdmitted(state: CampaignState, isPlayer: boolean): boolean {
  return state === 'live' || (state === 'full' && isPlayer);
}

/** A state in which new players are turned away, and what the player-facing page says for it. */
export type ClosedCampaignState = Exclude<CampaignState, 'live'>;

const closedMessages: Record<ClosedCampaignState, { title: MessageKey; text: MessageKey }> = {
  draft: { title: 'campaign_ended_title', text: 'campaign_ended_text' },
  ended: { title: 'campaign_ended_title', text: 'campaign_ended_text' },
  scheduled: { title: 'campaign_scheduled_title', text: 'campaign_scheduled_text' },
  paused: { title: 'campaign_paused_title', text: 'campaign_paused_text' },
  full: { title: 'campaign_full_title', text: 'campaign_full_text' },
};

/**
 * The player-facing title and text keys (lib/i18n) of the page shown instead of a quiz in a closed state. A
 * draft never reaches players (it is not found), but if asked it reads like an ended campaign.
 */
export function getClosedMessageKeys(state: ClosedCampaignState): { title: MessageKey; text: MessageKey } {
  return closedMessages[state];
}

export const endedMessageMaxLength = 280;

const timeSchema = z.number().int().min(0).max(8_640_000_000_000_000).nullable();

/**
 * A change of campaign settings from the studio. Every field is optional (absent means unchanged; null means
 * none). Cross-field rules (the end after the start) are checked by `checkCampaignSettings` on the merged result,
 * since one request may change only one side of the schedule.
 */
export const campaignChangeSchema = z
  .object({
    startsAt: timeSchema.optional(),
    endsAt: timeSchema.optional(),
    action: z.enum(['pause', 'resume', 'stop', 'restart']).optional(),
    playerCap: z.number({ error: 'Enter a whole number of players, 1 or more, or leave it empty.' }).int('Enter a whole number of players.').min(1, 'The cap is at least 1 player.').max(100_000_000, 'That cap is too large.').nullable().optional(),
    endedMessage: z.string().max(endedMessageMaxLength, `Keep the message to ${endedMessageMaxLength} characters.`).regex(/^[^\ud800-\udfff]*$/u, 'The message contains a broken character.').nullable().optional(),
    endedUrl: z
      .string()
      .max(500, 'Keep the link under 500 characters.')
      .refine((value) => isHttpUrl(value), 'Use a link that starts with http:// or https://.')
      .nullable()
      .optional(),
  })
  .strict();
export type CampaignChange = z.infer<typeof campaignChangeSchema>;

export type CampaignSettings = {
  startsAt: number | null;
  endsAt: number | null;
  pausedAt: number | null;
  stoppedAt: number | null;
  playerCap: number | null;
  endedMessage: string | null;
  endedUrl: string | null;
};

/**
 * Applies a change to the current settings at `now`: pause and stop record when they happened, resume clears the
 * pause, restart clears a stop. Empty texts become null. Returns the new settings or the field-level issues (the
 * end must come after the start); nothing is applied when there is an issue.
 */
export function applyCampaignChange(current: CampaignSettings, change: CampaignChange, now: number): { ok: true; settings: CampaignSettings } | { ok: false; issues: { path: string; message: string }[] } {
  const next: CampaignSettings = { ...current };
  if (change.startsAt !== undefined) next.startsAt = change.startsAt;
  if (change.endsAt !== undefined) next.endsAt = change.endsAt;
  if (change.playerCap !== undefined) next.playerCap = change.playerCap;
  if (change.endedMessage !== undefined) next.endedMessage = change.endedMessage?.trim() || null;
  if (change.endedUrl !== undefined) next.endedUrl = change.endedUrl?.trim() || null;
  if (change.action === 'pause') next.pausedAt = current.pausedAt ?? now;
  if (change.action === 'resume') next.pausedAt = null;
  if (change.action === 'stop') next.stoppedAt = current.stoppedAt ?? now;
  if (change.action === 'restart') next.stoppedAt = null;
  if (next.startsAt !== null && next.endsAt !== null && next.endsAt <= next.startsAt) {
    return { ok: false, issues: [{ path: 'endsAt', message: 'The end must come after the start.' }] };
  }
  return { ok: true, settings: next };
}

/** Whether a string is an absolute http(s) link: the only links an ended page may point to (no javascript:). */
export function isHttpUrl(value: string): boolean {
  if (value.trim() === '') return true;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A quiz definition (or a mini-game's: kind 'wheel' or 'scratch') as a canonical string: validated with its schema
 * (so defaults are filled in) and with object keys sorted, so two definitions that mean the same compare equal
 * however their JSON was written. A definition that is not valid has no canonical form (null): it can never equal
 * a published version.
 */
export function canonicalizeDefinition(definition: unknown): string | null {
  const isGame = definition !== null && typeof definition === 'object' && 'kind' in definition && typeof definition.kind === 'string' && isGameKind(definition.kind);
  const parsed = isGame ? gameDefinitionSchema.safeParse(definition) : quizDefinitionSchema.safeParse(definition);
  return parsed.success ? JSON.stringify(sortKeys(parsed.data)) : null;
}

/** Whether a draft differs from the published definition (true when there is no published version yet). */
export function hasUnpublishedChanges(draft: unknown, published: unknown | null): boolean {
  if (published === null || published === undefined) return true;
  const draftJson = canonicalizeDefinition(draft);
  return draftJson === null || draftJson !== canonicalizeDefinition(published);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}
