import { z } from 'zod';
import { altSchema, assetSchema, brandSchema, colorSchema, ctaSchema, idSchema, plainText } from '../quiz-schema';
import { shareChannels } from '../share';

/**
 * The mini-game definition: a spin-the-wheel or a scratch card with prizes, their odds and stock, how many plays
 * a player gets, what sharing earns, and whether an e-mail is asked before the prize is revealed. Stored as JSON
 * in quiz_versions (games are rows of `quizzes` with kind 'wheel' or 'scratch') and read back through
 * `parseGameDefinition`, so every layer past the database trusts these types.
 */

export const gameKinds = ['wheel', 'scratch'] as const;
export type GameKind = (typeof gameKinds)[number];

/** The outcome id of a play that won nothing; a prize id can never take it. */
export const tryAgainOutcomeId = 'try-again';

/** The most codes one prize may have imported in one request. */
export const maxImportedCodes = 10_000;

/** A prize's weight in the draw: any number ≥ 0 (they need not add up to 100; see lib/games/draw.ts). */
const oddsSchema = z.number().min(0, 'odds cannot be negative').max(1_000_000, 'keep odds at or under 1,000,000');
/** A stock: a whole number of units, or null for unlimited. */
const stockSchema = z.number().int('use a whole number').min(0).max(100_000_000).nullable().default(null);

export const prizeSchema = z.object({
  id: idSchema.refine((id) => id !== tryAgainOutcomeId, `"${tryAgainOutcomeId}" is reserved for no prize`),
  title: plainText(80).min(1),
  description: plainText(400).default(''),
  emoji: z.string().max(16).optional(),
  image: assetSchema.optional(),
  imageAlt: altSchema.optional(),
  /** where the winner uses the prize (a shop, a booking page) */
  cta: ctaSchema.optional(),
  odds: oddsSchema,
  /** units that can be won in all, null for unlimited */
  stockTotal: stockSchema,
  /** units that can be won per UTC day, null for unlimited */
  stockPerDay: stockSchema,
  /** whether a winner gets a unique code: none, one Ripple generates, or one of the codes the author imported */
  codes: z.enum(['none', 'generated', 'imported']).default('none'),
  /** the start of generated codes, e.g. "SPRING" → SPRING-7KQ2-M9XD */
  codePrefix: z
    .string()
    .regex(/^[A-Z0-9]{1,12}$/, 'use 1 to 12 capital letters or digits')
    .optional(),
});
export type Prize = z.infer<typeof prizeSchema>;

/** What a play that wins nothing shows, and its own weight in the draw. */
export const tryAgainSchema = z.object({
  title: plainText(80).min(1),
  description: plainText(400).default(''),
  emoji: z.string().max(16).optional(),
  odds: oddsSchema,
});
export type TryAgain = z.infer<typeof tryAgainSchema>;

export const segmentSchema = z.object({
  id: idSchema,
  label: plainText(40).min(1),
  color: colorSchema,
  /** the prize this segment stands for; null for a "try again" segment */
  prizeId: idSchema.nullable(),
});
export type Segment = z.infer<typeof segmentSchema>;

/** A reward tier: once `friends` friends have played through the player's links, the prizes of `prizePool` can be won too. */
export const rewardTierSchema = z.object({
  friends: z.number().int().min(1).max(1000),
  prizePool: z.array(idSchema).min(1).max(20),
});
export type RewardTier = z.infer<typeof rewardTierSchema>;

export const shareToPlayAgainSchema = z.object({
  isEnabled: z.boolean().default(false),
  /** plays earned by each friend who plays through the player's link */
  extraPlaysPerFriend: z.number().int().min(1).max(5).default(1),
  /** the most plays sharing can earn one player, in all */
  maxExtraPlays: z.number().int().min(0).max(50).default(3),
  /** the most plays sharing can earn one player per UTC day */
  maxExtraPlaysPerDay: z.number().int().min(1).max(50).default(3),
  /** bigger prize pools unlocked by more friends, in increasing `friends` order */
  tiers: z.array(rewardTierSchema).max(5).default([]),
});
export type ShareToPlayAgain = z.infer<typeof shareToPlayAgainSchema>;

export const leadCaptureSchema = z.object({
  isEnabled: z.boolean().default(false),
  /** the label of the consent checkbox, stored word for word with every lead */
  consentText: plainText(1000).default(''),
});
export type LeadCapture = z.infer<typeof leadCaptureSchema>;

