/** Sets a slide's speaker notes. Typing in one slide's notes is one undo step. */
import { updateSlide } from '../../../../slides/index';
import { slideIndex } from '../state';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionEditNotes}. */
export interface EditNotesPayload {
  slideId: string;
  notes: string;
}

export const actionEditNotes: Action<EditNotesPayload> = {
  name: 'editNotes',
  perform(state, { slideId, notes }) {
    const index = slideIndex(state, slideId);
    const slide = state.deck.slides[index];
    if (!slide || slide.notes === notes) return unchanged(state);
    const deck = updateSlide(state.deck, index, { notes });
    return edited(state, { ...state, deck }, `notes:${slideId}`);
  },
};
