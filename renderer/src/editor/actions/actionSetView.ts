/** Switches between the visual editor and the source view. Leaving the source view drops a broken draft. */
import type { EditorView } from '../state';
import { unchanged, type Action } from './types';

export const actionSetView: Action<EditorView> = {
  name: 'setView',
  perform(state, view) {
    if (state.view === view) return unchanged(state);
    return {
      state: { ...state, view, focus: null, sourceDraft: null, sourceErrors: [] },
      commitToHistory: false,
    };
  },
};
