/** How many steps back an author can go; older steps are forgotten first. */
export const undoLimit = 100;

/** Changes from one field that follow each other within this window are one step of undo (typing a word). */
export const coalesceWindowMs = 800;

/**
 * The undo history of a value: what it was (oldest first), what it is, and what undo took away (nearest
 * first). `group` remembers the last change's field and time, so typing in one field coalesces.
 */
export type UndoHistory<T> = {
  past: T[];
  present: T;
  future: T[];
  group: { key: string; at: number } | null;
};

export type UndoAction<T> =
  /** a new value; `groupKey` names the field it came from (typing), `at` is when, in milliseconds */
  | { type: 'change'; next: T; groupKey?: string; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  /** forget the history and start again from a value */
  | { type: 'reset'; present: T };

/** A history with nothing to undo or redo. */
export function createUndoHistory<T>(present: T): UndoHistory<T> {
  return { past: [], present, future: [], group: null };
}

/**
 * Applies one action to an undo history, purely. A change pushes the present onto the past (keeping at most
 * `limit` steps) and clears the future, except when it comes from the same field as the previous change within
 * `coalesceWindowMs`: then it replaces the present, so a burst of typing is undone in one step. A change to the
 * very same value is ignored. Undo and redo move one step and end any coalescing, so the next keystroke starts a
 * new step; with nothing to undo or redo they change nothing.
 */
export function reduceUndoHistory<T>(state: UndoHistory<T>, action: UndoAction<T>, limit = undoLimit): UndoHistory<T> {
  switch (action.type) {
    case 'change': {
      if (Object.is(action.next, state.present)) return state;
      const group = action.groupKey === undefined ? null : { key: action.groupKey, at: action.at };
      const isCoalesced = group !== null && state.group !== null && state.group.key === group.key && action.at - state.group.at <= coalesceWindowMs && state.past.length > 0;
      if (isCoalesced) return { past: state.past, present: action.next, future: [], group };
      const past = [...state.past, state.present];
      return { past: past.length > limit ? past.slice(past.length - limit) : past, present: action.next, future: [], group };
    }
    case 'undo': {
      const previous = state.past.at(-1);
      if (state.past.length === 0) return state;
      return { past: state.past.slice(0, -1), present: previous as T, future: [state.present, ...state.future], group: null };
    }
    case 'redo': {
      if (state.future.length === 0) return state;
      const [next, ...rest] = state.future;
      return { past: [...state.past, state.present], present: next as T, future: rest, group: null };
    }
    case 'reset':
      return createUndoHistory(action.present);
  }
}
