import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../../../electron/shared/shortcuts';
import { actionEditNotes } from '../../../../renderer/src/editor/actions';
import { layoutOfCommand, runEditCommand } from '../../../../renderer/src/editor/commands';
import { executeAction } from '../../../../renderer/src/editor/executeAction';
import { makeModel } from './editorFixture';

const ids = (model: ReturnType<typeof makeModel> | null) => model?.state.deck.slides.map((slide) => slide.id);

describe('editing commands', () => {
  it('undo and redo go through the one history', () => {
    const edited = executeAction(makeModel(), actionEditNotes, { slideId: 's2', notes: 'x' });
    const undone = runEditCommand(edited, 'edit.undo');
    expect(undone?.state.deck.slides[1]?.notes).toBe('Say the oil thing.');
    expect(runEditCommand(undone!, 'edit.redo')?.state.deck.slides[1]?.notes).toBe('x');
  });

  it('moves the selection up and down', () => {
    expect(ids(runEditCommand(makeModel(), 'slide.moveUp'))).toEqual(['s2', 's1', 's3']);
    expect(ids(runEditCommand(makeModel(), 'slide.moveDown'))).toEqual(['s1', 's3', 's2']);
  });

  it('adds, duplicates and deletes slides', () => {
    expect(ids(runEditCommand(makeModel(), 'slide.new'))).toHaveLength(4);
    expect(ids(runEditCommand(makeModel(), 'slide.duplicate'))).toEqual(['s1', 's2', 's4', 's3']);
    expect(ids(runEditCommand(makeModel(), 'slide.delete'))).toEqual(['s1', 's3']);
  });

  it('every layout command sets its layout', () => {
    const layoutCommands = COMMAND_IDS.filter((id) => layoutOfCommand(id) !== null);
    expect(layoutCommands).toHaveLength(9);
    for (const id of layoutCommands) {
      expect(runEditCommand(makeModel(), id)?.state.deck.slides[1]?.layout ?? 'bullets').toBe(
        layoutOfCommand(id),
      );
    }
  });

  it('toggles the source view', () => {
    const source = runEditCommand(makeModel(), 'view.source');
    expect(source?.state.view).toBe('source');
    expect(runEditCommand(source!, 'view.source')?.state.view).toBe('editor');
  });

  it('leaves file and presentation commands to the app', () => {
    expect(runEditCommand(makeModel(), 'file.save')).toBeNull();
    expect(runEditCommand(makeModel(), 'present.fromStart')).toBeNull();
    expect(layoutOfCommand('file.save')).toBeNull();
  });
});
