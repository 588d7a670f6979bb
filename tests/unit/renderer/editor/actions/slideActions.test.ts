import { describe, expect, it } from 'vitest';
import {
  actionAddSlide,
  actionDeleteSlides,
  actionDuplicateSlides,
  actionMoveSlides,
  actionSelectAllSlides,
  actionSelectSlides,
  actionSetLayout,
  dropIndex,
  moveBlock,
} from '../../../../../renderer/src/editor/actions';
import { executeAction, undo } from '../../../../../renderer/src/editor/executeAction';
import { parseDeck, stringifyDeck } from '../../../../../slides/index';
import { DECK_TEXT, makeModel } from '../editorFixture';

const ids = (model: ReturnType<typeof makeModel>) => model.state.deck.slides.map((slide) => slide.id);

describe('selection', () => {
  it('a click selects one slide, Shift extends a range, Ctrl toggles', () => {
    let model = executeAction(makeModel(), actionSelectSlides, { id: 's1' });
    expect(model.state.selection).toEqual(['s1']);
    model = executeAction(model, actionSelectSlides, { id: 's3', mode: 'range' });
    expect(model.state.selection).toEqual(['s1', 's2', 's3']);
    model = executeAction(model, actionSelectSlides, { id: 's2', mode: 'toggle' });
    expect(model.state.selection).toEqual(['s1', 's3']);
    model = executeAction(model, actionSelectSlides, { id: 's2', mode: 'toggle' });
    expect(model.state.selection).toEqual(['s1', 's2', 's3']);
    expect(model.state.current).toBe('s2');
  });

  it('toggling off the last selected slide keeps it selected', () => {
    const model = executeAction(makeModel(), actionSelectSlides, { id: 's2', mode: 'toggle' });
    expect(model.state.selection).toEqual(['s2']);
  });

  it('selection changes are not undo steps', () => {
    const model = executeAction(makeModel(), actionSelectAllSlides, undefined);
    expect(model.state.selection).toEqual(['s1', 's2', 's3']);
    expect(model.history.past).toHaveLength(0);
  });
});

describe('adding, duplicating and deleting slides', () => {
  it('adds a slide after the current one, selects it and focuses its title', () => {
    const model = executeAction(makeModel(), actionAddSlide, undefined);
    expect(ids(model)).toEqual(['s1', 's2', 's4', 's3']);
    expect(model.state.current).toBe('s4');
    expect(model.state.deck.slides[2]?.body).toBe('## '); // an empty title: the stage shows a placeholder, never saved
    expect(model.state.focus?.field).toEqual({ kind: 'title' });
    expect(parseDeck(stringifyDeck(model.state.deck)).deck.slides).toHaveLength(4);
  });

  it('adds a section slide with a top-level heading', () => {
    const model = executeAction(makeModel(), actionAddSlide, { layout: 'section' });
    expect(model.state.deck.slides[2]).toMatchObject({ layout: 'section', body: '# ' });
  });

  it('duplicates every selected slide right after its original and selects the copies', () => {
    let model = executeAction(makeModel(), actionSelectSlides, { id: 's1' });
    model = executeAction(model, actionSelectSlides, { id: 's3', mode: 'toggle' });
    model = executeAction(model, actionDuplicateSlides, undefined);
    expect(model.state.deck.slides.map((slide) => slide.raw.split('\n')[1])).toEqual([
      '# Opening title',
      '# Opening title',
      '## Oil for arms',
      '## Key figures',
      '## Key figures',
    ]);
    expect(model.state.selection).toHaveLength(2);
    expect(model.state.selection).not.toContain('s1');
  });

  it('deletes the selected slides and selects the next one; undo brings them back byte for byte', () => {
    let model = executeAction(makeModel(), actionSelectSlides, { id: 's1' });
    model = executeAction(model, actionSelectSlides, { id: 's2', mode: 'range' });
    model = executeAction(model, actionDeleteSlides, undefined);
    expect(ids(model)).toEqual(['s3']);
    expect(model.state.selection).toEqual(['s3']);
    expect(stringifyDeck(undo(model).state.deck)).toBe(DECK_TEXT);
  });

  it('deleting every slide leaves an empty selection', () => {
    let model = executeAction(makeModel(), actionSelectAllSlides, undefined);
    model = executeAction(model, actionDeleteSlides, undefined);
    expect(model.state.deck.slides).toHaveLength(0);
    expect(model.state.current).toBeNull();
  });
});

