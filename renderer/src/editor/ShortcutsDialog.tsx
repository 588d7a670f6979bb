/** Lists every command with its shortcut (Help › Keyboard Shortcuts, F1). */
import { useEffect, useRef } from 'react';
import { PRESENT_KEYS, SHORTCUTS } from '../../../electron/shared/shortcuts';
import { shortcutText } from './platform';

const KEY_NAMES: Readonly<Record<string, string>> = {
  ' ': 'Space',
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
};

/** How a `KeyboardEvent.key` reads in the list (letters in capitals, once). */
function keyName(key: string): string {
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** A modal table of shortcuts, plus the keys of in-place editing. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first control (Close, at the bottom), which scrolls the list to its end: open at the
    // top instead, with the focus on the heading.
    headingRef.current?.focus({ preventScroll: true });
    if (dialog) dialog.scrollTop = 0;
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
      <h2 ref={headingRef} tabIndex={-1}>
        Keyboard shortcuts
      </h2>
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
      <h3>While presenting</h3>
      <table data-testid="present-keys">
        <tbody>
          {PRESENT_KEYS.map((row) => (
            <tr key={row.label}>
              <td>{row.label}</td>
              <td>
                {[...new Set(row.keys.map(keyName))].map((key, i) => (
                  <span key={key}>
                    {i > 0 ? ' · ' : ''}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
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
