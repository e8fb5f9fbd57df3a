'use client';

import { useEffect, useRef, useState } from 'react';
import type { QuizDefinition } from '@/lib/quiz-schema';

export type PreviewCard = { url: string | null; state: 'loading' | 'ready' | 'error'; error: string | null; version: number };

/** How long the draft must stay still before the card is rendered again. */
const debounceMs = 400;

/**
 * The draft's result card as a real PNG from the server (POST /api/studio/quizzes/[id]/preview-card), rendered
 * again 400 ms after the last change: an object URL, replaced (and the old one released) by each new render.
 * A render that a newer change overtakes is cancelled. `version` counts the renders shown.
 */
export function usePreviewCard(input: { quizId: string; definition: QuizDefinition; variant: 'og' | 'story'; resultId?: string }): PreviewCard {
  const [card, setCard] = useState<PreviewCard>({ url: null, state: 'loading', error: null, version: 0 });
  const urlRef = useRef<string | null>(null);
  const body = JSON.stringify({ definition: input.definition, variant: input.variant, resultId: input.resultId });

  useEffect(() => {
    const controller = new AbortController();
    setCard((current) => ({ ...current, state: 'loading' }));
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/studio/quizzes/${encodeURIComponent(input.quizId)}/preview-card`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, signal: controller.signal });
        if (!response.ok) {
          const failure: unknown = await response.json().catch(() => null);
          const message = failure && typeof failure === 'object' && 'error' in failure && failure.error && typeof failure.error === 'object' && 'message' in failure.error ? String(failure.error.message) : `HTTP ${response.status}`;
          setCard((current) => ({ ...current, state: 'error', error: message }));
          return;
        }
        const url = URL.createObjectURL(await response.blob());
        if (urlRef.current) URL.revokeObjectURL(urlRef.current);
        urlRef.current = url;
        setCard((current) => ({ url, state: 'ready', error: null, version: current.version + 1 }));
      } catch (error) {
        if (controller.signal.aborted) return;
        setCard((current) => ({ ...current, state: 'error', error: error instanceof Error ? error.message : String(error) }));
      }
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [input.quizId, body]);

  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );
  return card;
}
