/**
 * The editor's store: holds the {@link EditorModel}, runs actions and commands, and lets React subscribe.
 * All state changes go through `executeAction`, `undo` and `redo`; this file only keeps the result.
 */
import { useSyncExternalStore } from 'react';
import type { CommandId } from '../../../electron/shared/shortcuts';
import type { Action } from './actions/types';
import { runEditCommand } from './commands';
import { executeAction, redo, undo, type EditorModel } from './executeAction';
import type { EditorState } from './state';

/** A subscribable holder of the editor model. */
export interface EditorStore {
  getModel(): EditorModel;
  subscribe(listener: () => void): () => void;
  /** Runs an action (recording it in the history when it says so). */
  execute<P>(action: Action<P>, payload: P): void;
  /** Runs an editing command of the shortcuts table; false when it is not an editing command. */
  command(id: CommandId): boolean;
  undo(): void;
  redo(): void;
  /** Replaces the whole model (opening another deck). */
  reset(model: EditorModel): void;
}

/** Creates a store around an initial model. */
export function createEditorStore(initial: EditorModel): EditorStore {
  let model = initial;
  const listeners = new Set<() => void>();
  const set = (next: EditorModel) => {
    if (next === model) return;
    model = next;
    for (const listener of listeners) listener();
  };
  return {
    getModel: () => model,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    execute(action, payload) {
      set(executeAction(model, action, payload));
    },
    command(id) {
      const next = runEditCommand(model, id);
      if (next === null) return false;
      set(next);
      return true;
    },
    undo: () => set(undo(model)),
    redo: () => set(redo(model)),
    reset: set,
  };
}

/** The current model of a store, re-rendering on change. */
export function useEditorModel(store: EditorStore): EditorModel {
  return useSyncExternalStore(store.subscribe, store.getModel);
}

/** The current editor state of a store. */
export function useEditorState(store: EditorStore): EditorState {
  return useEditorModel(store).state;
}
