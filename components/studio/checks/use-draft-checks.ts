'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';

/** How long the draft must stay still before the checks run again. */
const debounceMs = 700;

// An error answer of the studio API; anything else that is not the expected answer is shown by its HTTP status.
const errorAnswerSchema = z.object({ error: z.object({ message: z.string() }) });

/**
 * Runs the pre-launch checks on the server for a draft as it is in the editor (POST …/checks with `request` as
 * its body), again 700 ms after each change and whenever `run` is called; the last answer stays shown while a
 * new one is on its way. A quiz and a game send different bodies and get different answers, hence the schema:
 * the answer is data from outside, checked as it arrives.
 */
export function useDraftChecks<Answer>(quizId: string, request: unknown, answerSchema: z.ZodType<Answer>) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [state, setState] = useState<'running' | 'done' | 'error'>('running');
  const [error, setError] = useState<string | null>(null);
  const [runCount, setRunCount] = useState(0);
  // The body as text, so that the checks run again only when what is sent changes, not on every render.
  const body = JSON.stringify(request);
  const isFirst = useRef(true);

  useEffect(() => {
    const controller = new AbortController();
    setState('running');
    const timer = setTimeout(
      async () => {
        try {
          const response = await fetch(`/api/studio/quizzes/${encodeURIComponent(quizId)}/checks`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, signal: controller.signal });
          const payload: unknown = await response.json().catch(() => null);
          const parsed = answerSchema.safeParse(payload);
          if (!response.ok || !parsed.success) {
            const failure = errorAnswerSchema.safeParse(payload);
            setError(failure.success ? failure.data.error.message : `HTTP ${response.status}`);
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
      // The first run is not waited for: the tab opens with its checks already on their way.
      isFirst.current ? 0 : debounceMs,
    );
    isFirst.current = false;
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [quizId, body, answerSchema, runCount]);

  const run = useCallback(() => setRunCount((n) => n + 1), []);
  return { answer, state, error, run };
}
