/**
 * Selects slides: a plain click selects one, Shift extends a range from the current slide, Ctrl/Cmd toggles one.
 * Not an undo step.
 */
import { slideIndex, type EditorState } from '../state';
import { unchanged, type Action } from './types';

/** Payload of {@link actionSelectSlides}. */
export interface SelectSlidesPayload {
  id: string;
  mode?: 'single' | 'range' | 'toggle';
}

function inDeckOrder(state: EditorState, ids: Set<string>): string[] {
  return state.deck.slides.filter((slide) => ids.has(slide.id)).map((slide) => slide.id);
}

export const actionSelectSlides: Action<SelectSlidesPayload> = {
  name: 'selectSlides',
  perform(state, { id, mode = 'single' }) {
    const target = slideIndex(state, id);
    if (target < 0) return unchanged(state);
    if (mode === 'range') {
      const anchor = Math.max(0, slideIndex(state, state.current));
      const [from, to] = anchor <= target ? [anchor, target] : [target, anchor];
      const selection = state.deck.slides.slice(from, to + 1).map((slide) => slide.id);
      return { state: { ...state, selection, focus: null }, commitToHistory: false };
    }
    if (mode === 'toggle') {
      const ids = new Set(state.selection);
      if (ids.has(id) && ids.size > 1) {
        ids.delete(id);
        const selection = inDeckOrder(state, ids);
        const current = state.current === id ? (selection[0] ?? null) : state.current;
        return { state: { ...state, selection, current, focus: null }, commitToHistory: false };
      }
      ids.add(id);
      return {
        state: { ...state, selection: inDeckOrder(state, ids), current: id, focus: null },
        commitToHistory: false,
      };
    }
    return { state: { ...state, selection: [id], current: id, focus: null }, commitToHistory: false };
  },
};

/** Selects every slide. */
export const actionSelectAllSlides: Action = {
  name: 'selectAllSlides',
  perform(state) {
    const selection = state.deck.slides.map((slide) => slide.id);
    return { state: { ...state, selection }, commitToHistory: false };
  },
};
