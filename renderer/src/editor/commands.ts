/**
 * What each command id of the shortcuts table does in the editor. Editing commands map to a model update here
 * (pure, tested without React); file, view and presentation commands are left to the app (`null`).
 */
import type { CommandId } from '../../../electron/shared/shortcuts';
import { LAYOUTS, type Layout } from '../../../slides/model';
import {
  actionAddSlide,
  actionDeleteSlides,
  actionDuplicateSlides,
  actionMoveSlides,
  actionSetLayout,
  actionSetView,
  moveSelectionBy,
} from './actions';
import { executeAction, redo, undo, type EditorModel } from './executeAction';

const LAYOUT_PREFIX = 'slide.layout.';

/** The layout a `slide.layout.*` command sets, if it is one. */
export function layoutOfCommand(id: CommandId): Layout | null {
  if (!id.startsWith(LAYOUT_PREFIX)) return null;
  const layout = id.slice(LAYOUT_PREFIX.length);
  return (LAYOUTS as readonly string[]).includes(layout) ? (layout as Layout) : null;
}

/** Runs an editing command on the model; null when the command is not an editing command. */
export function runEditCommand(model: EditorModel, id: CommandId): EditorModel | null {
  const layout = layoutOfCommand(id);
  if (layout) return executeAction(model, actionSetLayout, { layout });
  switch (id) {
    case 'edit.undo':
      return undo(model);
    case 'edit.redo':
      return redo(model);
    case 'slide.new':
      return executeAction(model, actionAddSlide, undefined);
    case 'slide.duplicate':
      return executeAction(model, actionDuplicateSlides, undefined);
    case 'slide.delete':
      return executeAction(model, actionDeleteSlides, undefined);
    case 'slide.moveUp':
      return executeAction(model, actionMoveSlides, moveSelectionBy(model.state, -1));
    case 'slide.moveDown':
      return executeAction(model, actionMoveSlides, moveSelectionBy(model.state, 1));
    case 'view.editor':
      return executeAction(model, actionSetView, 'editor');
    case 'view.source':
      return executeAction(model, actionSetView, model.state.view === 'source' ? 'editor' : 'source');
    default:
      return null;
  }
}
