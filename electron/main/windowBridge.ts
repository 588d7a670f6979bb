/**
 * Main's side of the window messages of the contract (`WindowMessages`): which windows have a modal dialog open
 * or an input method composing (menu commands then stay out of them), and the prepare-close round trip, in which
 * main asks an editor to save (or to drop its recovery journal) before its window closes.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserWindow, IpcMain, IpcMainEvent, WebContents, WebFrameMain } from 'electron';
import { WINDOW_MESSAGES, type PrepareClose, type WindowMessage, type WindowMessages } from '../ipc/contract';
import { windowMessageSchemas } from '../ipc/schemas';
import { isTrustedSender } from './ipc';
import { sendWhenLoaded } from './window';

/** What {@link createWindowBridge} returns. */
export interface WindowBridge {
  /** True while the window reports a modal dialog open or text being composed. */
  isBusy(window: BrowserWindow): boolean;
  /**
   * Ask the window's page to get ready to close: `save` resolves true once saved (false when the save failed, was
   * cancelled, or the window went away); `discard` resolves true once the page dropped its journal (or after
   * {@link WindowBridgeOptions.discardTimeoutMs}, so a hung page never keeps a window open).
   */
  prepareClose(window: BrowserWindow, action: PrepareClose['action']): Promise<boolean>;
}

/** Options for {@link createWindowBridge}. */
export interface WindowBridgeOptions {
  /** How long Don't Save waits for the page before closing anyway; default 5,000 ms. */
  discardTimeoutMs?: number;
}

interface PendingClose {
  contents: WebContents;
  finish(ok: boolean): void;
}

function senderFrameOf(event: IpcMainEvent): WebFrameMain | null {
  try {
    return event.senderFrame;
  } catch {
    return null;
  }
}

/** Listen to the window messages (sender checked, payload validated) and answer for the windows. */
export function createWindowBridge(
  ipcMain: Pick<IpcMain, 'on'>,
  windows: () => readonly BrowserWindow[],
  options: WindowBridgeOptions = {},
): WindowBridge {
  const discardTimeoutMs = options.discardTimeoutMs ?? 5_000;
  const states = new WeakMap<WebContents, WindowMessages['window:state']>();
  const pending = new Map<string, PendingClose>();

  function receive<M extends WindowMessage>(message: M, event: IpcMainEvent, payload: unknown): void {
    if (!isTrustedSender(senderFrameOf(event), windows())) return;
    const parsed = windowMessageSchemas[message].safeParse(payload);
    if (!parsed.success) return;
    if (message === 'window:state') {
      states.set(event.sender, parsed.data as WindowMessages['window:state']);
      return;
    }
    const { id, ok } = parsed.data as WindowMessages['window:closeReady'];
    const waiting = pending.get(id);
    // Only the window that was asked may answer.
    if (waiting && waiting.contents === event.sender) waiting.finish(ok);
  }

  for (const message of WINDOW_MESSAGES) {
    ipcMain.on(message, (event, payload: unknown) => receive(message, event, payload));
  }

  return {
    isBusy(window) {
      if (window.isDestroyed()) return false;
      const state = states.get(window.webContents);
      return Boolean(state && (state.modal || state.composing));
    },
    prepareClose(window, action) {
      return new Promise<boolean>((resolve) => {
        if (window.isDestroyed()) return resolve(false);
        const id = randomUUID();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const finish = (ok: boolean) => {
          if (!pending.delete(id)) return;
          if (timer) clearTimeout(timer);
          resolve(ok);
        };
        pending.set(id, { contents: window.webContents, finish });
        // A page that is gone cannot save; one asked to discard has nothing left to lose.
        window.once('closed', () => finish(action === 'discard'));
        window.webContents.once('render-process-gone', () => finish(action === 'discard'));
        if (action === 'discard') timer = setTimeout(() => finish(true), discardTimeoutMs);
        const request: PrepareClose = { id, action };
        sendWhenLoaded(window, 'window:prepareClose', request);
      });
    },
  };
}
