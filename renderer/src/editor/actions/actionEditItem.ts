/** Sets the text of one bullet (its attributes, such as the source reference, are kept). */
import { editContent } from '../content';
import { slideIndex } from '../state';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionEditItem}. */
export interface EditItemPayload {
  slideId: string;
  index: number;
  text: string;
}

export const actionEditItem: Action<EditItemPayload> = {
  name: 'editItem',
  perform(state, { slideId, index, text }) {
    const at = slideIndex(state, slideId);
    if (at < 0) return unchanged(state);
    const deck = editContent(state.deck, at, (content) => {
      const item = content.items[index];
      if (!item) return content;
      const items = content.items.slice();
      items[index] = { ...item, text };
      return { ...content, items };
    });
    return edited(state, { ...state, deck }, `item:${slideId}:${index}`);
  },
};
