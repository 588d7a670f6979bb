/** Deletes every selected slide and selects the slide that took the place of the first one. */
import { removeSlide } from '../../../../slides/index';
import { selectIndex, selectedIndices } from '../state';
import { edited, unchanged, type Action } from './types';

export const actionDeleteSlides: Action = {
  name: 'deleteSlides',
  perform(state) {
    const indices = selectedIndices(state);
    const first = indices[0];
    if (first === undefined) return unchanged(state);
    let deck = state.deck;
    for (const index of indices.slice().reverse()) deck = removeSlide(deck, index);
    return edited(state, selectIndex({ ...state, deck }, Math.min(first, deck.slides.length - 1)));
  },
};
