/** Sets a slide's title text (adding a title heading when the slide has none). Typing in one title is one step. */
import { contentAt, editContent, titleLevel } from '../content';
import { slideIndex } from '../state';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionEditTitle}. */
export interface EditTitlePayload {
  slideId: string;
  text: string;
}

export const actionEditTitle: Action<EditTitlePayload> = {
  name: 'editTitle',
  perform(state, { slideId, text }) {
    const index = slideIndex(state, slideId);
    if (index < 0) return unchanged(state);
    const slide = state.deck.slides[index];
    if (!slide) return unchanged(state);
    if (!contentAt(state.deck, index).title && text === '') return unchanged(state);
    const deck = editContent(state.deck, index, (content) => ({
      ...content,
      title: {
        level: content.title?.level ?? titleLevel(slide.layout),
        attrs: content.title?.attrs ?? {},
        text,
      },
    }));
    return edited(state, { ...state, deck }, `title:${slideId}`);
  },
};
