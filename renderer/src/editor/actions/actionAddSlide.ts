/**
 * Adds a slide after the current one (a bullets slide with an empty title by default, which the stage shows with
 * a "Click to add title" placeholder that is never saved) and selects it, editing its title.
 */
import { insertSlide } from '../../../../slides/index';
import type { Layout } from '../../../../slides/model';
import { titleLevel } from '../content';
import { currentIndex } from '../state';
import { edited, type Action } from './types';

/** Payload of {@link actionAddSlide}. */
export interface AddSlidePayload {
  layout?: Layout;
  /** Body of the new slide; default an empty title heading waiting to be typed. */
  body?: string;
}

export const actionAddSlide: Action<AddSlidePayload | void> = {
  name: 'addSlide',
  perform(state, payload) {
    const layout = payload?.layout ?? 'bullets';
    const at = currentIndex(state) + 1;
    const body = payload?.body ?? `${'#'.repeat(titleLevel(layout))} `;
    const deck = insertSlide(state.deck, at, { layout, body });
    const id = (deck.slides[at] as { id: string }).id;
    const focus = { slideId: id, field: { kind: 'title' as const } };
    return edited(state, { ...state, deck, selection: [id], current: id, focus });
  },
};
