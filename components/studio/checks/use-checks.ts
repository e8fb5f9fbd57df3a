'use client';

import { z } from 'zod';
import type { QuizDefinition } from '@/lib/quiz-schema';
import { useDraftChecks } from './use-draft-checks';

// The answer of /api/studio/quizzes/[id]/checks, checked as it arrives (it is data from outside).
const findingSchema = z.object({ code: z.string(), severity: z.enum(['warn', 'fail']), path: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])) });
const checksAnswerSchema = z.object({
  checks: z.array(z.object({ id: z.string(), status: z.enum(['pass', 'warn', 'fail', 'skip']), findings: z.array(findingSchema) })),
  balance: z.object({ plays: z.number(), model: z.enum(['uniform_answers', 'skill']), counts: z.record(z.string(), z.number()), dominantId: z.string().optional(), rareIds: z.array(z.string()) }).optional(),
  linkPreviews: z.array(
    z.object({ network: z.enum(['x', 'facebook', 'whatsapp', 'linkedin']), domain: z.string(), siteName: z.string(), title: z.string(), description: z.string().nullable(), isTitleCut: z.boolean(), isDescriptionCut: z.boolean() }),
  ),
  blockedWords: z.object({ workspaceId: z.string(), words: z.array(z.string()), isDefault: z.boolean(), canEdit: z.boolean() }),
});
export type ChecksAnswer = z.infer<typeof checksAnswerSchema>;
export type ChecksFinding = z.infer<typeof findingSchema>;

/**
 * The pre-launch checks of a quiz's draft (see useDraftChecks); `resultId` is the result whose link previews are
 * shown, so choosing another one runs the checks again.
 */
export function useChecks(quizId: string, draft: QuizDefinition, resultId: string | undefined) {
  return useDraftChecks(quizId, { definition: draft, resultId }, checksAnswerSchema);
}
