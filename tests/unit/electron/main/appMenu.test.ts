/**
 * Menu commands under a modal (issue 16, item 6): while the editor reports a dialog open or text being composed,
 * menu items and their accelerators do nothing to the deck behind it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../../helpers/electronDouble')).electronModule);

import type { BrowserWindow, IpcMain } from 'electron';
import { dispatchMenuCommand, installAppMenu } from '../../../../electron/main/appMenu';
import { createWindowBridge } from '../../../../electron/main/windowBridge';
import type { RecentList } from '../../../../electron/services/recent';
import {
  FakeBrowserWindow,
  electronModule,
  emitIpcMain,
  menuItemById,
  resetElectronDouble,
} from '../../../helpers/electronDouble';

const asWindow = (window: FakeBrowserWindow) => window as unknown as BrowserWindow;
const recent = {
  list: async () => ['/decks/a.deck.md'],
  clear: async () => undefined,
} as unknown as RecentList;

beforeEach(() => resetElectronDouble());

describe('menu commands', () => {
  function setUp() {
    const editor = new FakeBrowserWindow({});
    FakeBrowserWindow.focused = editor;
    const bridge = createWindowBridge(electronModule.ipcMain as unknown as IpcMain, () =>
      FakeBrowserWindow.getAllWindows().map(asWindow),
    );
    const sent: unknown[] = [];
    const opened: string[] = [];
    installAppMenu({
      recent,
      target: () => asWindow(editor),
      send: (_window, event, payload) => sent.push([event, payload]),
      openPath: (path) => opened.push(path),
      isBusy: (window) => bridge.isBusy(window),
    });
    return { editor, sent, opened };
  }

  it('reach the editor normally', async () => {
    const { sent } = setUp();
    await Promise.resolve();
    menuItemById('file.save')?.click?.();
    menuItemById('edit.undo')?.click?.();
    expect(sent).toEqual([
      ['menu:command', 'file.save'],
      ['menu:command', 'edit.undo'],
    ]);
  });

  it('are ignored while the editor has a modal open or is composing, and work again after', async () => {
    const { editor, sent, opened } = setUp();
    await Promise.resolve();
    emitIpcMain('window:state', editor.webContents, { modal: true, composing: false });
    menuItemById('file.save')?.click?.();
    menuItemById('edit.undo')?.click?.();
    menuItemById('file.recent.0')?.click?.();
    expect(sent).toEqual([]);
    expect(opened).toEqual([]);
    emitIpcMain('window:state', editor.webContents, { modal: false, composing: true });
    menuItemById('slide.delete')?.click?.();
    expect(sent).toEqual([]);
    emitIpcMain('window:state', editor.webContents, { modal: false, composing: false });
    menuItemById('file.save')?.click?.();
    menuItemById('file.recent.0')?.click?.();
    expect(sent).toEqual([['menu:command', 'file.save']]);
    expect(opened).toEqual(['/decks/a.deck.md']);
  });

  it('from a presentation window: only Close applies, to that window', () => {
    const editor = new FakeBrowserWindow({});
    const audience = new FakeBrowserWindow({});
    const sent: unknown[] = [];
    const route = (command: 'file.save' | 'file.close') =>
      dispatchMenuCommand(command, {
        focused: asWindow(audience),
        editor: () => asWindow(editor),
        isBusy: () => false,
        send: (...args) => sent.push(args),
      });
    expect(route('file.save')).toBe('ignored');
    expect(route('file.close')).toBe('closed');
    expect(audience.isDestroyed()).toBe(true);
    expect(editor.isDestroyed()).toBe(false);
    expect(sent).toEqual([]);
  });
});
