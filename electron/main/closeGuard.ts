/**
 * Closing a window whose page has unsaved edits. The editor cancels `beforeunload` then, and Electron cancels the
 * close silently and emits `will-prevent-unload`: without a listener the close button, Quit and logging out
 * would do nothing. Here main asks — Save / Don't Save / Cancel, a native dialog — and acts on the answer:
 * Save goes through the editor's own save (a failure keeps the window), Don't Save closes, Cancel keeps it.
 * A quit stopped by one window resumes once that window is settled, so several dirty windows are asked in turn.
 */
import type { App, BrowserWindow, MessageBoxOptions } from 'electron';
import type { PrepareClose } from '../ipc/contract';

/** The buttons of the question, in order; indices are what the dialog answers. */
export const CLOSE_BUTTONS = ['Save', "Don't Save", 'Cancel'] as const;
const SAVE = 0;
const DONT_SAVE = 1;
const CANCEL = 2;
const TITLE_DECORATION = /^●\s*|\s+—\s+Briefdeck$/g;

/** What {@link createCloseGuard} needs from main. */
export interface CloseGuardDeps {
  app: Pick<App, 'on' | 'quit'>;
  /** `dialog.showMessageBox`, attached to the window. */
  showMessageBox(window: BrowserWindow, options: MessageBoxOptions): Promise<{ response: number }>;
  /** Ask the page to save or to discard (`WindowBridge.prepareClose`); true when the window may close. */
  prepareClose(window: BrowserWindow, action: PrepareClose['action']): Promise<boolean>;
}

/** The document's name as the editor puts it in the window title (`● name — Briefdeck`). */
export function documentName(title: string): string {
  return title.replace(TITLE_DECORATION, '').trim() || 'this deck';
}

/** The native question for a window about to close with unsaved edits. */
export function closeQuestion(title: string): MessageBoxOptions {
  return {
    type: 'warning',
    title: 'Unsaved changes',
    message: `Do you want to save the changes you made to “${documentName(title)}”?`,
    detail: "Your changes will be lost if you don't save them.",
    buttons: [...CLOSE_BUTTONS],
    defaultId: SAVE,
    cancelId: CANCEL,
    noLink: true,
  };
}

/** Returns `guard(window)`, which makes closing that window ask about unsaved edits. */
export function createCloseGuard(deps: CloseGuardDeps): (window: BrowserWindow) => void {
  let quitting = false;
  deps.app.on('before-quit', () => {
    quitting = true;
  });

  return function guard(window) {
    let deciding = false;
    let release = false;

    async function decide(resumeQuit: boolean): Promise<void> {
      const { response } = await deps.showMessageBox(window, closeQuestion(window.getTitle()));
      if (window.isDestroyed() || (response !== SAVE && response !== DONT_SAVE)) return;
      const ready = await deps.prepareClose(window, response === SAVE ? 'save' : 'discard');
      if (!ready || window.isDestroyed()) return;
      release = true;
      if (resumeQuit) deps.app.quit();
      else window.close();
    }

    window.webContents.on('will-prevent-unload', (event: Electron.Event) => {
      // Already answered: preventing the default ignores the page's beforeunload and the close goes on.
      if (release) {
        event.preventDefault();
        return;
      }
      if (deciding) return;
      deciding = true;
      // The quit (if any) stopped at this window; it resumes only once the user has settled it.
      const resumeQuit = quitting;
      quitting = false;
      void decide(resumeQuit).finally(() => {
        deciding = false;
      });
    });
  };
}
