/**
 * Replaces every match of the query in titles, bullets and notes, as one undo step. Quotations of the source
 * (see `findReplace.ts`) are left alone unless `includeQuotes`.
 */
import { updateSlide } from '../../../../slides/index';
import { editContent } from '../content';
import { replaceInField, searchableFields, type FindOptions } from '../findReplace';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionReplaceAll}. */
export interface ReplaceAllPayload extends FindOptions {
  find: string;
  replace: string;
  /** Limit to one slide (Replace in the current slide); default every slide. */
  slideId?: string;
  /** Rewrite quotations of the source too (default: leave them as the article has them). */
  includeQuotes?: boolean;
}

export const actionReplaceAll: Action<ReplaceAllPayload> = {
  name: 'replaceAll',
  perform(state, payload) {
    if (payload.find === '') return unchanged(state);
    let deck = state.deck;
    deck.slides.forEach((slide, index) => {
      if (payload.slideId !== undefined && slide.id !== payload.slideId) return;
      const fields = searchableFields(slide, state.article);
      const swap = (position: number, text: string) => {
        const context = fields[position]?.context ?? { notes: false, sourcesSlide: false };
        return replaceInField(text, context, payload.find, payload.replace, payload);
      };
      const titled = fields[0]?.field.kind === 'title' ? 1 : 0;
      deck = editContent(deck, index, (content) => ({
        ...content,
        title: content.title ? { ...content.title, text: swap(0, content.title.text) } : undefined,
        items: content.items.map((item, i) => ({ ...item, text: swap(titled + i, item.text) })),
      }));
      const notes = swap(fields.length - 1, slide.notes);
      if (notes !== slide.notes) deck = updateSlide(deck, index, { notes });
    });
    return deck === state.deck ? unchanged(state) : edited(state, { ...state, deck });
  },
};
