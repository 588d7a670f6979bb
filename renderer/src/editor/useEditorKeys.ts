/**
 * The editor's keyboard: every chord of the shortcuts table runs its command, wherever the focus is (text fields
 * keep cut, copy, paste and select-all, which the table leaves to the browser). Undo and redo always use the
 * editor's one history, never a text field's own.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { matchShortcut, type CommandId } from '../../../electron/shared/shortcuts';
import { swallowUnderModal } from '../modalKeys';
import { PLATFORM } from './platform';

/** Listens for shortcuts on the window (capture phase, before reveal.js sees the key) and runs them. */
export function useEditorKeys(run: (id: CommandId) => void, enabled = true): void {
  const runRef = useRef(run);
  useLayoutEffect(() => {
    runRef.current = run;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // Under a dialog or an IME composition nothing runs, and app shortcuts are swallowed (see modalKeys).
      if (event.isComposing || document.querySelector('dialog[open]')) {
        if (swallowUnderModal(event, PLATFORM)) event.preventDefault();
        return;
      }
      const id = matchShortcut(event, PLATFORM);
      if (!id) return;
      event.preventDefault();
      event.stopPropagation();
      runRef.current(id);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled]);
}
