import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../../helpers/electronDouble')).electronModule);

import { FakeBrowserWindow, fakeEvent, resetElectronDouble } from '../../../helpers/electronDouble';
import {
  appWindows,
  createWindow,
  secureWebPreferences,
  sendWhenLoaded,
  windowOptions,
  type WindowKind,
} from '../../../../electron/main/window';

const PRELOAD = '/app/out/preload/index.cjs';
const options = { preloadPath: PRELOAD, openExternal: async () => undefined };

describe('window options', () => {
  it('turns on every security flag and loads only our preload', () => {
    expect(secureWebPreferences(PRELOAD)).toMatchObject({
      preload: PRELOAD,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
  });

  it.each<WindowKind>(['editor', 'audience', 'presenter'])(
    'uses the secure preferences for the %s window',
    (kind) => {
      const built = windowOptions(kind, options);
      expect(built.webPreferences).toEqual(secureWebPreferences(PRELOAD));
      expect(built.show).toBe(false);
    },
  );
});

describe('createWindow', () => {
  beforeEach(() => resetElectronDouble());

  it('creates a guarded window on the app page and tracks it until closed', () => {
    const window = createWindow('presenter', {
      ...options,
      query: { deck: 'd1' },
    }) as unknown as FakeBrowserWindow;
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect((window.options.webPreferences as Record<string, unknown>).sandbox).toBe(true);
    expect(window.loadedUrl).toBe('app://briefdeck/present.html?view=presenter&deck=d1');
    expect(window.webContents.windowOpenHandler).not.toBeNull();
    expect(window.webContents.listeners.get('will-navigate')).toHaveLength(1);
    expect(window.webContents.listeners.get('will-redirect')).toHaveLength(1);

    const away = fakeEvent({ url: 'https://example.com/' });
    window.webContents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);

    expect(appWindows()).toContain(window);
    window.emit('closed');
    expect(appWindows()).not.toContain(window);
  });

  it('shows the window only once it is ready', () => {
    const window = createWindow('editor', options) as unknown as FakeBrowserWindow;
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('maximises a window that was maximised last time only when it is ready, never blank before', () => {
    const window = createWindow('editor', { ...options, maximized: true }) as unknown as FakeBrowserWindow;
    // Maximising shows a window: doing it before its first paint flashes a blank window.
    expect(window.maximized).toBe(false);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.maximized).toBe(true);
    expect(window.shown).toBe(true);
    const plain = createWindow('editor', options) as unknown as FakeBrowserWindow;
    plain.emit('ready-to-show');
    expect(plain.maximized).toBe(false);
  });

  it('never shows the print window, and keeps it unthrottled so its layout runs while hidden', () => {
    const window = createWindow('print', { ...options, query: { job: 'j' } }) as unknown as FakeBrowserWindow;
    window.emit('ready-to-show');
    expect(window.shown).toBe(false);
    const preferences = window.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({ ...secureWebPreferences(PRELOAD), backgroundThrottling: false });
    const editor = createWindow('editor', options) as unknown as FakeBrowserWindow;
    expect((editor.options.webPreferences as Record<string, unknown>).backgroundThrottling).toBeUndefined();
  });
});

describe('app page URLs', () => {
  it('sends each kind of window to its page on the app origin', async () => {
    const { appPageUrl } = await import('../../../../electron/main/appUrl');
    expect(appPageUrl('editor')).toBe('app://briefdeck/index.html?window=editor');
    expect(appPageUrl('audience', { session: 's1' })).toBe(
      'app://briefdeck/present.html?view=audience&session=s1',
    );
    expect(appPageUrl('presenter', { session: 's1' })).toBe(
      'app://briefdeck/present.html?view=presenter&session=s1',
    );
    expect(appPageUrl('print', { job: 'j' })).toBe('app://briefdeck/print.html?window=print&job=j');
  });
});

describe('sendWhenLoaded', () => {
  beforeEach(() => resetElectronDouble());

  function windowLoading(loading: boolean) {
    const window = createWindow('editor', options) as unknown as FakeBrowserWindow;
    const contents = window.webContents as FakeBrowserWindow['webContents'] & { isLoading(): boolean };
    contents.isLoading = () => loading;
    return { window, contents, real: window as unknown as Parameters<typeof sendWhenLoaded>[0] };
  }

  it('holds an event for a window still loading its page until the page has loaded', () => {
    const { contents, real } = windowLoading(true);
    sendWhenLoaded(real, 'deck:opened', { path: '/d.deck.md' });
    expect(contents.sent).toEqual([]);
    contents.emit('did-finish-load');
    expect(contents.sent).toEqual([{ channel: 'deck:opened', payload: { path: '/d.deck.md' } }]);
  });

  it('sends at once to a loaded window, and never to a destroyed one', () => {
    const { window, contents, real } = windowLoading(false);
    sendWhenLoaded(real, 'menu:command', 'file.save');
    expect(contents.sent).toEqual([{ channel: 'menu:command', payload: 'file.save' }]);
    window.destroyed = true;
    sendWhenLoaded(real, 'menu:command', 'file.open');
    expect(contents.sent).toHaveLength(1);
  });
});