describe('moving slides', () => {
  it('moves one slide to a new index keeping every slide byte for byte', () => {
    const model = executeAction(makeModel(), actionMoveSlides, { ids: ['s3'], to: 0 });
    expect(ids(model)).toEqual(['s3', 's1', 's2']);
    const text = stringifyDeck(model.state.deck);
    for (const slide of makeModel().state.deck.slides) expect(text).toContain(slide.raw);
  });

  it('moves a multi-selection as one block', () => {
    const { deck } = makeModel(DECK_TEXT + '\n---\n\n## Four\n\n---\n\n## Five\n').state;
    expect(moveBlock(deck, ['s1', 's3'], 2).slides.map((slide) => slide.id)).toEqual([
      's2',
      's4',
      's1',
      's3',
      's5',
    ]);
    expect(moveBlock(deck, ['s4', 's5'], 0).slides.map((slide) => slide.id)).toEqual([
      's4',
      's5',
      's1',
      's2',
      's3',
    ]);
    expect(moveBlock(deck, ['s1'], 99).slides.map((slide) => slide.id)).toEqual([
      's2',
      's3',
      's4',
      's5',
      's1',
    ]);
  });

  it('moving to where the slides already are is no step', () => {
    const start = makeModel();
    expect(executeAction(start, actionMoveSlides, { to: 1 })).toBe(start);
  });

  it('moves the selection by default', () => {
    const model = executeAction(makeModel(), actionMoveSlides, { to: 2 });
    expect(ids(model)).toEqual(['s1', 's3', 's2']);
  });
});

describe('layouts', () => {
  it('sets the layout of the selection and keeps the body', () => {
    let model = executeAction(makeModel(), actionSelectAllSlides, undefined);
    const before = model.state.deck.slides.map((slide) => slide.body);
    model = executeAction(model, actionSetLayout, { layout: 'two-column' });
    expect(model.state.deck.slides.map((slide) => slide.layout)).toEqual([
      'two-column',
      'two-column',
      'two-column',
    ]);
    expect(model.state.deck.slides.map((slide) => slide.body)).toEqual(before);
    expect(stringifyDeck(model.state.deck)).toContain(
      '<!-- .slide: data-layout="two-column" -->\n## Oil for arms',
    );
  });

  it('leaves slides that already have the layout untouched', () => {
    const model = executeAction(makeModel(), actionSetLayout, { layout: 'bullets' });
    expect(model.history.past).toHaveLength(0);
  });
});

describe('drop position of a dragged block', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('dropping one slide on a later one puts it after that one, on an earlier one before it', () => {
    expect(dropIndex(order, ['b'], 'b', 'd')).toBe(3);
    expect(dropIndex(order, ['d'], 'd', 'a')).toBe(0);
  });

  it('a block lands around the slide it was dropped on', () => {
    const moved = (to: number) => {
      const rest = order.filter((id) => id !== 'a' && id !== 'b');
      return [...rest.slice(0, to), 'a', 'b', ...rest.slice(to)];
    };
    expect(moved(dropIndex(order, ['a', 'b'], 'a', 'd'))).toEqual(['c', 'd', 'a', 'b', 'e']);
    expect(moved(dropIndex(order, ['a', 'b'], 'b', 'e'))).toEqual(['c', 'd', 'e', 'a', 'b']);
  });
});
