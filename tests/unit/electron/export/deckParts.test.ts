import { describe, expect, it } from 'vitest';
import { deckParts } from '../../../../electron/services/export/exportPdf';
import { parseDeck } from '../../../../slides/format/parse';
import { makeExportDeck } from '../../../fixtures/export/exportDecks';

describe('a long deck printed in parts', () => {
  it('splits into consecutive decks with the same front matter that hold every slide once, in order', () => {
    const { deck } = parseDeck(makeExportDeck(23));
    const parts = deckParts(deck, 10);
    expect(parts.map((part) => part.from)).toEqual([0, 10, 20]);
    const decks = parts.map((part) => parseDeck(part.text));
    expect(decks.flatMap((parsed) => parsed.errors)).toEqual([]);
    expect(decks.map((parsed) => parsed.deck.slides.length)).toEqual([10, 10, 3]);
    for (const parsed of decks) expect(parsed.deck.meta).toEqual(deck.meta);
    const bodies = decks.flatMap((parsed) => parsed.deck.slides.map((slide) => [slide.body, slide.notes]));
    expect(bodies).toEqual(deck.slides.map((slide) => [slide.body, slide.notes]));
  });

  it('keeps a deck that fits one part whole', () => {
    const text = makeExportDeck(4);
    const parts = deckParts(parseDeck(text).deck, 10);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.text).toBe(text);
  });
});
