import { z } from 'zod';
import { shareChannels } from './share';

/**
 * The quiz definition: what an author writes and what a version freezes. It is stored as JSON and read back
 * through `parseQuizDefinition`, so every layer past the database trusts these types.
 */

export const idSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');

// Text an author writes: a lone surrogate (possible in JSON) would break URL-encoding when a result is shared.
export const plainText = (maxLength: number) => z.string().max(maxLength).regex(/^[^\ud800-\udfff]*$/u, 'contains a broken character');

export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a color like #1a2b3c');

/** An image of Ripple's own storage (a path under /demo/ or /uploads/), never a foreign URL. */
export const assetSchema = z
  .string()
  .max(200)
  .regex(/^\/(demo|uploads)\/[a-zA-Z0-9._-]+\.(png|jpe?g|webp|gif|svg)$/, 'use an image from Ripple’s own storage');

/** What an image shows, for people who cannot see it; left out, the image is treated as decorative (alt=""). */
export const altSchema = plainText(200);

/** The font families a brand can pick: only those Ripple ships (their files are in node_modules/@fontsource). */
export const brandFonts = ['noto-sans', 'noto-serif'] as const;
export type BrandFont = (typeof brandFonts)[number];

export const ctaSchema = z.object({
  label: plainText(60).min(1),
  url: z.url({ protocol: /^https?$/ }).max(500),
});

export const answerSchema = z.object({
  id: idSchema,
  text: plainText(140).min(1),
  emoji: z.string().max(16).optional(),
  image: assetSchema.optional(),
  imageAlt: altSchema.optional(),
  /** personality: points this answer gives each result, by result id */
  weights: z.record(z.string(), z.number().int().min(-10).max(10)).optional(),
  /** trivia: whether this answer is right */
  isCorrect: z.boolean().optional(),
});
export type Answer = z.infer<typeof answerSchema>;

export const questionSchema = z.object({
  id: idSchema,
  text: plainText(200).min(1),
  image: assetSchema.optional(),
  imageAlt: altSchema.optional(),
  isMultiple: z.boolean().default(false),
  /** trivia: points for getting this question right */
  points: z.number().int().min(1).max(100).default(1),
  /** trivia: seconds to answer; when they run out the question counts as wrong and the quiz moves on */
  timeLimitSeconds: z.number().int().min(5).max(300).optional(),
  answers: z.array(answerSchema).min(2).max(12),
});
export type Question = z.infer<typeof questionSchema>;

export const outcomeSchema = z.object({
  id: idSchema,
  title: plainText(80).min(1),
  description: plainText(400).default(''),
  emoji: z.string().max(16).optional(),
  image: assetSchema.optional(),
  imageAlt: altSchema.optional(),
  cta: ctaSchema.optional(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const tierSchema = outcomeSchema.extend({
  /** the lowest score, in percent of the maximum, that reaches this tier */
  minPercent: z.number().int().min(0).max(100),
});
export type Tier = z.infer<typeof tierSchema>;

export const brandSchema = z.object({
  name: plainText(60).min(1),
  primary: colorSchema,
  background: colorSchema,
  text: colorSchema,
  logo: assetSchema.optional(),
  logoAlt: altSchema.optional(),
  /** the font of the play page and the card; Noto Sans when left out */
  font: z.enum(brandFonts).optional(),
  cardLayout: z.enum(['spotlight', 'split', 'bold']).default('spotlight'),
});
export type Brand = z.infer<typeof brandSchema>;

const baseShape = {
  locale: z.enum(['en', 'ar']),
  title: plainText(120).min(1),
  description: plainText(400).default(''),
  coverImage: assetSchema.optional(),
  coverImageAlt: altSchema.optional(),
  coverEmoji: z.string().max(16).optional(),
  askName: z.boolean().default(true),
  brand: brandSchema,
  /** the text that goes with a share; {name}, {result}, {score} and {quiz} are replaced */
  shareText: plainText(280).optional(),
  /** the share text of one channel (e.g. shorter for X), with the same variables; `shareText` for the others */
  shareTexts: z.partialRecord(z.enum(shareChannels), plainText(280)).optional(),
  questions: z.array(questionSchema).min(1).max(50),
};

const personalitySchema = z.object({ ...baseShape, kind: z.literal('personality'), results: z.array(outcomeSchema).min(2).max(12) });
const triviaSchema = z.object({ ...baseShape, kind: z.literal('trivia'), tiers: z.array(tierSchema).min(1).max(10) });
const pollSchema = z.object({ ...baseShape, kind: z.literal('poll') });

export const quizDefinitionSchema = z
  .discriminatedUnion('kind', [personalitySchema, triviaSchema, pollSchema])
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((question, qi) => {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: ['questions', qi, 'id'], message: `duplicate question id "${question.id}"` });
      seen.add(question.id);
      const answerIds = new Set<string>();
      question.answers.forEach((answer, ai) => {
        if (answerIds.has(answer.id)) ctx.addIssue({ code: 'custom', path: ['questions', qi, 'answers', ai, 'id'], message: `duplicate answer id "${answer.id}"` });
        answerIds.add(answer.id);
      });
    });
    if (quiz.kind === 'personality') {
      const resultIds = new Set(quiz.results.map((r) => r.id));
      if (resultIds.size !== quiz.results.length) ctx.addIssue({ code: 'custom', path: ['results'], message: 'result ids must be unique' });
      quiz.questions.forEach((question, qi) =>
        question.answers.forEach((answer, ai) => {
          for (const key of Object.keys(answer.weights ?? {})) {
            if (!resultIds.has(key)) ctx.addIssue({ code: 'custom', path: ['questions', qi, 'answers', ai, 'weights', key], message: `unknown result "${key}"` });
          }
        }),
      );
    }
    if (quiz.kind === 'trivia') {
      quiz.questions.forEach((question, qi) => {
        const correct = question.answers.filter((a) => a.isCorrect).length;
        if (correct === 0) ctx.addIssue({ code: 'custom', path: ['questions', qi, 'answers'], message: 'mark at least one answer as correct' });
        if (!question.isMultiple && correct > 1) ctx.addIssue({ code: 'custom', path: ['questions', qi, 'answers'], message: 'a single-choice question has exactly one correct answer' });
      });
      const minimums = quiz.tiers.map((t) => t.minPercent);
      if (!minimums.includes(0)) ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'one tier must start at 0% so that every score has a tier' });
      if (new Set(minimums).size !== minimums.length) ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'two tiers start at the same percentage' });
      if (new Set(quiz.tiers.map((t) => t.id)).size !== quiz.tiers.length) ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'tier ids must be unique' });
    }
  });

