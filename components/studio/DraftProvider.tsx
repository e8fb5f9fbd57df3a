'use client';

import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { parseGameDefinition, parseGameDraft } from '@/lib/games/game-schema';
import { parseQuizDefinition, parseQuizDraft } from '@/lib/quiz-schema';
import { hasRole, type WorkspaceRole } from '@/lib/roles';
import type { StudioItem } from '@/lib/studio-quiz';
import { createUndoHistory, reduceUndoHistory, type UndoAction, type UndoHistory } from '@/lib/undo-history';
import { DraftContext, isGameDraft, type DraftContextValue, type DraftIssue, type EditableDraft } from './draft-context';

/** Quiet time after the last change before the draft is saved. */
const autosaveDelayMs = 800;
/** After a failed save (network, server), the next attempt comes this much later, doubling up to a minute. */
const firstRetryDelayMs = 2_000;
const maxRetryDelayMs = 60_000;

type DraftAction = UndoAction<EditableDraft> | { type: 'apply'; change: (draft: EditableDraft) => EditableDraft; groupKey?: string; at: number };

function reduceDraft(state: UndoHistory<EditableDraft>, action: DraftAction): UndoHistory<EditableDraft> {
  if (action.type === 'apply') return reduceUndoHistory(state, { type: 'change', next: action.change(state.present), groupKey: action.groupKey, at: action.at });
  return reduceUndoHistory(state, action);
}

const saveResponseSchema = z.object({ savedAt: z.number(), issues: z.array(z.object({ path: z.string(), message: z.string() })) });
const errorResponseSchema = z.object({ error: z.object({ message: z.string(), details: z.array(z.object({ path: z.string(), message: z.string() })).optional() }) });

// Typing in one field coalesces into one undo step: each text field gets a stable key while it lives.
const fieldKeys = new WeakMap<Element, string>();
let fieldCounter = 0;

function isTextField(element: Element | null): element is HTMLInputElement | HTMLTextAreaElement {
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && ['text', 'search', 'url', 'email', 'tel', 'number', 'password', ''].includes(element.type);
}

function keyOfFocusedField(): string | undefined {
  const element = typeof document === 'undefined' ? null : document.activeElement;
  if (!isTextField(element)) return undefined;
  let key = fieldKeys.get(element);
  if (!key) {
    key = `field-${++fieldCounter}`;
    fieldKeys.set(element, key);
  }
  return key;
}

function isEditableTarget(target: EventTarget | null): boolean {
  return isTextField(target instanceof Element ? target : null) || (target instanceof HTMLElement && target.isContentEditable);
}

/**
 * Holds the draft of the quiz (or mini-game) being edited and shares it with every panel (see DraftContextValue): changes go
 * through an undo history (100 steps; typing in one field within 800 ms is one step), and the draft is saved
 * 800 ms after the last change with PUT /api/studio/quizzes/[id]/draft, one save at a time, always the newest
 * draft. A failed save keeps everything in the page, says so, and is retried (with growing pauses, or at once
 * with flush). Issues are the strict schema's, computed here on every change and replaced by the server's after
 * each save (a game's against the game schemas). Viewers get the draft read-only and nothing is ever sent.
 *
 * Keyboard: Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, except in a text field, where the
 * browser's own text undo applies (and what it restores flows back into the draft as an ordinary change).
 */
