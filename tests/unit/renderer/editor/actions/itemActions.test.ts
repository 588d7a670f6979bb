import { describe, expect, it } from 'vitest';
import {
  actionAddItem,
  actionDeleteItem,
  actionEditItem,
  actionEditTitle,
  actionIndentItem,
  actionMergeItem,
  actionOutdentItem,
  actionSetFocus,
} from '../../../../../renderer/src/editor/actions';
import { executeAction } from '../../../../../renderer/src/editor/executeAction';
import { parseBody, stringifyDeck } from '../../../../../slides/index';
import { DECK_TEXT, makeModel } from '../editorFixture';

const body = (model: ReturnType<typeof makeModel>, index = 1) => model.state.deck.slides[index]?.body ?? '';
const items = (model: ReturnType<typeof makeModel>, index = 1) => parseBody(body(model, index)).items;

describe('title and bullet text', () => {
  it('edits a title and re-serialises only that slide', () => {
    const model = executeAction(makeModel(), actionEditTitle, { slideId: 's2', text: 'Oil buys arms' });
    expect(body(model)).toContain('## Oil buys arms\n');
    const text = stringifyDeck(model.state.deck);
    expect(text).toBe(DECK_TEXT.replace('## Oil for arms', '## Oil buys arms'));
  });

  it('adds a title heading to a slide without one, at the layout level', () => {
    const model = makeModel(DECK_TEXT.replace('## Key figures\n\n', ''));
    const next = executeAction(model, actionEditTitle, { slideId: 's3', text: 'Numbers' });
    expect(body(next, 2).startsWith('## Numbers\n')).toBe(true);
  });

  it('edits a bullet and keeps its source reference', () => {
    const model = executeAction(makeModel(), actionEditItem, {
      slideId: 's2',
      index: 0,
      text: 'Baku sells oil',
    });
    expect(body(model)).toContain('- Baku sells oil <!-- .element: data-src="p3.s2" -->');
  });

  it('ignores an edit of a bullet that does not exist', () => {
    const start = makeModel();
    expect(executeAction(start, actionEditItem, { slideId: 's2', index: 9, text: 'x' })).toBe(start);
    expect(executeAction(start, actionEditItem, { slideId: 'nope', index: 0, text: 'x' })).toBe(start);
  });
});

