/**
 * Shortcuts while a modal dialog is open or an input method is composing: they must not act on the deck behind
 * the dialog, so the editor does not run them, and it swallows them (preventDefault) so that Electron's menu
 * accelerators — which fire for keys the page leaves unhandled — and the browser's own (Ctrl+S saves the page,
 * F5 reloads it) stay out too. Undo and redo typed in a text field keep the field's own undo.
 */
import { matchShortcut, type CommandId, type Platform } from '../../electron/shared/shortcuts';

const FIELD_HISTORY: ReadonlySet<CommandId> = new Set(['edit.undo', 'edit.redo']);
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number', '']);

/** True when the event's target edits text itself (a text input, a textarea, a contenteditable element). */
export function isTextField(target: EventTarget | null): boolean {
  const element = target as (HTMLElement & { type?: string }) | null;
  if (!element || typeof element.tagName !== 'string') return false;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA') return true;
  return element.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((element.type ?? '').toLowerCase());
}

/** Is this key event, pressed under a modal or while composing, an app shortcut to swallow? */
export function swallowUnderModal(event: KeyboardEvent, platform: Platform): boolean {
  const id = matchShortcut(event, platform);
  if (!id) return false;
  return !(FIELD_HISTORY.has(id) && isTextField(event.target));
}
