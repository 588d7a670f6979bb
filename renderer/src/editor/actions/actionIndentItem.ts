/** Tab: nests a bullet one level deeper, under the bullet before it (never more than one level below it). */
import { editContent } from '../content';
import { slideIndex } from '../state';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionIndentItem} and {@link actionOutdentItem}. */
export interface ItemPayload {
  slideId: string;
  index: number;
}

export const actionIndentItem: Action<ItemPayload> = {
  name: 'indentItem',
  perform(state, { slideId, index }) {
    const at = slideIndex(state, slideId);
    if (at < 0) return unchanged(state);
    const deck = editContent(state.deck, at, (content) => {
      const item = content.items[index];
      const previous = content.items[index - 1];
      if (!item || !previous || item.level > previous.level) return content;
      const items = content.items.slice();
      items[index] = { ...item, level: item.level + 1 };
      return { ...content, items };
    });
    return edited(state, { ...state, deck });
  },
};
