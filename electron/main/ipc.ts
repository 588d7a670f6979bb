import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
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

/** Answer one IPC request: check the sender and the argument count, then validate and dispatch it. */
export async function handleInvoke(
  services: Pick<HostServices, 'dispatch'>,
  windows: () => readonly BrowserWindow[],
  channel: string,
  event: IpcMainInvokeEvent,
  args: unknown[],
): Promise<HostReply<unknown>> {
  if (!isTrustedSender(senderFrameOf(event), windows())) {
    return {
      ok: false,
      error: { channel, message: 'refused: the request did not come from a Briefdeck window' },
    };
  }
  if (args.length > 1)
    return { ok: false, error: { channel, message: 'refused: a request is one argument' } };
  return (await services.dispatch(channel, args[0])).reply;
}

/** Register one `ipcMain.handle` per contract channel, and nothing else. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: Pick<HostServices, 'dispatch'>,
  windows: () => readonly BrowserWindow[],
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      handleInvoke(services, windows, channel, event, args),
    );
  }
}
