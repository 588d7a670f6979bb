import { describe, expect, it } from 'vitest';
import {
  duplicateSlide,
  insertSlide,
  moveSlide,
  parseDeck,
  removeSlide,
  setLayout,
  stringifyDeck,
  updateMeta,
  updateSlide,
} from '../../../../slides/index';
import type { Deck } from '../../../../slides/index';
import { deckText, fixtureDeck, parsedDeck } from '../../../helpers/makeDeck';

/** Start and end offsets of slide `index`'s raw text in the file the deck was parsed from. */
function slideRange(deck: Deck, index: number): [number, number] {
  let start = (deck.file.bom ? 1 : 0) + deck.file.frontMatterRaw.length + (deck.file.leading ?? '').length;
  for (let i = 0; i < index; i++)
    start += (deck.slides[i]?.raw.length ?? 0) + (deck.file.separators[i]?.length ?? 0);
  return [start, start + (deck.slides[index]?.raw.length ?? 0)];
}

describe('edits re-serialise only the slide they touch', () => {
  it.each(['briefing.deck.md', 'crlf.deck.md', 'unicode.deck.md', 'trailing-whitespace.deck.md'])(
    'editing one slide of %s changes bytes only inside that slide',
    (name) => {
      const text = fixtureDeck(name);
      const deck = parseDeck(text).deck;
      const index = Math.min(2, deck.slides.length - 1);
      const [start, end] = slideRange(deck, index);
      const out = stringifyDeck(
        updateSlide(deck, index, { body: '## Rewritten\n\n- new point', notes: 'New notes.' }),
      );
      expect(out).not.toBe(text);
      expect(out.startsWith(text.slice(0, start))).toBe(true);
      expect(out.endsWith(text.slice(end))).toBe(true);
      const middle = out.slice(start, out.length - (text.length - end));
      expect(middle).toContain('## Rewritten');
      if (deck.file.eol === '\r\n') expect(middle.replace(/\r\n/g, '')).not.toContain('\n');
    },
  );

  it('writes the edited slide in FORMAT.md shape and reads it back', () => {
    const deck = parsedDeck(
      deckText({ slides: [{ body: '# A' }, { layout: 'stat', body: '## B', notes: 'n' }] }),
    );
    const edited = updateSlide(deck, 1, { body: '## B2\n\n- **40%** oil — SIPRI' });
    const out = stringifyDeck(edited);
    expect(out).toBe(
      '# A\n\n---\n\n<!-- .slide: data-layout="stat" -->\n## B2\n\n- **40%** oil — SIPRI\n\nNote:\nn\n',
    );
    expect(parsedDeck(out).slides[1]).toMatchObject({
      layout: 'stat',
      body: '## B2\n\n- **40%** oil — SIPRI',
      notes: 'n',
    });
  });

  it('never mutates its input', () => {
    const deck = parsedDeck(fixtureDeck('briefing.deck.md'));
    const snapshot = JSON.stringify(deck);
    updateSlide(deck, 0, { body: 'x' });
    insertSlide(deck, 1);
    removeSlide(deck, 1);
    moveSlide(deck, 0, 3);
    duplicateSlide(deck, 2);
    updateMeta(deck, { title: 'New' });
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('escapes body and notes lines that would change the structure', () => {
    const deck = parsedDeck('# A\n');
    const out = stringifyDeck(
      updateSlide(deck, 0, { body: '# A\n---\nNote: not notes\n```js\ncode', notes: 'x\n---\ny' }),
    );
    const back = parsedDeck(out);
    expect(back.slides).toHaveLength(1);
    expect(back.slides[0]?.body).toBe('# A\n--- \nNote\\: not notes\n```js\ncode\n```');
    expect(back.slides[0]?.notes).toBe('x\n--- \ny');
  });
});

describe('structural edits', () => {
  const text = deckText({
    slides: [{ body: '# One' }, { body: '## Two' }, { body: '## Three' }],
    eol: '\r\n',
  });

  it('setLayout writes data-layout and keeps the body', () => {
    const out = stringifyDeck(setLayout(parsedDeck(text), 1, 'quote'));
    expect(out).toBe(
      '# One\r\n\r\n---\r\n\r\n<!-- .slide: data-layout="quote" -->\r\n## Two\r\n\r\n---\r\n\r\n## Three\r\n',
    );
  });

  it('insertSlide adds a slide with standard separators in the file line ending', () => {
    const deck = insertSlide(parsedDeck(text), 1, { body: '## New', layout: 'section' });
    expect(deck.slides.map((s) => s.id)).toEqual(['s1', 's4', 's2', 's3']);
    const out = stringifyDeck(deck);
    expect(out).toBe(
      '# One\r\n\r\n---\r\n\r\n<!-- .slide: data-layout="section" -->\r\n## New\r\n\r\n---\r\n\r\n## Two\r\n\r\n---\r\n\r\n## Three\r\n',
    );
    expect(parsedDeck(stringifyDeck(insertSlide(parsedDeck(text), 3))).slides).toHaveLength(4);
    expect(
      parsedDeck(stringifyDeck(insertSlide(parsedDeck(text), 0, { body: '# Zero' }))).slides[0]?.body,
    ).toBe('# Zero');
  });

  it('insertSlide into an empty deck', () => {
    const out = stringifyDeck(insertSlide(parsedDeck(''), 0, { body: '# First' }));
    expect(out).toBe('# First\n');
  });

  it('removeSlide drops the slide and one separator', () => {
    expect(stringifyDeck(removeSlide(parsedDeck(text), 1))).toBe('# One\r\n\r\n---\r\n\r\n## Three\r\n');
    expect(stringifyDeck(removeSlide(parsedDeck(text), 2))).toBe('# One\r\n\r\n---\r\n\r\n## Two\r\n');
    expect(stringifyDeck(removeSlide(parsedDeck(text), 0))).toBe('## Two\r\n\r\n---\r\n\r\n## Three\r\n');
  });

  it('moveSlide reorders slides, each keeping its bytes', () => {
    const deck = moveSlide(parsedDeck(text), 0, 2);
    expect(deck.slides.map((s) => s.body)).toEqual(['## Two', '## Three', '# One']);
    expect(stringifyDeck(deck)).toBe('## Two\r\n\r\n---\r\n\r\n## Three\r\n\r\n---\r\n\r\n# One\r\n');
  });

  it('moving non-empty slides next to empty ones keeps every separator on its own line', () => {
    const deck = parsedDeck('a\n---\n---\nb');
    const moved = parseDeck(stringifyDeck(moveSlide(deck, 1, 0))).deck;
    expect(moved.slides.map((s) => s.body)).toEqual(['', 'a', 'b']);
    const last = parseDeck(stringifyDeck(moveSlide(deck, 0, 1))).deck;
    expect(last.slides.map((s) => s.body)).toEqual(['', 'a', 'b']);
    const toEnd = parseDeck(stringifyDeck(moveSlide(parsedDeck('\n---\na\n---\nb'), 0, 2))).deck;
    expect(toEnd.slides.map((s) => s.body)).toEqual(['a', 'b', '']);
  });

  it('duplicateSlide copies an unedited slide byte for byte with a new id', () => {
    const deck = duplicateSlide(parsedDeck(text), 0);
    expect(deck.slides.map((s) => s.id)).toEqual(['s1', 's4', 's2', 's3']);
    expect(stringifyDeck(deck)).toBe(
      '# One\r\n\r\n---\r\n\r\n# One\r\n\r\n---\r\n\r\n## Two\r\n\r\n---\r\n\r\n## Three\r\n',
    );
  });

  it('rejects indices outside the deck', () => {
    expect(() => updateSlide(parsedDeck(text), 3, { body: 'x' })).toThrow(RangeError);
    expect(() => moveSlide(parsedDeck(text), 0, -1)).toThrow(RangeError);
  });
});

describe('updateMeta', () => {
  it('keeps unknown keys and comments, and migrates legacy keys in place', () => {
    const text = fixtureDeck('unknown-keys.deck.md');
    const out = stringifyDeck(updateMeta(parsedDeck(text), { title: 'Renamed' }));
    expect(out).toContain('# Written before versioning: migrated on load.');
    expect(out).toContain(
      'title: Renamed\naspect: "4:3"\ntheme: briefing\ncustomer: ACME # an unknown key, kept\n',
    );
    expect(out).toContain('tags:\n  - energy\n  - caucasus\n');
    expect(out).toContain('  license: CC BY\n');
    expect(out).toMatch(/^---\n# Written before versioning: migrated on load.\nversion: 1\n/);
    expect(out.slice(out.indexOf('<!-- .slide'))).toBe(text.slice(text.indexOf('<!-- .slide')));
    const back = parseDeck(out);
    expect(back.errors).toEqual([]);
    expect(back.deck.meta.extra).toEqual({ customer: 'ACME', tags: ['energy', 'caucasus'] });
  });

  it('creates front matter for a file without one', () => {
    const out = stringifyDeck(updateMeta(parsedDeck('# A\n'), { title: 'New deck', aspect: '4:3' }));
    expect(out).toBe('---\nversion: 1\ntitle: New deck\ntheme: briefing\naspect: "4:3"\n---\n\n# A\n');
  });

  it('removes unknown keys only when extra is replaced', () => {
    const deck = parsedDeck('---\ntitle: T\nkeep: 1\ndrop: 2\n---\n# A\n');
    const out = stringifyDeck(updateMeta(deck, { extra: { keep: 1 } }));
    expect(parseDeck(out).deck.meta.extra).toEqual({ keep: 1 });
  });

  it('keeps unreadable front matter as a comment instead of losing it', () => {
    const { deck } = parseDeck('---\ntitle: [broken\n---\n# A\n');
    const out = stringifyDeck(updateMeta(deck, { title: 'Fixed' }));
    expect(out).toContain('# title: [broken');
    expect(parseDeck(out).deck.meta.title).toBe('Fixed');
  });

  it('writes CRLF front matter in CRLF', () => {
    const out = stringifyDeck(updateMeta(parsedDeck(fixtureDeck('crlf.deck.md')), { subtitle: 'S' }));
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parseDeck(out).deck.meta.subtitle).toBe('S');
  });
});
