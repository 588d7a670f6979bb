/**
 * Decks opened from the OS (file manager, second instance, Open Recent) and the editor's start-up deck must not
 * race. A page asks for its start-up deck once (`deck:initial`); a deck opened from the OS reaches a running page
 * as a `deck:opened` event. For a page that has not been answered yet (a window just opened for the file, or one
 * still starting), the opened file *becomes* its start-up deck; one that arrives while the start-up answer is on
 * its way is sent right after it. Either way the opened file wins.
 */
import type { BrowserWindow, WebContents } from 'electron';
import type { HostReply } from '../ipc/contract';
import type { HostServices } from '../services/hostServices';
import type { IpcHooks } from './ipc';

/** What {@link createDeckArrivals} returns: `open` for main, `hooks` for `registerIpc`. */
export interface DeckArrivals {
  /** Open a deck from the OS in this editor window. */
  open(window: BrowserWindow, path: string): void;
  hooks: Required<IpcHooks>;
}

/**
 * `sendOpened` delivers `deck:opened` to a running page (`sendWhenLoaded`); `services` answer the start-up deck
 * with the opened file (`deck:open`, which also records it in the recent files).
 */
export function createDeckArrivals(
  services: Pick<HostServices, 'dispatch'>,
  sendOpened: (window: BrowserWindow, path: string) => void,
): DeckArrivals {
  const started = new WeakSet<WebContents>();
  const waiting = new WeakMap<WebContents, { window: BrowserWindow; path: string }>();

  async function initialFor(pending: { window: BrowserWindow; path: string }): Promise<HostReply<unknown>> {
    const opened = await services.dispatch('deck:open', { path: pending.path });
    if (opened.reply.ok && opened.reply.value) return opened.reply;
    // The file cannot be opened: start as usual, then open it as a running page would, which shows why.
    const contents = pending.window.webContents;
    if (!waiting.has(contents)) waiting.set(contents, pending);
    return (await services.dispatch('deck:initial', {})).reply;
  }

  return {
    open(window, path) {
      if (started.has(window.webContents)) sendOpened(window, path);
      // The last file asked for wins, as it would in a running window.
      else waiting.set(window.webContents, { window, path });
    },
    hooks: {
      answer(channel, sender) {
        if (channel !== 'deck:initial') return undefined;
        const pending = waiting.get(sender);
        if (!pending) return undefined;
        waiting.delete(sender);
        return initialFor(pending);
      },
      answered(channel, sender) {
        if (channel !== 'deck:initial') return;
        started.add(sender);
        const pending = waiting.get(sender);
        if (!pending) return;
        waiting.delete(sender);
        sendOpened(pending.window, pending.path);
      },
    },
  };
}
