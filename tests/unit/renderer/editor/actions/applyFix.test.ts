import { describe, expect, it } from 'vitest';
import { actionApplyFix } from '../../../../../renderer/src/editor/actions/actionApplyFix';
import { canUndo, executeAction, undo } from '../../../../../renderer/src/editor/executeAction';
import { checkEditorDeck } from '../../../../../renderer/src/editor/check/useCheck';
import { stringifyDeck } from '../../../../../slides/index';
import { DECK_TEXT, makeModel } from '../editorFixture';

const DUPLICATED = DECK_TEXT.replace(
  '- Israel supplies arms <!-- .element: data-src="p3.s4" -->',
  '- Israel supplies arms <!-- .element: data-src="p3.s4" -->\n- Azerbaijan supplies oil',
);

describe('actionApplyFix', () => {
  it('applies a finding’s fix as one undo step, and undo restores the file exactly', () => {
    const model = makeModel(DUPLICATED);
    const [finding] = checkEditorDeck(model.state.deck, null).filter((f) => f.code === 'duplicate-bullet');
    expect(finding).toMatchObject({ slideId: 's2', slide: 1, element: { kind: 'item', index: 2 } });
    const fixed = executeAction(model, actionApplyFix, { slideId: finding!.slideId, fix: finding!.fix! });
    expect(checkEditorDeck(fixed.state.deck, null).some((f) => f.code === 'duplicate-bullet')).toBe(false);
    expect(fixed.state.current).toBe('s2');
    expect(canUndo(fixed)).toBe(true);
    const back = undo(fixed);
    expect(stringifyDeck(back.state.deck)).toBe(DUPLICATED);
    expect(canUndo(back)).toBe(false);
  });

  it('changes nothing (and records nothing) when the fix no longer applies', () => {
    const model = makeModel(DECK_TEXT);
    const next = executeAction(model, actionApplyFix, {
      slideId: 's2',
      fix: { label: 'Drop', kind: 'drop-item', index: 9 },
    });
    expect(next.state.deck).toBe(model.state.deck);
    expect(canUndo(next)).toBe(false);
  });
});
