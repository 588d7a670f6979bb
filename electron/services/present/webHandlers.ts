/**
 * The presentation channels as the web host answers them. A browser opens the presentation windows itself
 * (`window.open`) and syncs them over BroadcastChannel, so the host has nothing to do; Electron main replaces
 * both handlers with its own (`electron/main/presentWindows.ts`).
 */
import type { Handler } from '../types';

/** `present:open` outside Electron: the renderer opens its own windows. */
export const presentOpenWebHandler: Handler<'present:open'> = async () => ({
  ok: false,
  message: 'This host cannot open windows: the browser opens the presentation itself.',
});

/** `present:sync` outside Electron: nothing to relay (the browser windows use BroadcastChannel). */
export const presentSyncWebHandler: Handler<'present:sync'> = async () => ({ ok: false });
