import { BrowserWindow, Menu, app } from 'electron';
import type { HostEvent } from '../ipc/contract';
import type { Platform } from '../shared/shortcuts';
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
}

/**
 * Installs the application menu and keeps it current: call the returned function after the recent files change.
 * Menu commands reach the renderer as `menu:command` events carrying the command id from the shortcuts table.
 */
export function installAppMenu(deps: AppMenuDeps): (recentFiles?: string[]) => Promise<void> {
  const refresh = async (recentFiles?: string[]) => {
    const files = recentFiles ?? (await deps.recent.list());
    const template = buildMenuTemplate(
      {
        platform: process.platform as Platform,
        recentFiles: files,
        isPackaged: app.isPackaged,
        onOpenRecent: deps.openPath,
        onClearRecent: () => {
          app.clearRecentDocuments();
          void deps.recent.clear();
        },
      },
      (command) => {
        // In a presentation window the editor's commands do not apply; Close closes that window only.
        const focused = BrowserWindow.getFocusedWindow();
        const editor = deps.target();
        if (focused && focused !== editor) {
          if (command === 'file.close') focused.close();
          return;
        }
        deps.send(editor, 'menu:command', command);
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  void refresh();
  return refresh;
}
