import { describe, expect, it } from 'vitest';
import { coalesceWindowMs, createUndoHistory, reduceUndoHistory, type UndoAction, type UndoHistory } from '@/lib/undo-history';

type Step = UndoAction<string>;
const change = (next: string, at: number, groupKey?: string): Step => ({ type: 'change', next, at, groupKey });
const undo: Step = { type: 'undo' };
const redo: Step = { type: 'redo' };

function run(steps: Step[], limit?: number): UndoHistory<string> {
  return steps.reduce((state, step) => reduceUndoHistory(state, step, limit), createUndoHistory('start'));
}

describe('reduceUndoHistory', () => {
  it.each([
    { label: 'a change can be undone', steps: [change('a', 0), undo], present: 'start', past: [], future: ['a'] },
    { label: 'an undone change can be redone', steps: [change('a', 0), undo, redo], present: 'a', past: ['start'], future: [] },
    { label: 'two changes undo one at a time', steps: [change('a', 0), change('b', 1000), undo], present: 'a', past: ['start'], future: ['b'] },
    { label: 'a new change after undo drops the redo steps', steps: [change('a', 0), change('b', 1000), undo, change('c', 2000)], present: 'c', past: ['start', 'a'], future: [] },
    { label: 'undo with nothing to undo changes nothing', steps: [undo], present: 'start', past: [], future: [] },
    { label: 'redo with nothing to redo changes nothing', steps: [change('a', 0), redo], present: 'a', past: ['start'], future: [] },
    { label: 'the same value again is no step', steps: [change('a', 0), change('a', 5000)], present: 'a', past: ['start'], future: [] },
    { label: 'typing in one field within the window is one step', steps: [change('H', 0, 'title'), change('Hi', 300, 'title'), change('Hi!', 600, 'title')], present: 'Hi!', past: ['start'], future: [] },
    { label: 'the window slides with each keystroke', steps: [change('a', 0, 'title'), change('ab', 700, 'title'), change('abc', 1400, 'title'), undo], present: 'start', past: [], future: ['abc'] },
    { label: 'a pause longer than the window starts a new step', steps: [change('H', 0, 'title'), change('Hi', coalesceWindowMs + 1, 'title'), undo], present: 'H', past: ['start'], future: ['Hi'] },
    { label: 'another field starts a new step', steps: [change('t', 0, 'title'), change('t+d', 100, 'description'), undo], present: 't', past: ['start'], future: ['t+d'] },
    { label: 'a change with no field (a button) never coalesces', steps: [change('a', 0), change('b', 10), undo], present: 'a', past: ['start'], future: ['b'] },
    { label: 'typing after an undo starts a new step', steps: [change('a', 0, 'title'), change('ab', 100, 'title'), undo, change('x', 200, 'title'), change('xy', 300, 'title'), undo], present: 'start', past: [], future: ['xy'] },
  ])('$label', ({ steps, present, past, future }) => {
    const state = run(steps);
    expect(state.present).toBe(present);
    expect(state.past).toEqual(past);
    expect(state.future).toEqual(future);
  });

  it('keeps at most the limit of steps, forgetting the oldest first', () => {
    const steps = Array.from({ length: 105 }, (_, i) => change(`v${i}`, i * 1000));
    const state = run(steps);
    expect(state.past).toHaveLength(100);
    expect(state.past[0]).toBe('v4');
    expect(run(steps, 3).past).toEqual(['v101', 'v102', 'v103']);
  });

  it('undoes everything it keeps and redoes it all back', () => {
    let state = run(Array.from({ length: 10 }, (_, i) => change(`v${i}`, i * 1000)));
    for (let i = 0; i < 12; i++) state = reduceUndoHistory(state, undo);
    expect(state.present).toBe('start');
    for (let i = 0; i < 12; i++) state = reduceUndoHistory(state, redo);
    expect(state.present).toBe('v9');
  });

  it('reset forgets the history', () => {
    const state = reduceUndoHistory(run([change('a', 0), change('b', 1000)]), { type: 'reset', present: 'fresh' });
    expect(state).toEqual({ past: [], present: 'fresh', future: [], group: null });
  });

  it('returns the same state object when nothing changes, so React skips the render', () => {
    const state = run([change('a', 0)]);
    expect(reduceUndoHistory(state, redo)).toBe(state);
    expect(reduceUndoHistory(state, change('a', 10))).toBe(state);
  });
});
