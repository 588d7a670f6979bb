import { describe, expect, it } from 'vitest';
import {
  actionAddFromSource,
  actionEditNotes,
  actionReplaceAll,
  actionReplaceSource,
  actionSetView,
  actionUpdateSettings,
  notesQuote,
} from '../../../../../renderer/src/editor/actions';
import { executeAction, undo } from '../../../../../renderer/src/editor/executeAction';
import { parseBody, parseDeck, stringifyDeck } from '../../../../../slides/index';
import { DECK_TEXT, makeModel } from '../editorFixture';

describe('notes', () => {
  it('edits the notes of a slide only', () => {
    const model = executeAction(makeModel(), actionEditNotes, { slideId: 's2', notes: 'Lead with the oil.' });
    expect(stringifyDeck(model.state.deck)).toBe(
      DECK_TEXT.replace('Say the oil thing.', 'Lead with the oil.'),
    );
  });
});

describe('deck settings', () => {
  it('changes title, theme and aspect in the front matter', () => {
    const model = executeAction(makeModel(), actionUpdateSettings, {
      title: 'New',
      theme: 'night',
      aspect: '4:3',
    });
    const meta = parseDeck(stringifyDeck(model.state.deck)).deck.meta;
    expect(meta).toMatchObject({ title: 'New', theme: 'night', aspect: '4:3' });
  });

  it('writes source fields and removes emptied ones', () => {
    let model = executeAction(makeModel(), actionUpdateSettings, {
      author: 'A. Analyst',
      source: { publisher: 'Eurasianet', url: '' },
    });
    let meta = parseDeck(stringifyDeck(model.state.deck)).deck.meta;
    expect(meta.author).toBe('A. Analyst');
    expect(meta.source).toEqual({ publisher: 'Eurasianet' });
    model = executeAction(model, actionUpdateSettings, { author: '' });
    meta = parseDeck(stringifyDeck(model.state.deck)).deck.meta;
    expect(meta.author).toBeUndefined();
  });

  it('settings equal to the current ones are no step', () => {
    const start = makeModel();
    expect(executeAction(start, actionUpdateSettings, { title: 'Test deck', theme: 'briefing' })).toBe(start);
  });

  it('leaves the slides byte for byte', () => {
    const model = executeAction(makeModel(), actionUpdateSettings, { theme: 'paper' });
    expect(stringifyDeck(model.state.deck)).toContain(DECK_TEXT.slice(DECK_TEXT.indexOf('<!-- .slide')));
  });
});

describe('replace all', () => {
  it('replaces in titles, bullets and notes as one step, case-insensitively', () => {
    const model = executeAction(makeModel(), actionReplaceAll, { find: 'oil', replace: 'gas' });
    const slide = model.state.deck.slides[1];
    const content = parseBody(slide?.body ?? '');
    expect(content.title?.text).toBe('gas for arms');
    expect(content.items[0]).toMatchObject({
      text: 'Azerbaijan supplies gas',
      attrs: { 'data-src': 'p3.s2' },
    });
    expect(slide?.notes).toBe('Say the gas thing.');
    expect(model.state.deck.slides[2]?.body).toContain("Israel's gas");
    expect(model.history.past).toHaveLength(1);
    expect(stringifyDeck(undo(model).state.deck)).toBe(DECK_TEXT);
  });

  it('matches case when asked', () => {
    const model = executeAction(makeModel(), actionReplaceAll, {
      find: 'Oil',
      replace: 'Gas',
      matchCase: true,
    });
    expect(model.state.deck.slides[1]?.notes).toBe('Say the oil thing.');
    expect(parseBody(model.state.deck.slides[1]?.body ?? '').title?.text).toBe('Gas for arms');
  });

  it('never touches attributes or layout comments', () => {
    const model = executeAction(makeModel(), actionReplaceAll, { find: 'p3', replace: 'XX' });
    expect(stringifyDeck(model.state.deck)).toBe(DECK_TEXT);
  });

  it('leaves slides without a match untouched', () => {
    const start = makeModel();
    const model = executeAction(start, actionReplaceAll, { find: 'Opening', replace: 'Start' });
    expect(model.state.deck.slides[1]).toBe(start.state.deck.slides[1]);
    expect(model.state.deck.slides[0]?.dirty).toBe(true);
  });

  it('can be limited to one slide', () => {
    const model = executeAction(makeModel(), actionReplaceAll, {
      find: 'oil',
      replace: 'gas',
      slideId: 's3',
    });
    expect(model.state.deck.slides[1]?.notes).toBe('Say the oil thing.');
    expect(model.state.deck.slides[2]?.body).toContain("Israel's gas");
  });
});

describe('source view', () => {
  it('clean text replaces the deck, keeping ids of unchanged slides', () => {
    const text = DECK_TEXT.replace('## Key figures', '## Key numbers');
    const model = executeAction(makeModel(), actionReplaceSource, { text });
    expect(stringifyDeck(model.state.deck)).toBe(text);
    expect(model.state.deck.slides.map((slide) => slide.id)).toEqual(['s1', 's2', 's3']);
    expect(model.state.selection).toEqual(['s2']);
    expect(model.history.past).toHaveLength(1);
  });

  it('text with an error is kept as a draft with its position and the deck is untouched', () => {
    const start = makeModel();
    const text = DECK_TEXT.replace('theme: briefing', 'theme: [unclosed');
    const model = executeAction(start, actionReplaceSource, { text });
    expect(model.state.deck).toBe(start.state.deck);
    expect(model.state.sourceDraft).toBe(text);
    expect(model.state.sourceErrors[0]?.line).toBeGreaterThan(0);
    expect(model.history.past).toHaveLength(0);
    const fixed = executeAction(model, actionReplaceSource, { text: DECK_TEXT });
    expect(fixed.state.sourceDraft).toBeNull();
    expect(fixed.state.sourceErrors).toEqual([]);
  });

  it('leaving the source view drops a broken draft', () => {
    let model = executeAction(makeModel(), actionSetView, 'source');
    model = executeAction(model, actionReplaceSource, {
      text: DECK_TEXT.replace('theme: briefing', 'theme: [x'),
    });
    model = executeAction(model, actionSetView, 'editor');
    expect(model.state.sourceDraft).toBeNull();
  });
});

describe('adding from the source article', () => {
  it('adds a bullet that keeps its references', () => {
    const model = executeAction(makeModel(), actionAddFromSource, {
      text: '  Baku  sells oil\n to Israel ',
      refs: [
        { paragraph: 4, sentence: 1 },
        { paragraph: 4, sentence: 2 },
      ],
      to: 'bullet',
    });
    expect(model.state.deck.slides[1]?.body).toContain(
      '- Baku sells oil to Israel <!-- .element: data-src="p4.s1 p4.s2" -->',
    );
  });

  it('adds a quote with its paragraph and references to the notes', () => {
    const model = executeAction(makeModel(), actionAddFromSource, {
      text: 'Quote',
      refs: [{ paragraph: 2, sentence: 3 }],
      to: 'notes',
    });
    expect(model.state.deck.slides[1]?.notes).toBe('Say the oil thing.\n\n¶2 "Quote" [p2.s3]');
    expect(notesQuote('Q', [])).toBe('"Q"');
  });
});
