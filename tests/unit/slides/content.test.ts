import { describe, expect, it } from 'vitest';
import {
  bodySourceRefs,
  elementComment,
  makeDeck,
  makeSlide,
  parseBody,
  parseDeck,
  serializeBody,
  slideTitle,
  sourceRefs,
  stringifyDeck,
} from '../../../slides/index';
import { fixtureDecks } from '../../helpers/makeDeck';

describe('parseBody / serializeBody', () => {
  const body =
    '## Oil for arms binds Baku to Israel\n\n- Azerbaijan supplies about 40% of Israel\'s oil <!-- .element: data-src="p3.s2" -->\n  - figure from SIPRI <!-- .element: data-src="p3.s4 p3.s5" -->\n- plain item\n\n> a quote\n\n— attribution';

  it('reads the title, the items with levels and attributes, and keeps other blocks', () => {
    const content = parseBody(body);
    expect(content.title).toEqual({ level: 2, text: 'Oil for arms binds Baku to Israel', attrs: {} });
    expect(content.items).toEqual([
      { text: "Azerbaijan supplies about 40% of Israel's oil", level: 0, attrs: { 'data-src': 'p3.s2' } },
      { text: 'figure from SIPRI', level: 1, attrs: { 'data-src': 'p3.s4 p3.s5' } },
      { text: 'plain item', level: 0, attrs: {} },
    ]);
    expect(content.blocks).toEqual([
      { type: 'title' },
      { type: 'markdown', text: '' },
      { type: 'items' },
      { type: 'markdown', text: '\n> a quote\n\n— attribution' },
    ]);
    expect(serializeBody(content)).toBe(body);
  });

  it('writes edited items back in place', () => {
    const content = parseBody(body);
    content.items = [{ text: 'only one', level: 0, attrs: { 'data-src': 'p1.s1' } }];
    content.title = { level: 2, text: 'New title', attrs: {} };
    expect(serializeBody(content)).toBe(
      '## New title\n\n- only one <!-- .element: data-src="p1.s1" -->\n\n> a quote\n\n— attribution',
    );
  });

  it('round-trips every fixture body, including lines outside our conventions', () => {
    const bodies = fixtureDecks().flatMap(({ text }) => parseDeck(text).deck.slides.map((s) => s.body));
    bodies.push(
      '   - odd indent',
      '#NoSpace',
      '1. ordered\n2. list',
      '```\n- not an item\n```',
      '',
      '- a\n\n- b',
    );
    for (const b of bodies) expect(serializeBody(parseBody(b))).toBe(b);
  });

  it('adds a title and items to a body that had none', () => {
    expect(
      serializeBody({
        title: { level: 2, text: 'T', attrs: {} },
        items: [{ text: 'a', level: 0, attrs: {} }],
        blocks: [],
      }),
    ).toBe('## T\n\n- a');
  });
});

describe('slide helpers', () => {
  it('slideTitle finds the first heading outside code', () => {
    expect(slideTitle({ body: '```\n# code\n```\n\n### Sub <!-- .element: class="x" -->' })).toBe('Sub');
    expect(slideTitle({ body: 'no heading' })).toBe('');
  });

  it('reads and writes source references', () => {
    expect(sourceRefs('p4.s2 p4.s3 junk p10.s1')).toEqual([
      { id: 'p4.s2', paragraph: 4, sentence: 2 },
      { id: 'p4.s3', paragraph: 4, sentence: 3 },
      { id: 'p10.s1', paragraph: 10, sentence: 1 },
    ]);
    expect(elementComment({ 'data-src': 'p4.s2 p4.s3' })).toBe('<!-- .element: data-src="p4.s2 p4.s3" -->');
    expect(elementComment({})).toBe('');
    expect(
      bodySourceRefs(
        '- a <!-- .element: data-src="p1.s1 p2.s2" -->\n- b <!-- .element: data-src="p1.s1" -->',
      ).map((r) => r.id),
    ).toEqual(['p1.s1', 'p2.s2']);
  });
});

describe('makeSlide / makeDeck', () => {
  it('builds a deck that follows FORMAT.md and parses back to the same fields', () => {
    const slides = [
      makeSlide({
        layout: 'title',
        title: 'Headline',
        subtitle: 'A briefing',
        paragraphs: ['Eurasianet · 2023'],
        notes: 'Open.',
      }),
      makeSlide({
        title: 'Oil for arms',
        items: [
          { text: '40% of oil', sources: ['p3.s2'] },
          { text: 'per SIPRI', level: 1 },
        ],
        notes: 'Say it.',
      }),
    ];
    const deck = makeDeck({ title: 'Headline', source: { publisher: 'Eurasianet' } }, slides);
    const text = stringifyDeck(deck);
    expect(text).toBe(
      '---\nversion: 1\ntitle: Headline\ntheme: briefing\naspect: "16:9"\nsource:\n  publisher: Eurasianet\n---\n\n' +
        '<!-- .slide: data-layout="title" -->\n# Headline\n\n### A briefing\n\nEurasianet · 2023\n\nNote:\nOpen.\n\n---\n\n' +
        '<!-- .slide: data-layout="bullets" -->\n## Oil for arms\n\n- 40% of oil <!-- .element: data-src="p3.s2" -->\n  - per SIPRI\n\nNote:\nSay it.\n',
    );
    const back = parseDeck(text);
    expect(back.errors).toEqual([]);
    expect(back.deck.slides.map(({ layout, body, notes }) => ({ layout, body, notes }))).toEqual(
      slides.map(({ layout, body, notes }) => ({ layout, body, notes })),
    );
    expect(deck.slides.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(stringifyDeck(back.deck)).toBe(text);
  });
});
