'use client';

import { useCallback, useEffect, useState } from 'react';
import type { GameCodesResponse } from '@/lib/games/api-types';
import { callStudio } from '../launch/api';

/**
 * A game's win codes and stock as the server counts them (GET /api/studio/quizzes/[id]/codes): codes imported,
 * generated, given and free per prize, and, once published, what was won and what is left. `reload` asks again
 * (after an import).
 */
export function useGameCodes(quizId: string) {
  const [data, setData] = useState<GameCodesResponse | null>(null);
  const reload = useCallback(async () => {
    const answer = await callStudio<GameCodesResponse>(`/api/studio/quizzes/${encodeURIComponent(quizId)}/codes`, 'GET');
    if (answer.ok) setData(answer.data);
  }, [quizId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, reload };
}
