'use client';

import { createContext, useCallback, useContext } from 'react';
import type { GameDraft } from '@/lib/games/game-schema';
import type { QuizDefinition } from '@/lib/quiz-schema';

export type DraftIssue = { path: string; message: string };

/** What the editor edits: a quiz's draft, or a mini-game's (kind 'wheel' or 'scratch'). */
export type EditableDraft = QuizDefinition | GameDraft;

/**
 * What every studio panel shares while a quiz (or a game) is edited: the draft (possibly incomplete: strict
 * validation is shown as `issues` and enforced at publish), changes with undo and redo, and the autosave state.
 */
export type DraftContextValue<D extends EditableDraft = QuizDefinition> = {
  quizId: string;
  slug: string;
  role: 'owner' | 'editor' | 'viewer';
  isReadOnly: boolean;
  draft: D;
  /** applies a change; each call is one step of undo, and autosave follows (debounced) */
  updateDraft: (change: (draft: D) => D) => void;
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

export const DraftContext = createContext<DraftContextValue<EditableDraft> | null>(null);

/** Whether a draft is a mini-game's. */
export function isGameDraft(draft: EditableDraft): draft is GameDraft {
  return draft.kind === 'wheel' || draft.kind === 'scratch';
}

/**
 * The draft being edited, whatever it is (a quiz or a game): for the panels that only touch what both have
 * (title, language, brand, campaign). Only inside the editor's DraftProvider.
 */
export function useAnyDraft(): DraftContextValue<EditableDraft> {
  const value = useContext(DraftContext);
  if (!value) throw new Error('useDraft is used outside the quiz editor');
  return value;
}

/** The quiz being edited; only inside the editor's DraftProvider of a quiz (a game's is a bug: see useGameDraft). */
export function useDraft(): DraftContextValue<QuizDefinition> {
  const value = useAnyDraft();
  const { updateDraft } = value;
  // A change meant for a quiz leaves anything else as it is (a game never reaches here: see below).
  const updateQuiz = useCallback((change: (draft: QuizDefinition) => QuizDefinition) => updateDraft((d) => (isGameDraft(d) ? d : change(d))), [updateDraft]);
  const { draft } = value;
  if (isGameDraft(draft)) throw new Error('a quiz panel is used on a game');
  return { ...value, draft, updateDraft: updateQuiz };
}

/** The game being edited; only inside the editor's DraftProvider of a wheel or a scratch card. */
export function useGameDraft(): DraftContextValue<GameDraft> {
  const value = useAnyDraft();
  const { updateDraft } = value;
  const updateGame = useCallback((change: (draft: GameDraft) => GameDraft) => updateDraft((d) => (isGameDraft(d) ? change(d) : d)), [updateDraft]);
  const { draft } = value;
  if (!isGameDraft(draft)) throw new Error('a game panel is used on a quiz');
  return { ...value, draft, updateDraft: updateGame };
}
