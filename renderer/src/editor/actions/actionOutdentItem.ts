/** Shift+Tab: moves a bullet one level up (the bullets nested under it move with it). */
import { editContent } from '../content';
import { slideIndex } from '../state';
import type { ItemPayload } from './actionIndentItem';
import { edited, unchanged, type Action } from './types';

export const actionOutdentItem: Action<ItemPayload> = {
  name: 'outdentItem',
  perform(state, { slideId, index }) {
    const at = slideIndex(state, slideId);
    if (at < 0) return unchanged(state);
    const deck = editContent(state.deck, at, (content) => {
      const item = content.items[index];
      if (!item || item.level === 0) return content;
      const items = content.items.slice();
      items[index] = { ...item, level: item.level - 1 };
      for (let next = index + 1; next < items.length; next += 1) {
        const child = items[next];
        if (!child || child.level <= item.level) break;
        items[next] = { ...child, level: child.level - 1 };
      }
      return { ...content, items };
    });
    return edited(state, { ...state, deck });
  },
};
