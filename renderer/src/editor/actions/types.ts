/**
 * An editor command: a name and a pure `perform` that returns the next state and whether the step is undoable.
 * Keys, toolbar buttons and menus all run actions through `executeAction`.
 */
import type { EditorState } from '../state';

/** What an action's `perform` returns. */
export interface ActionResult {
  state: EditorState;
  /** True when the step goes into the undo history (selection and view changes do not). */
  commitToHistory: boolean;
  /** Steps with the same key in a row are one undo step (typing in one field). */
  coalesceKey?: string;
}

/** An editor action. `P` is its payload (`void` for none). */
export interface Action<P = void> {
  /** A stable name, e.g. `addSlide` (for logs and tests). */
  name: string;
  perform(state: EditorState, payload: P): ActionResult;
}

/** A result that changes nothing. */
export function unchanged(state: EditorState): ActionResult {
  return { state, commitToHistory: false };
}

/** A result that records an undoable step (unless the deck did not change). */
export function edited(before: EditorState, state: EditorState, coalesceKey?: string): ActionResult {
  if (state.deck === before.deck) return { state: before, commitToHistory: false };
  return coalesceKey === undefined
    ? { state, commitToHistory: true }
    : { state, commitToHistory: true, coalesceKey };
}