describe('adding, splitting and merging bullets', () => {
  it('Enter at the caret splits a bullet and focuses the new one', () => {
    const model = executeAction(makeModel(), actionAddItem, { slideId: 's2', after: 0, caret: 10 });
    expect(items(model).map((item) => item.text)).toEqual([
      'Azerbaijan',
      'supplies oil',
      'Israel supplies arms',
      'SIPRI figure',
    ]);
    expect(items(model)[1]?.attrs).toEqual({});
    expect(model.state.focus).toEqual({ slideId: 's2', field: { kind: 'item', index: 1 }, caret: 0 });
  });

  it('Enter at the end adds an empty bullet at the same level', () => {
    const model = executeAction(makeModel(), actionAddItem, { slideId: 's2', after: 2, caret: 12 });
    expect(items(model)[3]).toEqual({ text: '', level: 1, attrs: {} });
  });

  it('Enter in the title adds a first bullet', () => {
    const model = executeAction(makeModel(), actionAddItem, { slideId: 's2', after: -1 });
    expect(items(model)[0]?.text).toBe('');
    expect(items(model)).toHaveLength(4);
  });

  it('a space typed at the end of a linked bullet keeps it a bullet (the caret never jumps to the next one)', () => {
    const before = items(makeModel());
    const linked = before.findIndex((item) => item.attrs['data-src']);
    const text = `${before[linked]?.text ?? ''} `;
    const model = executeAction(makeModel(), actionEditItem, { slideId: 's2', index: linked, text });
    expect(items(model).map((item) => item.text)).toEqual(
      before.map((item, i) => (i === linked ? text : item.text)),
    );
    expect(items(model)[linked]?.attrs).toEqual(before[linked]?.attrs);
  });

  it('an empty bullet left by moving the focus away is removed, never kept', () => {
    const added = executeAction(makeModel(), actionAddItem, { slideId: 's2', after: -1 });
    const left = executeAction(added, actionSetFocus, null);
    expect(stringifyDeck(left.state.deck)).toBe(DECK_TEXT);
    // Moving to a later bullet of the same slide keeps pointing at that bullet.
    const moved = executeAction(added, actionSetFocus, { slideId: 's2', field: { kind: 'item', index: 2 } });
    expect(stringifyDeck(moved.state.deck)).toBe(DECK_TEXT);
    expect(moved.state.focus?.field).toEqual({ kind: 'item', index: 1 });
    // A bullet with text stays.
    const typed = executeAction(added, actionEditItem, { slideId: 's2', index: 0, text: 'Kept' });
    expect(items(executeAction(typed, actionSetFocus, null))[0]?.text).toBe('Kept');
  });

  it('adds a first bullet to a slide with none, after one blank line', () => {
    const model = executeAction(makeModel(), actionAddItem, { slideId: 's1', text: 'First point' });
    expect(body(model, 0)).toBe('# Opening title\n\n### Subtitle\n\n- First point');
  });

  it('Backspace at the start merges a bullet into the one before, joining references', () => {
    const model = executeAction(makeModel(), actionMergeItem, { slideId: 's2', index: 1 });
    expect(items(model)[0]).toMatchObject({
      text: 'Azerbaijan supplies oil Israel supplies arms',
      attrs: { 'data-src': 'p3.s2 p3.s4' },
    });
    expect(model.state.focus).toEqual({
      slideId: 's2',
      field: { kind: 'item', index: 0 },
      caret: 'Azerbaijan supplies oil'.length,
    });
  });

  it('Backspace at the start of the first bullet merges it into the title', () => {
    const model = executeAction(makeModel(), actionMergeItem, { slideId: 's2', index: 0 });
    expect(parseBody(body(model)).title?.text).toBe('Oil for arms Azerbaijan supplies oil');
    expect(items(model)).toHaveLength(2);
  });

  it('deletes a bullet and lifts the bullets nested under it', () => {
    const model = executeAction(makeModel(), actionDeleteItem, { slideId: 's2', index: 1 });
    expect(items(model).map((item) => [item.text, item.level])).toEqual([
      ['Azerbaijan supplies oil', 0],
      ['SIPRI figure', 0],
    ]);
  });
});

describe('indent and outdent', () => {
  it('Tab nests a bullet under the one before', () => {
    const model = executeAction(makeModel(), actionIndentItem, { slideId: 's2', index: 1 });
    expect(items(model)[1]?.level).toBe(1);
    expect(body(model)).toContain('\n  - Israel supplies arms');
  });

  it('Tab does nothing on the first bullet or past one level below the previous', () => {
    const start = makeModel();
    expect(executeAction(start, actionIndentItem, { slideId: 's2', index: 0 }).state.deck).toBe(
      start.state.deck,
    );
    expect(executeAction(start, actionIndentItem, { slideId: 's2', index: 2 }).state.deck).toBe(
      start.state.deck,
    );
  });

  it('Shift+Tab lifts a bullet and the bullets under it', () => {
    let model = executeAction(makeModel(), actionIndentItem, { slideId: 's2', index: 1 });
    model = executeAction(model, actionOutdentItem, { slideId: 's2', index: 1 });
    expect(items(model).map((item) => item.level)).toEqual([0, 0, 1]);
    model = executeAction(model, actionOutdentItem, { slideId: 's2', index: 2 });
    expect(items(model).map((item) => item.level)).toEqual([0, 0, 0]);
  });

  it('Shift+Tab on a top-level bullet changes nothing', () => {
    const start = makeModel();
    expect(executeAction(start, actionOutdentItem, { slideId: 's2', index: 0 })).toBe(start);
  });
});
