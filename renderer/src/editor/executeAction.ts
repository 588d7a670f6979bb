/**
 * The one way the editor changes: `executeAction` runs an action's pure `perform` and records the step in the
 * one history; `undo` and `redo` walk it. Pure functions over an {@link EditorModel}, so tests need no React.
 */
import type { Deck } from '../../../slides/model';
import type { ArticleSource } from '../../../electron/ipc/contract';
import type { Action } from './actions/types';
import { breakCoalescing, createHistory, recordStep, redoStep, undoStep, type History } from './history';
import { dropAbandonedItem } from './emptyItems';
import { createEditorState, snapshotOf, type EditorState, type Snapshot } from './state';

/** The editor's state and its history. */
export interface EditorModel {
  state: EditorState;
  history: History;
}

/** A model for a freshly opened deck, with an empty history. */
export function createEditorModel(deck: Deck, article: ArticleSource | null = null): EditorModel {
  return { state: createEditorState(deck, article), history: createHistory() };
}

/** Runs an action and records it in the history when it says so. */
export function executeAction<P>(model: EditorModel, action: Action<P>, payload: P): EditorModel {
  const result = action.perform(model.state, payload);
  if (result.state === model.state) return model;
  if (!result.commitToHistory) {
    // A change of selection or focus ends a run of typing: the next keystroke starts a new step.
    const focusMoved =
      result.state.focus?.slideId !== model.state.focus?.slideId ||
      result.state.current !== model.state.current;
    // Leaving a bullet empty removes it; undo goes back to before it was added, as the step that added it.
    const state = dropAbandonedItem(model.state, result.state);
    return {
      state,
      history: focusMoved || state !== result.state ? breakCoalescing(model.history) : model.history,
    };
  }
  return {
    state: result.state,
    history: recordStep(model.history, snapshotOf(model.state), result.coalesceKey),
  };
}

function restore(state: EditorState, snapshot: Snapshot): EditorState {
  return { ...state, ...snapshot, sourceDraft: null, sourceErrors: [] };
}

/** Undoes the last step (the model itself when there is none). */
export function undo(model: EditorModel): EditorModel {
  const step = undoStep(model.history, snapshotOf(model.state));
  return step ? { state: restore(model.state, step.snapshot), history: step.history } : model;
}

/** Redoes the last undone step (the model itself when there is none). */
export function redo(model: EditorModel): EditorModel {
  const step = redoStep(model.history, snapshotOf(model.state));
  return step ? { state: restore(model.state, step.snapshot), history: step.history } : model;
}

/** True when there is a step to undo / redo. */
export function canUndo(model: EditorModel): boolean {
  return model.history.past.length > 0;
}

export function canRedo(model: EditorModel): boolean {
  return model.history.future.length > 0;
}
