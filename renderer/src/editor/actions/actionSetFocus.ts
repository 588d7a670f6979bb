/** Moves editing focus to a field of a slide (or clears it); selects that slide. Not an undo step. */
import type { EditorFocus } from '../state';
import { unchanged, type Action } from './types';

export const actionSetFocus: Action<EditorFocus | null> = {
  name: 'setFocus',
  perform(state, focus) {
    if (focus === null)
      return state.focus === null
        ? unchanged(state)
        : { state: { ...state, focus: null }, commitToHistory: false };
    if (!state.deck.slides.some((slide) => slide.id === focus.slideId)) return unchanged(state);
    const selection =
      state.selection.includes(focus.slideId) && state.current === focus.slideId
        ? state.selection
        : [focus.slideId];
    return { state: { ...state, focus, selection, current: focus.slideId }, commitToHistory: false };
  },
};
