import { describe, expect, it } from 'vitest';
import { actionEditNotes, actionEditTitle, actionSetFocus } from '../../../../renderer/src/editor/actions';
import { canRedo, canUndo, executeAction, redo, undo } from '../../../../renderer/src/editor/executeAction';
import { createHistory, recordStep } from '../../../../renderer/src/editor/history';
import { snapshotOf } from '../../../../renderer/src/editor/state';
import { stringifyDeck } from '../../../../slides/index';
import { DECK_TEXT, makeModel } from './editorFixture';

describe('history', () => {
  it('undo restores the deck before an edit and redo reapplies it', () => {
    const start = makeModel();
    const edited = executeAction(start, actionEditNotes, { slideId: 's2', notes: 'New notes' });
    expect(edited.state.deck.slides[1]?.notes).toBe('New notes');
    const undone = undo(edited);
    expect(undone.state.deck).toBe(start.state.deck);
    expect(stringifyDeck(undone.state.deck)).toBe(DECK_TEXT);
    const redone = redo(undone);
    expect(redone.state.deck).toBe(edited.state.deck);
  });

  it('coalesces consecutive typing in one field into one step', () => {
    let model = makeModel();
    for (const text of ['O', 'Oi', 'Oil', 'Oil!'])
      model = executeAction(model, actionEditTitle, { slideId: 's2', text });
    expect(model.history.past).toHaveLength(1);
    expect(undo(model).state.deck.slides[1]?.body).toContain('## Oil for arms');
  });

  it('starts a new step when typing moves to another field', () => {
    let model = makeModel();
    model = executeAction(model, actionEditTitle, { slideId: 's2', text: 'A' });
    model = executeAction(model, actionEditNotes, { slideId: 's2', notes: 'B' });
    model = executeAction(model, actionEditTitle, { slideId: 's2', text: 'AC' });
    expect(model.history.past).toHaveLength(3);
  });

  it('starts a new step after focus moves away and back to the same field', () => {
    let model = makeModel();
    model = executeAction(model, actionEditTitle, { slideId: 's2', text: 'A' });
    model = executeAction(model, actionSetFocus, { slideId: 's1', field: { kind: 'title' } });
    model = executeAction(model, actionEditTitle, { slideId: 's2', text: 'AB' });
    expect(model.history.past).toHaveLength(2);
  });

  it('keeps at least 500 steps', () => {
    let model = makeModel();
    for (let i = 0; i < 600; i += 1) {
      model = executeAction(model, actionEditNotes, { slideId: i % 2 ? 's1' : 's2', notes: `n${i}` });
    }
    let steps = 0;
    while (canUndo(model)) {
      model = undo(model);
      steps += 1;
    }
    expect(steps).toBe(600);
    expect(stringifyDeck(model.state.deck)).toBe(DECK_TEXT);
  });

  it('drops the oldest step past the limit', () => {
    let history = createHistory(3);
    const snap = snapshotOf(makeModel().state);
    for (let i = 0; i < 5; i += 1) history = recordStep(history, { ...snap, current: `s${i}` });
    expect(history.past.map((s) => s.current)).toEqual(['s2', 's3', 's4']);
  });

  it('a new edit after undo clears the redo stack', () => {
    let model = executeAction(makeModel(), actionEditNotes, { slideId: 's2', notes: 'one' });
    model = undo(model);
    expect(canRedo(model)).toBe(true);
    model = executeAction(model, actionEditNotes, { slideId: 's2', notes: 'two' });
    expect(canRedo(model)).toBe(false);
  });

  it('undo and redo with nothing to do return the same model', () => {
    const model = makeModel();
    expect(undo(model)).toBe(model);
    expect(redo(model)).toBe(model);
  });

  it('an edit that changes nothing records no step', () => {
    const model = makeModel();
    const same = executeAction(model, actionEditNotes, { slideId: 's2', notes: 'Say the oil thing.' });
    expect(same.history.past).toHaveLength(model.history.past.length);
  });

  it('undo restores the selection of the step', () => {
    let model = makeModel();
    model = executeAction(model, actionSetFocus, { slideId: 's3', field: { kind: 'title' } });
    model = executeAction(model, actionEditTitle, { slideId: 's3', text: 'Changed' });
    model = executeAction(model, actionSetFocus, { slideId: 's1', field: { kind: 'title' } });
    model = undo(model);
    expect(model.state.current).toBe('s3');
  });
});
