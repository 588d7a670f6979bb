/**
 * Backspace at the start of a bullet: joins it to the bullet before it (or, for the first bullet, to the title),
 * keeping both source references. Focus moves to the join point.
 */
import type { SlideContent } from '../../../../slides/index';
import { editContent, mergeRefs } from '../content';
import { slideIndex, type EditorFocus } from '../state';
import type { ItemPayload } from './actionIndentItem';
import { edited, unchanged, type Action } from './types';

function joined(first: string, second: string): string {
  if (first === '' || second === '') return first + second;
  return `${first.trimEnd()} ${second.trimStart()}`;
}

export const actionMergeItem: Action<ItemPayload> = {
  name: 'mergeItem',
  perform(state, { slideId, index }) {
    const at = slideIndex(state, slideId);
    if (at < 0) return unchanged(state);
    let focus: EditorFocus | null = state.focus;
    const deck = editContent(state.deck, at, (content): SlideContent => {
      const item = content.items[index];
      if (!item) return content;
      const items = content.items.slice();
      const previous = items[index - 1];
      if (previous) {
        const attrs = { ...previous.attrs };
        const refs = mergeRefs(previous.attrs['data-src'], item.attrs['data-src']);
        if (refs) attrs['data-src'] = refs;
        items.splice(index - 1, 2, { ...previous, text: joined(previous.text, item.text), attrs });
        for (let next = index; next < items.length; next += 1) {
          const child = items[next];
          if (!child || child.level <= item.level) break;
          items[next] = { ...child, level: Math.max(previous.level, child.level - 1) };
        }
        focus = { slideId, field: { kind: 'item', index: index - 1 }, caret: previous.text.length };
        return { ...content, items };
      }
      if (!content.title) {
        if (item.text !== '') return content;
        items.splice(index, 1);
        focus = { slideId, field: { kind: 'title' }, caret: 0 };
        return { ...content, items };
      }
      items.splice(index, 1);
      focus = { slideId, field: { kind: 'title' }, caret: content.title.text.length };
      return { ...content, items, title: { ...content.title, text: joined(content.title.text, item.text) } };
    });
    return edited(state, { ...state, deck, focus });
  },
};
