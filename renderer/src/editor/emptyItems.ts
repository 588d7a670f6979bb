/**
 * Empty bullets are not kept: a bullet the user was editing and leaves empty (Enter on a title, then a click
 * elsewhere) is removed when the focus leaves it, so it is never saved. Bullets nested under it keep their place.
 */
import { parseBody } from '../../../slides/index';
import { editContent } from './content';
import { slideIndex, type EditorState } from './state';

/** `next` without the bullet `prev` was editing, when the focus left it empty and nothing else changed the deck. */
export function dropAbandonedItem(prev: EditorState, next: EditorState): EditorState {
  const left = prev.focus;
  if (!left || left.field.kind !== 'item' || next.deck !== prev.deck) return next;
  const stays =
    next.focus?.slideId === left.slideId &&
    next.focus.field.kind === 'item' &&
    next.focus.field.index === left.field.index;
  if (stays) return next;
  const at = slideIndex(next, left.slideId);
  const slide = next.deck.slides[at];
  if (!slide) return next;
  const index = left.field.index;
  const items = parseBody(slide.body).items;
  const item = items[index];
  const following = items[index + 1];
  if (!item || item.text.trim() !== '' || (following && following.level > item.level)) return next;
  const deck = editContent(next.deck, at, (content) => ({
    ...content,
    items: content.items.filter((_, i) => i !== index),
  }));
  let focus = next.focus;
  if (focus?.slideId === left.slideId && focus.field.kind === 'item' && focus.field.index > index)
    focus = { ...focus, field: { kind: 'item', index: focus.field.index - 1 } };
  return { ...next, deck, focus };
}
