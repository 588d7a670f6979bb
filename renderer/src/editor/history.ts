/**
 * One undo history for every edit, whatever triggered it (keys, toolbar, menus). It stores snapshots of the
 * undoable state; consecutive edits with the same coalescing key (typing in one field) make one step.
 */
import type { Snapshot } from './state';

/** The most steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 1000;

/** The undo and redo stacks. */
export interface History {
  /** States before each step, oldest first. */
  past: Snapshot[];
  /** States undone, the next to redo last. */
  future: Snapshot[];
  /** The coalescing key of the last recorded step, while further edits with that key may join it. */
  lastKey: string | null;
  limit: number;
}

/** An empty history. */
export function createHistory(limit = HISTORY_LIMIT): History {
  return { past: [], future: [], lastKey: null, limit };
}

/**
 * Records a step that left `before`. With a `key` equal to the last step's, the step joins it (typing in one
 * field is one undo step); the redo stack is cleared either way.
 */
export function recordStep(history: History, before: Snapshot, key?: string): History {
  if (key !== undefined && key === history.lastKey && history.past.length > 0) {
    return history.future.length === 0 ? history : { ...history, future: [] };
  }
  const past = history.past.length >= history.limit ? history.past.slice(1) : history.past.slice();
  past.push(before);
  return { ...history, past, future: [], lastKey: key ?? null };
}

/** Ends coalescing: the next edit starts a new step even if its key repeats. */
export function breakCoalescing(history: History): History {
  return history.lastKey === null ? history : { ...history, lastKey: null };
}

/** Undoes one step: returns the snapshot to restore and the new history, or null when there is nothing to undo. */
export function undoStep(
  history: History,
  current: Snapshot,
): { snapshot: Snapshot; history: History } | null {
  const snapshot = history.past[history.past.length - 1];
  if (!snapshot) return null;
  return {
    snapshot,
    history: {
      ...history,
      past: history.past.slice(0, -1),
      future: [...history.future, current],
      lastKey: null,
    },
  };
}

/** Redoes one step, or null when there is nothing to redo. */
export function redoStep(
  history: History,
  current: Snapshot,
): { snapshot: Snapshot; history: History } | null {
  const snapshot = history.future[history.future.length - 1];
  if (!snapshot) return null;
  return {
    snapshot,
    history: {
      ...history,
      past: [...history.past, current],
      future: history.future.slice(0, -1),
      lastKey: null,
    },
  };
}
