/**
 * Closing a window with unsaved edits (issue 16, item 1), with the electron double: the page cancels
 * beforeunload, Electron emits will-prevent-unload, main asks Save / Don't Save / Cancel and acts on the answer.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../../helpers/electronDouble')).electronModule);

import type { BrowserWindow, IpcMain, MessageBoxOptions } from 'electron';
import { closeQuestion, createCloseGuard, documentName } from '../../../../electron/main/closeGuard';
import { createWindowBridge, type WindowBridge } from '../../../../electron/main/windowBridge';
import {
  FakeBrowserWindow,
  answerMessageBox,
  electronDouble,
  electronModule,
  emitIpcMain,
  resetElectronDouble,
} from '../../../helpers/electronDouble';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const asWindow = (window: FakeBrowserWindow) => window as unknown as BrowserWindow;

let bridge: WindowBridge;

/** An editor window with unsaved edits, guarded as main guards it. */
function dirtyWindow(title: string): FakeBrowserWindow {
  const window = new FakeBrowserWindow({});
  window.title = `● ${title} — Briefdeck`;
  window.pageCancelsUnload = true;
  guard(asWindow(window));
  return window;
}

let guard: (window: BrowserWindow) => void;

/** The `window:prepareClose` requests main sent to a window. */
function prepareRequests(window: FakeBrowserWindow): { id: string; action: string }[] {
  return window.webContents.sent
    .filter((message) => message.channel === 'window:prepareClose')
    .map((message) => message.payload as { id: string; action: string });
}

/** The page answers main's last prepare-close request. */
function pageAnswers(window: FakeBrowserWindow, ok: boolean): void {
  const request = prepareRequests(window).at(-1);
  if (!request) throw new Error('main did not ask the page');
  window.pageCancelsUnload = !ok || request.action === 'discard';
  emitIpcMain('window:closeReady', window.webContents, { id: request.id, ok });
}

beforeEach(() => {
  resetElectronDouble();
  bridge = createWindowBridge(electronModule.ipcMain as unknown as IpcMain, () =>
    FakeBrowserWindow.getAllWindows().map(asWindow),
  );
  guard = createCloseGuard({
    app: electronDouble.app as never,
    showMessageBox: (window, options: MessageBoxOptions) =>
      electronModule.dialog.showMessageBox(window, { ...options }) as Promise<{ response: number }>,
    prepareClose: (window, action) => bridge.prepareClose(window, action),
  });
});

describe('closing a window with unsaved edits', () => {
  it('asks, names the deck, and keeps the window on Cancel', async () => {
    const window = dirtyWindow('briefing.deck.md');
    window.close();
    await settle();
    expect(electronDouble.messageBoxes).toHaveLength(1);
    const box = electronDouble.messageBoxes[0]!;
    expect(box.window).toBe(window);
    expect(box.options).toMatchObject({
      message: 'Do you want to save the changes you made to “briefing.deck.md”?',
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
    });
    answerMessageBox(2);
    await settle();
    expect(window.isDestroyed()).toBe(false);
    expect(prepareRequests(window)).toEqual([]);
  });

  it("closes on Don't Save once the page has dropped its journal", async () => {
    const window = dirtyWindow('briefing.deck.md');
    const closeEvents: unknown[] = [];
    window.on('close', (event) => closeEvents.push(event));
    electronDouble.messageBoxAnswers.push(1);
    window.close();
    await settle();
    expect(prepareRequests(window)).toMatchObject([{ action: 'discard' }]);
    expect(window.isDestroyed()).toBe(false);
    pageAnswers(window, true);
    await settle();
    // The page still cancels beforeunload (its edits are unsaved): main overrides it, and 'close' still fires.
    expect(window.isDestroyed()).toBe(true);
    expect(closeEvents).toHaveLength(1);
  });

  it('saves through the page, closes when saved, and keeps the window when the save fails', async () => {
    const window = dirtyWindow('Untitled');
    electronDouble.messageBoxAnswers.push(0, 0);
    window.close();
    await settle();
    expect(prepareRequests(window)).toMatchObject([{ action: 'save' }]);
    pageAnswers(window, false);
    await settle();
    expect(window.isDestroyed()).toBe(false);

    window.close();
    await settle();
    expect(electronDouble.messageBoxes).toHaveLength(2);
    pageAnswers(window, true);
    await settle();
    expect(window.isDestroyed()).toBe(true);
  });

  it('asks once per close, however often the close button is pressed while the question is open', async () => {
    const window = dirtyWindow('a.deck.md');
    window.close();
    window.close();
    await settle();
    expect(electronDouble.messageBoxes).toHaveLength(1);
  });

  it('closes a window with nothing unsaved without asking', async () => {
    const window = new FakeBrowserWindow({});
    guard(asWindow(window));
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(electronDouble.messageBoxes).toEqual([]);
  });

  it('a window closed while the question is open is left alone', async () => {
    const window = dirtyWindow('a.deck.md');
    window.close();
    await settle();
    window.destroy();
    answerMessageBox(0);
    await settle();
    expect(prepareRequests(window)).toEqual([]);
  });
});

