import { BrowserWindow, Menu, app } from 'electron';
import type { HostEvent } from '../ipc/contract';
import type { CommandId, Platform } from '../shared/shortcuts';
import type { RecentList } from '../services/recent';
import { buildMenuTemplate } from './menu';

/** What the application menu needs from main. */
export interface AppMenuDeps {
  recent: RecentList;
  /** The window a menu command goes to (the focused editor window, created if none). */
  target(): BrowserWindow;
  send(window: BrowserWindow, event: HostEvent, payload: unknown): void;
  /** Open a recent deck in the editor. */
  openPath(path: string): void;
  /** True while the window has a modal dialog open or an input method composing (`WindowBridge.isBusy`). */
  isBusy?(window: BrowserWindow): boolean;
}

/** Where a menu command goes, decided from the windows involved. */
export interface MenuDispatch {
  /** The focused window, if any. */
  focused: BrowserWindow | null;
  /** The editor window (created when there was none). */
  editor(): BrowserWindow;
  isBusy(window: BrowserWindow): boolean;
  send(window: BrowserWindow, event: HostEvent, payload: unknown): void;
}

/**
 * Route one menu command: to the editor, unless a presentation window has the focus (only Close applies there,
 * to that window) or the editor has a modal dialog open or is composing text (the command is then ignored, as
 * it would otherwise act on the deck behind the dialog). Returns what happened, for tests and logs.
 */
export function dispatchMenuCommand(command: CommandId, to: MenuDispatch): 'sent' | 'closed' | 'ignored' {
  const editor = to.editor();
  if (to.focused && to.focused !== editor) {
    if (command !== 'file.close') return 'ignored';
    to.focused.close();
    return 'closed';
  }
  if (to.isBusy(editor)) return 'ignored';
  to.send(editor, 'menu:command', command);
  return 'sent';
}

/**
 * Installs the application menu and keeps it current: call the returned function after the recent files change.
 * Menu commands reach the renderer as `menu:command` events carrying the command id from the shortcuts table.
 */
export function installAppMenu(deps: AppMenuDeps): (recentFiles?: string[]) => Promise<void> {
  const isBusy = (window: BrowserWindow | null) => Boolean(window && deps.isBusy?.(window));
  const refresh = async (recentFiles?: string[]) => {
    const files = recentFiles ?? (await deps.recent.list());
    const template = buildMenuTemplate(
      {
        platform: process.platform as Platform,
        recentFiles: files,
        isPackaged: app.isPackaged,
        onOpenRecent: (path) => {
          if (!isBusy(BrowserWindow.getFocusedWindow())) deps.openPath(path);
        },
        onClearRecent: () => {
          app.clearRecentDocuments();
          void deps.recent.clear();
        },
      },
      (command) =>
        void dispatchMenuCommand(command, {
          focused: BrowserWindow.getFocusedWindow(),
          editor: deps.target,
          isBusy,
          send: deps.send,
        }),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  void refresh();
  return refresh;
}