export type QuizDefinition = z.infer<typeof quizDefinitionSchema>;
export type QuizKind = QuizDefinition['kind'];
export type Locale = QuizDefinition['locale'];

/**
 * Validates a quiz definition from outside (a request body, a file, a JSON column) and returns it typed, or the
 * list of what is wrong, each with the path of the field.
 */
export function parseQuizDefinition(input: unknown): { ok: true; quiz: QuizDefinition } | { ok: false; issues: { path: string; message: string }[] } {
  const parsed = quizDefinitionSchema.safeParse(input);
  if (parsed.success) return { ok: true, quiz: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}

/** The direction a locale is written in. */
export function getDirection(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

// A draft is a quiz being written: the same structure and the same types, lengths and image rules, but a text
// may still be empty and a list still short, so work in progress can be saved. Each draft schema extends the
// strict one, so a field added to the strict schema is kept in drafts too.
const draftUrlSchema = plainText(500).refine((url) => {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme === undefined || /^https?$/i.test(scheme);
}, 'use a link that starts with https://');
const draftCtaSchema = ctaSchema.extend({ label: plainText(60), url: draftUrlSchema });
const draftAnswerSchema = answerSchema.extend({ text: plainText(140) });
const draftQuestionSchema = questionSchema.extend({ text: plainText(200), answers: z.array(draftAnswerSchema).max(12) });
const draftOutcomeSchema = outcomeSchema.extend({ title: plainText(80), cta: draftCtaSchema.optional() });
const draftTierSchema = tierSchema.extend({ title: plainText(80), cta: draftCtaSchema.optional() });
const draftShape = { ...baseShape, title: plainText(120), brand: brandSchema.extend({ name: plainText(60) }), questions: z.array(draftQuestionSchema).max(50) };

export const quizDraftSchema = z.discriminatedUnion('kind', [
  z.object({ ...draftShape, kind: z.literal('personality'), results: z.array(draftOutcomeSchema).max(12) }),
  z.object({ ...draftShape, kind: z.literal('trivia'), tiers: z.array(draftTierSchema).max(10) }),
  z.object({ ...draftShape, kind: z.literal('poll') }),
]);
export type QuizDraft = z.infer<typeof quizDraftSchema>;

/**
 * Validates a draft from outside (the editor's autosave, a JSON column): the structure and types of a quiz,
 * with empty texts and short lists allowed. Returns it typed, or the list of what is wrong by field path.
 */
export function parseQuizDraft(input: unknown): { ok: true; draft: QuizDraft } | { ok: false; issues: { path: string; message: string }[] } {
  const parsed = quizDraftSchema.safeParse(input);
  if (parsed.success) return { ok: true, draft: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })) };
}
