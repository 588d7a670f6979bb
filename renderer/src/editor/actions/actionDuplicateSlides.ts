/** Duplicates every selected slide (each copy right after its original) and selects the copies. */
import { duplicateSlide } from '../../../../slides/index';
import { selectedIndices } from '../state';
import { edited, unchanged, type Action } from './types';

export const actionDuplicateSlides: Action = {
  name: 'duplicateSlides',
  perform(state) {
    const indices = selectedIndices(state);
    if (indices.length === 0) return unchanged(state);
    let deck = state.deck;
    const copies: string[] = [];
    // From the last so that earlier indices stay valid.
    for (const index of indices.slice().reverse()) {
      deck = duplicateSlide(deck, index);
      copies.unshift((deck.slides[index + 1] as { id: string }).id);
    }
    const current = copies[0] ?? null;
    return edited(state, { ...state, deck, selection: copies, current, focus: null });
  },
};
