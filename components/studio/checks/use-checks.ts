'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import type { QuizDefinition } from '@/lib/quiz-schema';

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

/** How long the draft must stay still before the checks run again. */
const debounceMs = 700;

/**
 * Runs the pre-launch checks on the server for the draft as it is in the editor (POST …/checks), again 700 ms
 * after each change and whenever `run` is called; the last answer stays shown while a new one is on its way.
 */
export function useChecks(quizId: string, draft: QuizDefinition, resultId: string | undefined) {
  const [answer, setAnswer] = useState<ChecksAnswer | null>(null);
  const [state, setState] = useState<'running' | 'done' | 'error'>('running');
  const [error, setError] = useState<string | null>(null);
  const [runCount, setRunCount] = useState(0);
  const body = JSON.stringify({ definition: draft, resultId });
  const isFirst = useRef(true);

  useEffect(() => {
    const controller = new AbortController();
    setState('running');
    const timer = setTimeout(
      async () => {
        try {
          const response = await fetch(`/api/studio/quizzes/${encodeURIComponent(quizId)}/checks`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, signal: controller.signal });
          const payload: unknown = await response.json().catch(() => null);
          const parsed = checksAnswerSchema.safeParse(payload);
          if (!response.ok || !parsed.success) {
            const message = payload && typeof payload === 'object' && 'error' in payload && payload.error && typeof payload.error === 'object' && 'message' in payload.error ? String(payload.error.message) : `HTTP ${response.status}`;
            setError(message);
            setState('error');
            return;
          }
          setAnswer(parsed.data);
          setError(null);
          setState('done');
        } catch (failure) {
          if (controller.signal.aborted) return;
          setError(failure instanceof Error ? failure.message : String(failure));
          setState('error');
        }
      },
      isFirst.current ? 0 : debounceMs,
    );
    isFirst.current = false;
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [quizId, body, runCount]);

  const run = useCallback(() => setRunCount((n) => n + 1), []);
  return { answer, state, error, run };
}
