/** Sets the layout of every selected slide. The body is kept as it is, so no text is lost. */
import { setLayout } from '../../../../slides/index';
import type { Layout } from '../../../../slides/model';
import { selectedIndices } from '../state';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionSetLayout}. */
export interface SetLayoutPayload {
  layout: Layout;
}

export const actionSetLayout: Action<SetLayoutPayload> = {
  name: 'setLayout',
  perform(state, { layout }) {
    const indices = selectedIndices(state).filter((index) => state.deck.slides[index]?.layout !== layout);
    if (indices.length === 0) return unchanged(state);
    let deck = state.deck;
    for (const index of indices) deck = setLayout(deck, index, layout);
    return edited(state, { ...state, deck });
  },
};
