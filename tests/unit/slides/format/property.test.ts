import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeck, serializeSlide, stringifyDeck, updateSlide } from '../../../../slides/index';
import { scanFences, splitLines } from '../../../../slides/format/lines';

function hasUnclosedFence(text: string): boolean {
  return scanFences(text, splitLines(text)).unclosed.length > 0;
}

const FRAGMENTS = [
  '---',
  '--- ',
  '----',
  'Note:',
  'Notes: x',
  'note:',
  '<!--',
  '-->',
  '<!-- .slide: data-layout="stat" -->',
  '<!-- .slide: data-layout="nope" -->',
  '<!-- .element: data-src="p1.s2" -->',
  '```',
  '~~~',
  '# Title',
  '## T',
  '- item',
  '  - nested',
  '> quote',
  'title: x',
  'theme: night',
  ': bad',
  '[',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  'é',
  'e\u0301',
  '🚀',
  'Ω',
  '中文',
  'עברית',
  '\u200b',
  'a',
  'word',
];

/** Strings made of deck-like fragments: separators, markers, comments, fences, line endings, unicode. */
const deckLikeString = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** Line-structured decks: optional BOM and front matter, lines biased toward what the parser cares about. */
const deckLines = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    mixed: fc.boolean(),
    frontMatter: fc.option(
      fc.array(fc.constantFrom('title: T', 'theme: paper', 'bad: [', 'x: 1', '# c'), { maxLength: 4 }),
    ),
    lines: fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS.filter((f) => !f.includes('\n'))) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      ),
      { maxLength: 30 },
    ),
    finalEol: fc.boolean(),
  })
  .map(({ bom, eol, mixed, frontMatter, lines, finalEol }) => {
    const all = frontMatter ? ['---', ...frontMatter, '---', ...lines] : lines;
    const text = all.map((line, i) => line + (mixed && i % 3 === 0 ? '\n' : eol)).join('');
    return (bom ? '\uFEFF' : '') + (finalEol ? text : text.replace(/\r?\n$/, ''));
  });

describe('stringifyDeck(parseDeck(x)) === x', () => {
  it('holds for strings built from deck fragments', () => {
    fc.assert(
      fc.property(deckLikeString, (text) => stringifyDeck(parseDeck(text).deck) === text),
      { numRuns: 1000 },
    );
  });

  it('holds for line-structured decks with front matter, BOM and CRLF', () => {
    fc.assert(
      fc.property(deckLines, (text) => stringifyDeck(parseDeck(text).deck) === text),
      { numRuns: 1000 },
    );
  });

  it('holds for arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        return stringifyDeck(parseDeck(text).deck) === text;
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and gives 1-based positions inside the file', () => {
    fc.assert(
      fc.property(deckLines, (text) => {
        const lineCount = text.split('\n').length;
        return parseDeck(text).errors.every((e) => e.line >= 1 && e.line <= lineCount && e.column >= 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('edits keep the deck structure', () => {
  const field = fc.array(fc.constantFrom('---', 'Note:', 'notes: x', '```', '- a', 'text', '', ' ', '~~~'), {
    maxLength: 6,
  });

  // Known limit: a slide left with an unclosed ``` can pair with a fence added by a later edit.
  it('an edited slide reads back with the same slide count and the other slides unchanged', () => {
    fc.assert(
      fc.property(deckLines, field, field, fc.nat(), (text, body, notes, pick) => {
        const { deck } = parseDeck(text);
        fc.pre(deck.slides.length > 0 && !deck.slides.some((slide) => hasUnclosedFence(slide.raw)));
        const index = pick % deck.slides.length;
        const edited = updateSlide(deck, index, { body: body.join('\n'), notes: notes.join('\n') });
        // A deck whose only slide is empty is written as no slides at all.
        fc.pre(deck.slides.length > 1 || serializeSlide(edited.slides[0]!, '\n') !== '');
        const back = parseDeck(stringifyDeck(edited)).deck;
        expect(back.slides).toHaveLength(deck.slides.length);
        back.slides.forEach((slide, i) => {
          if (i !== index) expect(slide.raw).toBe(deck.slides[i]?.raw);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a deck that opens on a separator, its line endings mixed', () => {
  it('never reads as front matter once a slide holds a fenced "---" (found by the property above)', () => {
    const { deck } = parseDeck('---\ntitle: x\r\n: bad\r\n-->');
    expect(deck.slides).toHaveLength(2);
    const edited = updateSlide(deck, 1, { body: ['```', '---', '```'].join('\n'), notes: '' });
    const back = parseDeck(stringifyDeck(edited)).deck;
    expect(back.slides).toHaveLength(2);
    expect(back.slides[1]?.raw).toBe('```\r\n---\r\n```');
  });
});

describe('separator lines in an edited body', () => {
  it("keeps a body line of reveal-md's vertical separator from splitting the slide", () => {
    const { deck } = parseDeck('## One\n\nbody\n\n---\n\n## Two\n');
    const edited = updateSlide(deck, 0, { body: '## One\n\n----\n\nmore' });
    const again = parseDeck(stringifyDeck(edited));
    expect(again.deck.slides).toHaveLength(2);
    expect(again.deck.slides[1]?.body).toBe('## Two');
  });

  it('keeps a vertical separator a separator when the slide beside it is edited', () => {
    const { deck } = parseDeck('\n----\n\t');
    const back = parseDeck(stringifyDeck(updateSlide(deck, 0, { body: '', notes: '---' }))).deck;
    expect(back.slides).toHaveLength(2);
  });

  it('never turns a deck that opens on a separator into front matter when a slide is edited', () => {
    const { deck } = parseDeck('---');
    const back = parseDeck(stringifyDeck(updateSlide(deck, 1, { body: '```\n---\n```', notes: '' })));
    expect(back.deck.slides.map((slide) => slide.raw)).toEqual(['', '```\n---\n```']);
    expect(back.deck.file.frontMatterRaw).toBe('');
  });
});
