/**
 * Inserts an image into a slide (one dropped or pasted, already copied beside the deck): a Markdown image line
 * `![alt](images/name.png)` after the slide's content, as one undoable step. The rest of the body is kept as is.
 */
import { updateSlide } from '../../../../slides/index';
import { imageMarkdown } from '../../../../slides/render/imageFile';
import { currentIndex, slideIndex } from '../state';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionInsertImage}. */
export interface InsertImagePayload {
  /** The slide to add to; absent: the current slide. */
  slideId?: string;
  /** Deck-relative path of the image (`images/chart.png`). */
  path: string;
  alt: string;
}

const TRAILING_WHITESPACE = /\s+$/;

/** The body with the image's line after its content, separated by a blank line. */
export function bodyWithImage(body: string, alt: string, path: string): string {
  const line = imageMarkdown(alt, path);
  const content = body.replace(TRAILING_WHITESPACE, '');
  return content === '' ? line : `${content}\n\n${line}`;
}

export const actionInsertImage: Action<InsertImagePayload> = {
  name: 'insertImage',
  perform(state, payload) {
    const index = payload.slideId === undefined ? currentIndex(state) : slideIndex(state, payload.slideId);
    const slide = state.deck.slides[index];
    if (!slide || payload.path === '') return unchanged(state);
    const body = bodyWithImage(slide.body, payload.alt, payload.path);
    // An image dropped on another slide's row goes to that slide, which the stage then shows.
    const shown = slide.id === state.current ? {} : { selection: [slide.id], current: slide.id, focus: null };
    return edited(state, { ...state, deck: updateSlide(state.deck, index, { body }), ...shown });
  },
};