export function DraftProvider(props: { quiz: StudioItem; role: WorkspaceRole; initialIssues: DraftIssue[]; children: ReactNode }) {
  const { quiz, role } = props;
  const isReadOnly = !hasRole(role, 'editor');
  const initialDraft: EditableDraft = quiz.draft;
  const [history, dispatch] = useReducer(reduceDraft, initialDraft, createUndoHistory);
  const draft = history.present;
  const [saveState, setSaveState] = useState<DraftContextValue['saveState']>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [serverIssues, setServerIssues] = useState<{ draft: EditableDraft; issues: DraftIssue[] }>({ draft: quiz.draft, issues: props.initialIssues });

  const draftRef = useRef(draft);
  const savedRef = useRef<EditableDraft>(quiz.draft);
  const inFlightRef = useRef<Promise<boolean> | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryDelayRef = useRef(firstRetryDelayMs);
  // The retry timer and the after-save check call the newest `save` through this ref.
  const saveRef = useRef<() => Promise<boolean>>(async () => false);

  const clearTimer = () => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
  };

  const sendNewest = useCallback(async (): Promise<boolean> => {
    const toSave = draftRef.current;
    if (toSave === savedRef.current) {
      setSaveState('saved');
      return true;
    }
    // The server refuses what the draft schema refuses; saying so here spares a round trip and names the field.
    const local = isGameDraft(toSave) ? parseGameDraft(toSave) : parseQuizDraft(toSave);
    if (!local.ok) {
      setSaveError(local.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
      setSaveState('error');
      return false;
    }
    setSaveState('saving');
    let isRetryable = true;
    try {
      const response = await fetch(`/api/studio/quizzes/${encodeURIComponent(quiz.id)}/draft`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(toSave),
      });
      const body: unknown = await response.json().catch(() => null);
      const saved = response.ok ? saveResponseSchema.safeParse(body) : undefined;
      if (saved?.success) {
        savedRef.current = toSave;
        retryDelayRef.current = firstRetryDelayMs;
        setServerIssues({ draft: toSave, issues: saved.data.issues });
        setSaveError(null);
        if (draftRef.current === toSave) setSaveState('saved');
        else {
          // Edited while this save was on its way: the newer draft follows.
          setSaveState('unsaved');
          clearTimer();
          timerRef.current = setTimeout(() => void saveRef.current(), autosaveDelayMs);
        }
        return true;
      }
      const failure = errorResponseSchema.safeParse(body);
      isRetryable = response.status >= 500 || response.status === 429;
      setSaveError(failure.success ? failure.data.error.message : `HTTP ${response.status}`);
    } catch {
      setSaveError(null);
    }
    setSaveState('error');
    if (isRetryable) {
      const delay = retryDelayRef.current;
      retryDelayRef.current = Math.min(delay * 2, maxRetryDelayMs);
      clearTimer();
      timerRef.current = setTimeout(() => void saveRef.current(), delay);
    }
    return false;
  }, [quiz.id]);

  // One save at a time: a save asked for while one is running waits for it, then sends the newest draft.
  const save = useCallback(async (): Promise<boolean> => {
    if (isReadOnly) return true;
    clearTimer();
    while (inFlightRef.current) await inFlightRef.current;
    const run = sendNewest();
    inFlightRef.current = run;
    try {
      return await run;
    } finally {
      inFlightRef.current = null;
    }
  }, [isReadOnly, sendNewest]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    draftRef.current = draft;
    if (isReadOnly) return;
    if (draft === savedRef.current) {
      // Undone back to what the server has: nothing to send.
      if (!inFlightRef.current) {
        clearTimer();
        setSaveState('saved');
        setSaveError(null);
      }
      return;
    }
    setSaveState((state) => (state === 'saving' ? state : 'unsaved'));
    clearTimer();
    timerRef.current = setTimeout(() => void save(), autosaveDelayMs);
  }, [draft, isReadOnly, save]);

  useEffect(() => clearTimer, []);

  // Leaving with changes the server does not have yet asks first; hiding the tab saves at once.
  const hasUnsavedChanges = !isReadOnly && saveState !== 'saved';
  useEffect(() => {
    if (!hasUnsavedChanges) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const saveWhenHidden = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('visibilitychange', saveWhenHidden);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('visibilitychange', saveWhenHidden);
    };
  }, [hasUnsavedChanges, save]);

  useEffect(() => {
    if (isReadOnly) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditableTarget(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) dispatch({ type: 'undo' });
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.metaKey)) dispatch({ type: 'redo' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isReadOnly]);

  const updateDraft = useCallback<DraftContextValue<EditableDraft>['updateDraft']>(
    (change) => {
      if (isReadOnly) return;
      dispatch({ type: 'apply', change, groupKey: keyOfFocusedField(), at: Date.now() });
    },
    [isReadOnly],
  );
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);

  const issues = useMemo<DraftIssue[]>(() => {
    if (serverIssues.draft === draft) return serverIssues.issues;
    const parsed = isGameDraft(draft) ? parseGameDefinition(draft) : parseQuizDefinition(draft);
    return parsed.ok ? [] : parsed.issues;
  }, [draft, serverIssues]);

  const value = useMemo<DraftContextValue<EditableDraft>>(
    () => ({
      quizId: quiz.id,
      slug: quiz.slug,
      role,
      isReadOnly,
      draft,
      updateDraft,
      undo,
      redo,
      canUndo: !isReadOnly && history.past.length > 0,
      canRedo: !isReadOnly && history.future.length > 0,
      saveState: isReadOnly ? 'saved' : saveState,
      saveError,
      issues,
      flush: save,
    }),
    [quiz.id, quiz.slug, role, isReadOnly, draft, updateDraft, undo, redo, history.past.length, history.future.length, saveState, saveError, issues, save],
  );

  return <DraftContext.Provider value={value}>{props.children}</DraftContext.Provider>;
}
