/** Deletes one bullet (the bullets nested under it move up a level, so none is lost with it). */
import { editContent } from '../content';
import { slideIndex } from '../state';
import type { ItemPayload } from './actionIndentItem';
import { edited, unchanged, type Action } from './types';

export const actionDeleteItem: Action<ItemPayload> = {
  name: 'deleteItem',
  perform(state, { slideId, index }) {
    const at = slideIndex(state, slideId);
    if (at < 0) return unchanged(state);
    let remaining = 0;
    const deck = editContent(state.deck, at, (content) => {
      const item = content.items[index];
      if (!item) return content;
      const items = content.items.slice();
      items.splice(index, 1);
      for (let next = index; next < items.length; next += 1) {
        const child = items[next];
        if (!child || child.level <= item.level) break;
        items[next] = { ...child, level: child.level - 1 };
      }
      remaining = items.length;
      return { ...content, items };
    });
    const focus =
      remaining > 0
        ? { slideId, field: { kind: 'item' as const, index: Math.min(index, remaining - 1) } }
        : { slideId, field: { kind: 'title' as const } };
    return edited(state, { ...state, deck, focus });
  },
};
