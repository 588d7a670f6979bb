/**
 * Adds a bullet: Enter in a bullet splits it at the caret (the text after the caret moves to a new bullet at the
 * same level); Enter in the title adds a first bullet. Also used to add a bullet from the source pane.
 */
import type { SlideContent, SlideItem } from '../../../../slides/index';
import { editContent } from '../content';
import { slideIndex } from '../state';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionAddItem}. */
export interface AddItemPayload {
  slideId: string;
  /** The bullet to split or add after; -1 adds a first bullet; absent appends at the end. */
  after?: number;
  /** Caret offset in the bullet `after`: its text from here on moves to the new bullet. */
  caret?: number;
  /** Text of the new bullet (when not splitting). */
  text?: string;
  /** Attributes of the new bullet (e.g. `data-src` when added from the source). */
  attrs?: Record<string, string>;
}

/** Drops empty trailing markdown blocks so appended items follow the last content with one blank line. */
function trimTrailingBlank(content: SlideContent): SlideContent {
  if (content.blocks.some((block) => block.type === 'items')) return content;
  const blocks = content.blocks.slice();
  while (blocks.length > 0) {
    const last = blocks[blocks.length - 1];
    if (last?.type !== 'markdown' || last.text.trim() !== '') break;
    blocks.pop();
  }
  return { ...content, blocks };
}

export const actionAddItem: Action<AddItemPayload> = {
  name: 'addItem',
  perform(state, payload) {
    const at = slideIndex(state, payload.slideId);
    if (at < 0) return unchanged(state);
    let newIndex = 0;
    const deck = editContent(state.deck, at, (original) => {
      const content = trimTrailingBlank(original);
      const items = content.items.slice();
      const after = payload.after ?? items.length - 1;
      const base = items[after];
      let created: SlideItem = {
        text: payload.text ?? '',
        level: base?.level ?? 0,
        attrs: { ...payload.attrs },
      };
      if (base?.marker) created.marker = base.marker;
      if (base && payload.caret !== undefined) {
        const caret = Math.max(0, Math.min(payload.caret, base.text.length));
        items[after] = { ...base, text: base.text.slice(0, caret).trimEnd() };
        created = { ...created, text: base.text.slice(caret).trimStart() };
      }
      newIndex = Math.max(0, after + 1);
      items.splice(newIndex, 0, created);
      return { ...content, items };
    });
    const focus = { slideId: payload.slideId, field: { kind: 'item' as const, index: newIndex }, caret: 0 };
    return edited(state, { ...state, deck, focus });
  },
};
