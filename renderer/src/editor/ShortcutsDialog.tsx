/** Lists every command with its shortcut (Help › Keyboard Shortcuts, F1). */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../../../electron/shared/shortcuts';
import { shortcutText } from './platform';

/** A modal table of shortcuts, plus the keys of in-place editing. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const rows = SHORTCUTS.filter((shortcut) => shortcutText(shortcut.id) !== '');
  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-label="Keyboard shortcuts"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2>Keyboard shortcuts</h2>
      <table>
        <tbody>
          {rows.map((shortcut) => (
            <tr key={shortcut.id}>
              <td>{shortcut.label.replace('…', '')}</td>
              <td>
                <kbd>{shortcutText(shortcut.id)}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>Edit the picked line / title</td>
            <td>
              <kbd>Enter</kbd>
            </td>
          </tr>
          <tr>
            <td>New bullet · indent · outdent</td>
            <td>
              <kbd>Enter</kbd> · <kbd>Tab</kbd> · <kbd>Shift+Tab</kbd>
            </td>
          </tr>
          <tr>
            <td>Merge with the line above</td>
            <td>
              <kbd>Backspace</kbd> at the start
            </td>
          </tr>
          <tr>
            <td>Previous / next line · stop editing</td>
            <td>
              <kbd>Up</kbd> / <kbd>Down</kbd> · <kbd>Esc</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
