/**
 * Notices when the open file is changed or removed by another program: each time the window gets focus, the
 * file's hash is compared with the one it had when opened or saved. The user then chooses to reload, keep their
 * version (a later save still asks before overwriting) or save elsewhere. Nothing is ever overwritten silently.
 */
import { useEffect, useRef } from 'react';
import { invoke } from '../host';
import type { Choice } from './ChoiceDialog';
import { isModified, type DocumentInfo } from './documentInfo';
import type { EditorStore } from './store';
import type { DocumentState } from './useDocument';

type Ask = <T extends string>(title: string, message: string, choices: Choice<T>[]) => Promise<T | null>;
type Answer = 'reload' | 'keep' | 'saveAs';

function choicesFor(modified: boolean, gone: boolean): Choice<Answer>[] {
  if (gone) {
    return [
      { value: 'saveAs', label: 'Save As…', primary: true },
      { value: 'keep', label: 'Keep editing' },
    ];
  }
  return [
    {
      value: 'reload',
      label: modified ? 'Reload from disk (drop my edits)' : 'Reload from disk',
      primary: !modified,
    },
    { value: 'keep', label: modified ? 'Keep my version' : 'Keep this version' },
    { value: 'saveAs', label: 'Save As…', primary: modified },
  ];
}

/** Watches the file behind `doc` while the editor shows it. */
export function useDiskWatch(
  doc: DocumentInfo | null,
  files: DocumentState,
  store: EditorStore,
  ask: Ask,
): void {
  // The disk version the user has already been asked about, so one change is asked about once.
  const answered = useRef<string | null>(null);

  useEffect(() => {
    const path = doc?.path;
    if (!doc || !path || doc.bundled || !doc.hash) return;
    let busy = false;
    // Focus that comes back while a check is still reading the disk asks for one more check after it: the file
    // may have changed in between, and that change must not wait for the next time the window gets focus.
    let again = false;
    const check = async (): Promise<void> => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        const { hash } = await invoke('deck:stat', { path });
        const seen = hash ?? 'missing';
        if (hash === doc.hash || answered.current === seen) return;
        answered.current = seen;
        const gone = hash === null;
        const choice = await ask(
          gone ? 'The file is gone from disk' : 'The file changed on disk',
          gone
            ? `${path} was moved or deleted by another program. Your deck is still here.`
            : `${path} was changed by another program since you opened it.`,
          choicesFor(isModified(doc, store.getModel().state.deck), gone),
        );
        if (choice === 'reload') await files.open(path, true);
        else if (choice === 'saveAs') await files.saveAs();
      } catch {
        // A failed check is not worth interrupting the user: the save itself checks the hash again.
      } finally {
        busy = false;
        if (again) {
          again = false;
          void check();
        }
      }
    };
    window.addEventListener('focus', check);
    return () => window.removeEventListener('focus', check);
  }, [doc, files, store, ask]);
}
