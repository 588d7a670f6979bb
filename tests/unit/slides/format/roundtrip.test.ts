import { describe, expect, it } from 'vitest';
import { parseDeck, stringifyDeck } from '../../../../slides/index';
import { fixtureDeck, fixtureDecks } from '../../../helpers/makeDeck';

describe('round trip of fixture decks', () => {
  const fixtures = fixtureDecks();

  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixtures)('$name is written back byte for byte', ({ text }) => {
    expect(stringifyDeck(parseDeck(text).deck)).toBe(text);
  });
});

describe('what fixtures parse to', () => {
  it('reads the FORMAT.md example: layouts, bodies, notes, metadata', () => {
    const { deck, errors } = parseDeck(fixtureDeck('briefing.deck.md'));
    expect(errors).toEqual([]);
    expect(deck.slides.map((s) => s.layout)).toEqual(['title', 'bullets', 'stat', 'quote', 'sources']);
    expect(deck.slides[0]?.body).toBe(
      "# Why Azerbaijan won't join Iran's boycott\n\n### A briefing on Eldar Mamedov's analysis (Eurasianet)",
    );
    expect(deck.slides[1]?.notes).toBe(
      'Two to five sentences of what to say.\n\nSources: ¶3 "…quoted source sentence…"',
    );
    expect(deck.meta.source?.publisher).toBe('Eurasianet');
    expect(deck.meta.date).toBe('2023-11-10');
    expect(new Set(deck.slides.map((s) => s.id)).size).toBe(deck.slides.length);
  });

  it('reads CRLF files with LF-normalised fields and remembers the line ending', () => {
    const { deck } = parseDeck(fixtureDeck('crlf.deck.md'));
    expect(deck.file.eol).toBe('\r\n');
    expect(deck.meta.theme).toBe('night');
    expect(deck.slides[1]?.body).toBe('## Second slide\n\n- one\n- two');
    expect(deck.slides[1]?.notes).toBe('Notes with CRLF.');
  });

  it('keeps the BOM and reads text after Note: on the marker line', () => {
    const { deck } = parseDeck(fixtureDeck('bom-no-front-matter.deck.md'));
    expect(deck.file.bom).toBe(true);
    expect(deck.file.frontMatterRaw).toBe('');
    expect(deck.slides[1]?.notes).toBe('notes on the same line as the marker\nand a second line');
  });

  it('does not split inside fenced code blocks', () => {
    const { deck, errors } = parseDeck(fixtureDeck('code-fences.deck.md'));
    expect(errors).toEqual([]);
    expect(deck.slides).toHaveLength(2);
    expect(deck.slides[0]?.notes).toBe('');
    expect(deck.slides[1]?.notes).toBe('Notes after fences.\n\n```\n---\n```');
  });

  it('keeps separator-like lines in notes', () => {
    const { deck } = parseDeck(fixtureDeck('notes-dashes.deck.md'));
    expect(deck.slides).toHaveLength(2);
    expect(deck.slides[0]?.notes).toContain('----\n--- \n ---\n- - -\n***\n---x\nNOTE: a second marker');
    expect(deck.slides[1]?.notes).toBe('Still notes.');
  });

  it('reads consecutive separators as empty slides', () => {
    const { deck } = parseDeck(fixtureDeck('empty-slides.deck.md'));
    expect(deck.slides.map((s) => s.body)).toEqual(['# After blank lines', '', '', '', '## Last']);
    expect(deck.file.leading).toBe('\n\n');
    expect(deck.file.trailing).toBe('\n\n\n\n');
  });

  it('reads an empty file as a deck with no slides and defaults', () => {
    const { deck, errors } = parseDeck('');
    expect(errors).toEqual([]);
    expect(deck.slides).toEqual([]);
    expect(deck.meta).toMatchObject({ title: '', theme: 'briefing', aspect: '16:9' });
  });
});
