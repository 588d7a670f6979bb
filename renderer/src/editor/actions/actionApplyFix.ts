/** Applies a briefing-check fix to one slide (drop a duplicate, name the speaker, drop a notes sentence …). */
import { updateSlide } from '../../../../slides/index';
import { applyFix, type Fix } from '../../../../slides/check/index';
import { slideIndex } from '../state';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionApplyFix}. */
export interface ApplyFixPayload {
  slideId: string;
  fix: Fix;
}

/** One undo step: the slide's body and notes as the fix leaves them; the slide is selected, nothing focused. */
export const actionApplyFix: Action<ApplyFixPayload> = {
  name: 'applyFix',
  perform(state, { slideId, fix }) {
    const index = slideIndex(state, slideId);
    const slide = state.deck.slides[index];
    if (!slide) return unchanged(state);
    const { body, notes } = applyFix(slide, fix);
    if (body === slide.body && notes === slide.notes) return unchanged(state);
    const deck = updateSlide(state.deck, index, { body, notes });
    return edited(state, { ...state, deck, selection: [slideId], current: slideId, focus: null });
  },
};
