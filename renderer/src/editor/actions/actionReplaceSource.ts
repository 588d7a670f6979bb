/**
 * The source view's edit: the whole `.deck.md` text. Text that parses cleanly becomes the deck (slides that kept
 * their text keep their ids, so the selection survives); text with errors is kept as a draft with its errors and
 * the last good deck stays in place.
 */
import { parseDeck, slideText, stringifyDeck } from '../../../../slides/index';
import type { Deck } from '../../../../slides/model';
import { currentIndex, selectIndex } from '../state';
import { edited, type Action } from './types';

/** Payload of {@link actionReplaceSource}. */
export interface ReplaceSourcePayload {
  text: string;
}

/** Gives slides whose text did not change the ids they had, so selection and focus follow them. */
function keepIds(previous: Deck, next: Deck): Deck {
  const pool = new Map<string, string[]>();
  for (const slide of previous.slides) {
    const key = slideText(slide, previous.file.eol);
    pool.set(key, [...(pool.get(key) ?? []), slide.id]);
  }
  const used = new Set<string>();
  const kept = next.slides.map((slide) => {
    const id = pool.get(slide.raw)?.shift();
    if (id) used.add(id);
    return id;
  });
  let counter = 0;
  const fresh = (): string => {
    counter += 1;
    while (used.has(`s${counter}`)) counter += 1;
    const id = `s${counter}`;
    used.add(id);
    return id;
  };
  return { ...next, slides: next.slides.map((slide, index) => ({ ...slide, id: kept[index] ?? fresh() })) };
}

export const actionReplaceSource: Action<ReplaceSourcePayload> = {
  name: 'replaceSource',
  perform(state, { text }) {
    const { deck: parsed, errors } = parseDeck(text);
    if (errors.length > 0) {
      return { state: { ...state, sourceDraft: text, sourceErrors: errors }, commitToHistory: false };
    }
    const clean = { ...state, sourceDraft: null, sourceErrors: [] };
    if (text === stringifyDeck(state.deck)) return { state: clean, commitToHistory: false };
    const deck = keepIds(state.deck, parsed);
    const ids = new Set(deck.slides.map((slide) => slide.id));
    const selection = state.selection.filter((id) => ids.has(id));
    const next =
      state.current !== null && ids.has(state.current)
        ? { ...clean, deck, selection, focus: null }
        : selectIndex({ ...clean, deck }, currentIndex(state));
    return edited(state, next, 'source');
  },
};
