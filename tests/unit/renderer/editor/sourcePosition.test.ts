import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caretForSlide, slideAtOffset, slideOffsets } from '../../../../renderer/src/editor/sourcePosition';
import { parseDeck } from '../../../../slides/index';

describe('slide positions in the source text', () => {
  const text = readFileSync('slides/decks/azerbaijan-boycott.deck.md', 'utf8');

  it('finds one start per slide, each at that slide', () => {
    const { deck } = parseDeck(text);
    const starts = slideOffsets(text);
    expect(starts).toHaveLength(deck.slides.length);
    deck.slides.forEach((slide, index) => {
      const caret = caretForSlide(text, index);
      expect(text.slice(caret).startsWith(slide.body.split('\n')[0]!)).toBe(true);
      expect(slideAtOffset(text, caret)).toBe(index);
    });
  });

  it('ignores --- inside fenced code and reads the front matter as no slide', () => {
    const fenced = '---\ntitle: x\n---\n\n## A\n\n```\n---\n```\n\n---\n\n## B\n';
    expect(slideOffsets(fenced)).toHaveLength(2);
    expect(slideAtOffset(fenced, fenced.indexOf('## B'))).toBe(1);
    expect(slideAtOffset(fenced, 0)).toBe(0);
  });
});
