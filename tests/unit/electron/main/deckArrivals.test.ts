/**
 * The start-up deck and a deck opened from the OS must not race (issue 16, item 7): the opened file wins, whether
 * it arrives before the page asks for its start-up deck, while that answer is on its way, or afterwards.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../../helpers/electronDouble')).electronModule);

import type { BrowserWindow, IpcMain } from 'electron';
import { createDeckArrivals, type DeckArrivals } from '../../../../electron/main/deckArrivals';
import { registerIpc } from '../../../../electron/main/ipc';
import type { DispatchResult, HostServices } from '../../../../electron/services/hostServices';
import {
  FakeBrowserWindow,
  electronDouble,
  electronModule,
  resetElectronDouble,
} from '../../../helpers/electronDouble';

type Reply = { ok: boolean; value?: { path: string | null }; error?: unknown };
const BUNDLED = '/app/slides/decks/azerbaijan-boycott.deck.md';
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

let window: FakeBrowserWindow;
let arrivals: DeckArrivals;
let opened: string[];
let initialGate: Promise<void>;
let openInitial: () => void;
const unreadable = new Set<string>();

const dispatch = vi.fn<HostServices['dispatch']>(async (channel, request): Promise<DispatchResult> => {
  if (channel === 'deck:initial') {
    await initialGate;
    return { status: 200, reply: { ok: true, value: { path: BUNDLED, text: '# B', hash: null } } };
  }
  const path = (request as { path: string }).path;
  if (unreadable.has(path))
    return { status: 500, reply: { ok: false, error: { channel, message: 'EACCES' } } };
  return { status: 200, reply: { ok: true, value: { path, text: '# A', hash: null } } };
});

/** The page asks for its start-up deck, as EditorApp does on mount. */
function askInitial(): Promise<Reply> {
  const handler = electronDouble.ipcMainHandlers.get('deck:initial') as (
    event: unknown,
    request: unknown,
  ) => Promise<Reply>;
  return handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, {});
}

beforeEach(() => {
  resetElectronDouble();
  dispatch.mockClear();
  unreadable.clear();
  initialGate = Promise.resolve();
  window = new FakeBrowserWindow({});
  opened = [];
  arrivals = createDeckArrivals({ dispatch }, (_window, path) => opened.push(path));
  registerIpc(
    electronModule.ipcMain as unknown as IpcMain,
    { dispatch },
    () => [window] as unknown as BrowserWindow[],
    arrivals.hooks,
  );
});

describe('a deck opened from the OS', () => {
  it('becomes the start-up deck of a window opened for it', async () => {
    arrivals.open(window as unknown as BrowserWindow, '/home/me/a.deck.md');
    const reply = await askInitial();
    expect(reply).toMatchObject({ ok: true, value: { path: '/home/me/a.deck.md' } });
    expect(dispatch).toHaveBeenCalledWith('deck:open', { path: '/home/me/a.deck.md' });
    expect(dispatch).not.toHaveBeenCalledWith('deck:initial', {});
    await nextTurn();
    expect(opened).toEqual([]);
  });

  it('of several asked for at once, the last wins', async () => {
    arrivals.open(window as unknown as BrowserWindow, '/home/me/a.deck.md');
    arrivals.open(window as unknown as BrowserWindow, '/home/me/b.deck.md');
    expect((await askInitial()).value?.path).toBe('/home/me/b.deck.md');
  });

  it('arriving while the start-up answer is on its way, is sent only after that answer', async () => {
    initialGate = new Promise((resolve) => (openInitial = resolve));
    const reply = askInitial();
    await Promise.resolve();
    arrivals.open(window as unknown as BrowserWindow, '/home/me/late.deck.md');
    expect(opened).toEqual([]);
    openInitial();
    expect((await reply).value?.path).toBe(BUNDLED);
    // Not yet: the reply is handed to Electron first, then the file follows and replaces the start-up deck.
    expect(opened).toEqual([]);
    await nextTurn();
    expect(opened).toEqual(['/home/me/late.deck.md']);
  });

  it('reaches a running page directly', async () => {
    await askInitial();
    await nextTurn();
    arrivals.open(window as unknown as BrowserWindow, '/home/me/c.deck.md');
    expect(opened).toEqual(['/home/me/c.deck.md']);
  });

  it('that cannot be read: the page starts as usual, then is handed the file to show why', async () => {
    unreadable.add('/home/me/locked.deck.md');
    arrivals.open(window as unknown as BrowserWindow, '/home/me/locked.deck.md');
    expect((await askInitial()).value?.path).toBe(BUNDLED);
    await nextTurn();
    expect(opened).toEqual(['/home/me/locked.deck.md']);
  });

  it('a page that reloads keeps getting files directly', async () => {
    await askInitial();
    await nextTurn();
    expect((await askInitial()).value?.path).toBe(BUNDLED);
    arrivals.open(window as unknown as BrowserWindow, '/home/me/d.deck.md');
    expect(opened).toEqual(['/home/me/d.deck.md']);
  });
});