describe('quitting with several dirty windows', () => {
  it('asks for each window in turn and quits once all are settled', async () => {
    const first = dirtyWindow('first.deck.md');
    const second = dirtyWindow('second.deck.md');
    electronDouble.app.quit();
    await settle();
    // The quit stopped at the first window, which asks.
    expect(electronDouble.messageBoxes.map((box) => box.window)).toEqual([first]);
    expect(electronDouble.app.quitted).toBe(false);
    answerMessageBox(1);
    await settle();
    pageAnswers(first, true);
    await settle();
    // Quitting resumed: the first window closed, the second asks.
    expect(first.isDestroyed()).toBe(true);
    expect(electronDouble.messageBoxes.map((box) => box.window)).toEqual([first, second]);
    answerMessageBox(0);
    await settle();
    pageAnswers(second, true);
    await settle();
    expect(second.isDestroyed()).toBe(true);
    expect(electronDouble.app.quitted).toBe(true);
  });

  it('Cancel on any window stops the quit, and a later close of that window does not quit', async () => {
    const first = dirtyWindow('first.deck.md');
    const second = dirtyWindow('second.deck.md');
    electronDouble.messageBoxAnswers.push(1, 2);
    electronDouble.app.quit();
    await settle();
    pageAnswers(first, true);
    await settle();
    await settle();
    expect(first.isDestroyed()).toBe(true);
    expect(second.isDestroyed()).toBe(false);
    expect(electronDouble.app.quitted).toBe(false);
    const quits = electronDouble.app.quitCalls;
    electronDouble.messageBoxAnswers.push(1);
    second.close();
    await settle();
    pageAnswers(second, true);
    await settle();
    expect(second.isDestroyed()).toBe(true);
    expect(electronDouble.app.quitCalls).toBe(quits);
  });
});

describe('the window bridge', () => {
  it('takes answers only from the window that was asked, and only valid ones', async () => {
    const window = dirtyWindow('a.deck.md');
    const other = new FakeBrowserWindow({});
    electronDouble.messageBoxAnswers.push(0);
    window.close();
    await settle();
    const request = prepareRequests(window)[0]!;
    emitIpcMain('window:closeReady', other.webContents, { id: request.id, ok: true });
    emitIpcMain('window:closeReady', window.webContents, { id: request.id, ok: 'yes' });
    await settle();
    expect(window.isDestroyed()).toBe(false);
    // A page showing another origin is not one of ours.
    window.webContents.mainFrame.url = 'https://example.com/';
    emitIpcMain('window:closeReady', window.webContents, { id: request.id, ok: true });
    await settle();
    expect(window.isDestroyed()).toBe(false);
    window.webContents.mainFrame.url = 'app://briefdeck/index.html?window=editor';
    window.pageCancelsUnload = false;
    emitIpcMain('window:closeReady', window.webContents, { id: request.id, ok: true });
    await settle();
    expect(window.isDestroyed()).toBe(true);
  });

  it('reports a window busy while it says a modal is open or text is being composed', () => {
    const window = new FakeBrowserWindow({});
    expect(bridge.isBusy(asWindow(window))).toBe(false);
    emitIpcMain('window:state', window.webContents, { modal: true, composing: false });
    expect(bridge.isBusy(asWindow(window))).toBe(true);
    emitIpcMain('window:state', window.webContents, { modal: false, composing: true });
    expect(bridge.isBusy(asWindow(window))).toBe(true);
    emitIpcMain('window:state', window.webContents, { modal: false, composing: false });
    expect(bridge.isBusy(asWindow(window))).toBe(false);
    emitIpcMain('window:state', window.webContents, { modal: 'yes' });
    expect(bridge.isBusy(asWindow(window))).toBe(false);
  });

  it("Don't Save closes anyway when the page never answers", async () => {
    vi.useFakeTimers();
    try {
      const window = new FakeBrowserWindow({});
      const ready = bridge.prepareClose(asWindow(window), 'discard');
      await vi.advanceTimersByTimeAsync(5_000);
      await expect(ready).resolves.toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the question', () => {
  it('names the deck from the window title', () => {
    expect(documentName('● briefing.deck.md — Briefdeck')).toBe('briefing.deck.md');
    expect(documentName('Untitled — Briefdeck')).toBe('Untitled');
    expect(documentName('')).toBe('this deck');
    expect(closeQuestion('● x.deck.md — Briefdeck').detail).toMatch(/lost/);
  });
});
