import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { CHANNELS, type HostReply } from '../ipc/contract';
import type { HostServices } from '../services/hostServices';
import { isAppUrl } from './appUrl';

/**
 * Is this frame allowed to call the host? Only the main frame (never a sub-frame) of one of our own windows, showing
 * a page of the app's origin.
 */
export function isTrustedSender(
  frame: WebFrameMain | null | undefined,
  windows: readonly BrowserWindow[],
): boolean {
  if (!frame || frame.parent !== null) return false;
  const ours = windows.some((window) => !window.isDestroyed() && window.webContents.mainFrame === frame);
  return ours && isAppUrl(frame.url);
}

function senderFrameOf(event: IpcMainInvokeEvent): WebFrameMain | null {
  try {
    return event.senderFrame;
  } catch {
    // The frame navigated away or was destroyed while the message was in flight.
    return null;
  }
}

/** What main adds around the services for one window (see `deckArrivals.ts`). */
export interface IpcHooks {
  /** Answer a trusted request for this window instead of the services; undefined lets the services answer. */
  answer?(channel: string, sender: WebContents, request: unknown): Promise<HostReply<unknown>> | undefined;
  /** Called once the reply has been handed to Electron (on the next turn of the event loop). */
  answered?(channel: string, sender: WebContents): void;
}

/** Answer one IPC request: check the sender and the argument count, then validate and dispatch it. */
export async function handleInvoke(
  services: Pick<HostServices, 'dispatch'>,
  windows: () => readonly BrowserWindow[],
  channel: string,
  event: IpcMainInvokeEvent,
  args: unknown[],
  hooks: IpcHooks = {},
): Promise<HostReply<unknown>> {
  if (!isTrustedSender(senderFrameOf(event), windows())) {
    return {
      ok: false,
      error: { channel, message: 'refused: the request did not come from a Briefdeck window' },
    };
  }
  if (args.length > 1)
    return { ok: false, error: { channel, message: 'refused: a request is one argument' } };
  const reply = await (hooks.answer?.(channel, event.sender, args[0]) ??
    services.dispatch(channel, args[0]).then((result) => result.reply));
  const { answered } = hooks;
  if (answered) setImmediate(() => answered(channel, event.sender));
  return reply;
}

/** Register one `ipcMain.handle` per contract channel, and nothing else. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: Pick<HostServices, 'dispatch'>,
  windows: () => readonly BrowserWindow[],
  hooks: IpcHooks = {},
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      handleInvoke(services, windows, channel, event, args, hooks),
    );
  }
}
