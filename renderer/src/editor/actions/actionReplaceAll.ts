/** Replaces every match of the query in titles, bullets and notes, as one undo step. */
import { updateSlide } from '../../../../slides/index';
import { editContent } from '../content';
import { replaceIn, type FindOptions } from '../findReplace';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionReplaceAll}. */
export interface ReplaceAllPayload extends FindOptions {
  find: string;
  replace: string;
  /** Limit to one slide (Replace in the current slide); default every slide. */
  slideId?: string;
}

export const actionReplaceAll: Action<ReplaceAllPayload> = {
  name: 'replaceAll',
  perform(state, payload) {
    if (payload.find === '') return unchanged(state);
    const swap = (text: string) => replaceIn(text, payload.find, payload.replace, payload);
    let deck = state.deck;
    deck.slides.forEach((slide, index) => {
      if (payload.slideId !== undefined && slide.id !== payload.slideId) return;
      deck = editContent(deck, index, (content) => ({
        ...content,
        title: content.title ? { ...content.title, text: swap(content.title.text) } : undefined,
        items: content.items.map((item) => ({ ...item, text: swap(item.text) })),
      }));
      const notes = swap(slide.notes);
      if (notes !== slide.notes) deck = updateSlide(deck, index, { notes });
    });
    return edited(state, { ...state, deck });
  },
};
