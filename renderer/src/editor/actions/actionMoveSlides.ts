/**
 * Moves slides as one block so that the first of them lands at `to` (drag and drop, Move Up, Move Down).
 * Each slide keeps its bytes; only the order changes.
 */
import { moveSlide } from '../../../../slides/index';
import type { Deck } from '../../../../slides/model';
import { selectedIndices } from '../state';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionMoveSlides}. */
export interface MoveSlidesPayload {
  /** Slides to move (default: the selection). */
  ids?: string[];
  /** Index in the resulting order of the first moved slide (clamped). */
  to: number;
}

/** Reorders `deck` so that the slides with `ids` sit together, in deck order, from index `to`. */
export function moveBlock(deck: Deck, ids: readonly string[], to: number): Deck {
  const moving = new Set(ids);
  const block = deck.slides.filter((slide) => moving.has(slide.id));
  if (block.length === 0) return deck;
  const rest = deck.slides.filter((slide) => !moving.has(slide.id));
  const at = Math.max(0, Math.min(to, rest.length));
  const target = [...rest.slice(0, at), ...block, ...rest.slice(at)];
  let result = deck;
  target.forEach((slide, index) => {
    const from = result.slides.findIndex((candidate) => candidate.id === slide.id);
    if (from !== index) result = moveSlide(result, from, index);
  });
  return result;
}

export const actionMoveSlides: Action<MoveSlidesPayload> = {
  name: 'moveSlides',
  perform(state, { ids, to }) {
    const moving =
      ids ?? state.deck.slides.filter((_, index) => selectedIndices(state).includes(index)).map((s) => s.id);
    if (moving.length === 0) return unchanged(state);
    const deck = moveBlock(state.deck, moving, to);
    if (deck.slides.every((slide, index) => slide === state.deck.slides[index])) return unchanged(state);
    return edited(state, { ...state, deck });
  },
};

/** Moves the selection one place up (`delta` -1) or down (+1). */
export function moveSelectionBy(
  state: Parameters<typeof actionMoveSlides.perform>[0],
  delta: -1 | 1,
): MoveSlidesPayload {
  const indices = selectedIndices(state);
  const first = indices[0] ?? 0;
  return { to: first + delta };
}

/** Where a dragged block lands: before the slide it is dropped on when moving up, after it when moving down. */
export function dropIndex(
  order: readonly string[],
  moving: readonly string[],
  activeId: string,
  overId: string,
): number {
  const set = new Set(moving);
  const rest = order.filter((id) => !set.has(id));
  const over = rest.indexOf(overId);
  if (over < 0) return order.indexOf(overId);
  return order.indexOf(overId) > order.indexOf(activeId) ? over + 1 : over;
}
