'use client';

import { createContext, useContext } from 'react';
import type { QuizDefinition } from '@/lib/quiz-schema';

export type DraftIssue = { path: string; message: string };

/**
 * What every studio panel shares while a quiz is edited: the draft (possibly incomplete: strict validation is
 * shown as `issues` and enforced at publish), changes with undo and redo, and the autosave state.
 */
export type DraftContextValue = {
  quizId: string;
  slug: string;
  role: 'owner' | 'editor' | 'viewer';
  isReadOnly: boolean;
  draft: QuizDefinition;
  /** applies a change; each call is one step of undo, and autosave follows (debounced) */
  updateDraft: (change: (draft: QuizDefinition) => QuizDefinition) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  saveState: 'saved' | 'saving' | 'unsaved' | 'error';
  saveError: string | null;
  /** strict validation issues of the current draft, by field path ("questions.0.text") */
  issues: DraftIssue[];
  /** saves now (before publishing, for instance) and resolves when the server has the draft */
  flush: () => Promise<boolean>;
};

export const DraftContext = createContext<DraftContextValue | null>(null);

/** The draft being edited; only inside the editor's DraftProvider. */
export function useDraft(): DraftContextValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error('useDraft is used outside the quiz editor');
  return value;
}