/** A rectangle of the scratch card, in percent of its width and height from its top-start corner. */
export const revealAreaSchema = z
  .object({
    x: z.number().int().min(0).max(100),
    y: z.number().int().min(0).max(100),
    width: z.number().int().min(5).max(100),
    height: z.number().int().min(5).max(100),
  })
  .refine((area) => area.x + area.width <= 100 && area.y + area.height <= 100, 'the reveal area must lie inside the card');
export type RevealArea = z.infer<typeof revealAreaSchema>;

export const scratchCardSchema = z.object({
  /** the surface that is scratched away; `coverColor` when left out */
  coverImage: assetSchema.optional(),
  coverImageAlt: altSchema.optional(),
  coverColor: colorSchema.default('#b8b8b8'),
  /** printed on the surface, e.g. "Scratch here" */
  coverText: plainText(40).default(''),
  revealArea: revealAreaSchema.prefault({ x: 10, y: 25, width: 80, height: 50 }),
  /** how much of the reveal area must be scratched before the prize shows in full */
  revealThresholdPercent: z.number().int().min(10).max(90).default(50),
});
export type ScratchCard = z.infer<typeof scratchCardSchema>;

const baseShape = {
  locale: z.enum(['en', 'ar']),
  title: plainText(120).min(1),
  description: plainText(400).default(''),
  coverImage: assetSchema.optional(),
  coverImageAlt: altSchema.optional(),
  coverEmoji: z.string().max(16).optional(),
  /** whether a name is asked before playing, for "Sara won …" on the card */
  askName: z.boolean().default(false),
  brand: brandSchema,
  /** the text that goes with a share; {name}, {result} (the prize), and {quiz} (the game's title) are replaced */
  shareText: plainText(280).optional(),
  shareTexts: z.partialRecord(z.enum(shareChannels), plainText(280)).optional(),
  prizes: z.array(prizeSchema).min(1).max(20),
  tryAgain: tryAgainSchema,
  /** the prizes every player can win; tiers of `shareToPlayAgain` add more */
  prizePool: z.array(idSchema).max(20),
  /** plays each player gets before sharing earns more */
  playsPerPlayer: z.number().int().min(1).max(20).default(1),
  shareToPlayAgain: shareToPlayAgainSchema.prefault({}),
  leadCapture: leadCaptureSchema.prefault({}),
};

const wheelSchema = z.object({ ...baseShape, kind: z.literal('wheel'), segments: z.array(segmentSchema).min(4).max(12) });
const scratchSchema = z.object({ ...baseShape, kind: z.literal('scratch'), card: scratchCardSchema.prefault({}) });

export const gameDefinitionSchema = z.discriminatedUnion('kind', [wheelSchema, scratchSchema]).superRefine((game, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const prizeIds = new Set<string>();
  game.prizes.forEach((prize, i) => {
    if (prizeIds.has(prize.id)) issue(['prizes', i, 'id'], `duplicate prize id "${prize.id}"`);
    prizeIds.add(prize.id);
  });
  const checkPool = (pool: string[], path: (string | number)[]) => {
    const seen = new Set<string>();
    pool.forEach((id, i) => {
      if (!prizeIds.has(id)) issue([...path, i], `unknown prize "${id}"`);
      if (seen.has(id)) issue([...path, i], `prize "${id}" is listed twice`);
      seen.add(id);
    });
  };
  checkPool(game.prizePool, ['prizePool']);
  const reachable = new Set(game.prizePool);
  let previousFriends = 0;
  game.shareToPlayAgain.tiers.forEach((tier, i) => {
    checkPool(tier.prizePool, ['shareToPlayAgain', 'tiers', i, 'prizePool']);
    if (tier.friends <= previousFriends) issue(['shareToPlayAgain', 'tiers', i, 'friends'], 'each tier needs more friends than the one before');
    previousFriends = tier.friends;
    // Tiers only count while sharing is on: their prizes are reachable only then.
    if (game.shareToPlayAgain.isEnabled) for (const id of tier.prizePool) reachable.add(id);
  });
  game.prizes.forEach((prize, i) => {
    if (!reachable.has(prize.id)) issue(['prizes', i, 'id'], `prize "${prize.id}" is in no prize pool, so nobody can win it`);
  });
  const poolOdds = game.prizes.filter((p) => game.prizePool.includes(p.id)).reduce((sum, p) => sum + p.odds, 0);
  if (poolOdds + game.tryAgain.odds <= 0) issue(['tryAgain', 'odds'], 'give a prize of the pool, or “try again”, odds above 0');
  if (game.leadCapture.isEnabled && game.leadCapture.consentText.trim() === '') issue(['leadCapture', 'consentText'], 'write the consent text people agree to');
  if (game.kind === 'wheel') {
    const segmentIds = new Set<string>();
    game.segments.forEach((segment, i) => {
      if (segmentIds.has(segment.id)) issue(['segments', i, 'id'], `duplicate segment id "${segment.id}"`);
      segmentIds.add(segment.id);
      if (segment.prizeId !== null && !prizeIds.has(segment.prizeId)) issue(['segments', i, 'prizeId'], `unknown prize "${segment.prizeId}"`);
    });
    // The wheel must be able to stop on whatever the server draws.
    for (const id of reachable) {
      if (!game.segments.some((s) => s.prizeId === id)) issue(['segments'], `prize "${id}" can be won but has no segment on the wheel`);
    }
    if (game.tryAgain.odds > 0 && !game.segments.some((s) => s.prizeId === null)) issue(['segments'], '“try again” can come out but has no segment on the wheel');
  }
});

