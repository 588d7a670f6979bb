/**
 * Adds text selected in the source pane to the current slide: as a bullet carrying its `data-src` reference, or
 * as a quoted line in the notes with its references.
 */
import { formatSourceRefs, updateSlide } from '../../../../slides/index';
import type { SourceRef } from '../../../../slides/index';
import { currentIndex } from '../state';
import { actionAddItem } from './actionAddItem';
import { edited, unchanged, type Action } from './types';

/** Payload of {@link actionAddFromSource}. */
export interface AddFromSourcePayload {
  text: string;
  refs: Pick<SourceRef, 'paragraph' | 'sentence'>[];
  to: 'bullet' | 'notes';
}

const WHITESPACE_RUN = /\s+/g;

/** The line added to the notes: the quote, then the paragraph marks and references. */
export function notesQuote(text: string, refs: AddFromSourcePayload['refs']): string {
  const paragraphs = [...new Set(refs.map((ref) => ref.paragraph))].map((p) => `¶${p}`).join(', ');
  const label = refs.length > 0 ? `${paragraphs} ` : '';
  const ids = refs.length > 0 ? ` [${formatSourceRefs(refs)}]` : '';
  return `${label}"${text}"${ids}`;
}

export const actionAddFromSource: Action<AddFromSourcePayload> = {
  name: 'addFromSource',
  perform(state, payload) {
    const text = payload.text.replace(WHITESPACE_RUN, ' ').trim();
    const index = currentIndex(state);
    const slide = state.deck.slides[index];
    if (!slide || text === '') return unchanged(state);
    if (payload.to === 'bullet') {
      const dataSrc = formatSourceRefs(payload.refs);
      return actionAddItem.perform(state, {
        slideId: slide.id,
        text,
        attrs: dataSrc ? { 'data-src': dataSrc } : {},
      });
    }
    const line = notesQuote(text, payload.refs);
    const notes = slide.notes.trim() === '' ? line : `${slide.notes.replace(/\s+$/, '')}\n\n${line}`;
    return edited(state, { ...state, deck: updateSlide(state.deck, index, { notes }) });
  },
};