export type GameDefinition = z.infer<typeof gameDefinitionSchema>;
export type WheelDefinition = Extract<GameDefinition, { kind: 'wheel' }>;
export type ScratchDefinition = Extract<GameDefinition, { kind: 'scratch' }>;

/**
 * Validates a game definition from outside (a request body, a file, a JSON column) and returns it typed, or the
 * list of what is wrong, each with the path of the field.
 */
export function parseGameDefinition(input: unknown): { ok: true; game: GameDefinition } | { ok: false; issues: { path: string; message: string }[] } {
  const parsed = gameDefinitionSchema.safeParse(input);
  if (parsed.success) return { ok: true, game: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })) };
}

// A draft is a game being written: the same structure, types and limits, but texts may be empty and lists short,
// and the cross-field rules (pools, segments) wait for publishing, so work in progress can be saved.
// A prize's link keeps the strict rules (http(s) only) even in a draft: the editor's preview shows it.
const draftPrizeSchema = prizeSchema.extend({ title: plainText(80) });
export const gameDraftSchema = z.discriminatedUnion('kind', [
  wheelSchema.extend({
    title: plainText(120),
    brand: brandSchema.extend({ name: plainText(60) }),
    prizes: z.array(draftPrizeSchema).max(20),
    tryAgain: tryAgainSchema.extend({ title: plainText(80) }),
    segments: z.array(segmentSchema.extend({ label: plainText(40) })).max(12),
  }),
  scratchSchema.extend({
    title: plainText(120),
    brand: brandSchema.extend({ name: plainText(60) }),
    prizes: z.array(draftPrizeSchema).max(20),
    tryAgain: tryAgainSchema.extend({ title: plainText(80) }),
  }),
]);
export type GameDraft = z.infer<typeof gameDraftSchema>;

/** Validates a game draft from outside (the editor's autosave, a JSON column): a game's structure, with empty texts and short lists allowed. */
export function parseGameDraft(input: unknown): { ok: true; draft: GameDraft } | { ok: false; issues: { path: string; message: string }[] } {
  const parsed = gameDraftSchema.safeParse(input);
  if (parsed.success) return { ok: true, draft: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })) };
}

/** Whether a quizzes.kind is a mini-game's. */
export function isGameKind(kind: string): kind is GameKind {
  return (gameKinds as readonly string[]).includes(kind);
}

export type GameOutcome = {
  /** the prize id, or 'try-again' */
  id: string;
  isWin: boolean;
  title: string;
  description: string;
  emoji?: string;
  image?: string;
  imageAlt?: string;
  cta?: { label: string; url: string };
};

/**
 * What a play's outcome shows: the prize it won (by id), or the "try again" text for 'try-again'. Undefined for
 * an id the definition does not know (a prize removed by a later version: show results on their own version).
 */
export function describeGameOutcome(game: Pick<GameDefinition, 'prizes' | 'tryAgain'>, outcomeId: string): GameOutcome | undefined {
  if (outcomeId === tryAgainOutcomeId) return { id: outcomeId, isWin: false, title: game.tryAgain.title, description: game.tryAgain.description, emoji: game.tryAgain.emoji };
  const prize = game.prizes.find((p) => p.id === outcomeId);
  if (!prize) return undefined;
  return { id: prize.id, isWin: true, title: prize.title, description: prize.description, emoji: prize.emoji, image: prize.image, imageAlt: prize.imageAlt, cta: prize.cta };
}
