import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import type { HostEvent } from '../ipc/contract';
import { appPageUrl } from './appUrl';
import { attachNavigationGuards, type OpenExternal } from './navigation';

/** The windows Briefdeck opens: the editor, the two presentation views, and the hidden print view. */
export type WindowKind = 'editor' | 'audience' | 'presenter' | 'print';

/** Options for {@link createWindow}. */
export interface CreateWindowOptions {
  /** Absolute path of the built preload (`out/preload/index.cjs`). */
  preloadPath: string;
  /** Hands vetted links to the OS (`shell.openExternal`). */
  openExternal: OpenExternal;
  /** Extra query parameters for the page (e.g. the deck key a presenter window shows). */
  query?: Record<string, string>;
  bounds?: { x?: number; y?: number; width?: number; height?: number };
  parent?: BrowserWindow;
  /** Maximise the window when it is first shown (on `ready-to-show`: maximising earlier shows it blank). */
  maximized?: boolean;
}

const DEFAULT_SIZE: Record<WindowKind, { width: number; height: number }> = {
  editor: { width: 1400, height: 900 },
  audience: { width: 1280, height: 720 },
  presenter: { width: 1200, height: 800 },
  print: { width: 1280, height: 720 },
};

const TITLES: Record<WindowKind, string> = {
  editor: 'Briefdeck',
  audience: 'Briefdeck — Audience',
  presenter: 'Briefdeck — Presenter',
  print: 'Briefdeck — Print',
};

/** The web preferences of every window: sandboxed, isolated, no Node anywhere, only our preload. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** The constructor options for a window of `kind`. */
export function windowOptions(
  kind: WindowKind,
  options: CreateWindowOptions,
): BrowserWindowConstructorOptions {
  return {
    ...DEFAULT_SIZE[kind],
    ...options.bounds,
    title: TITLES[kind],
    show: false,
    backgroundColor: '#ffffff',
    parent: options.parent,
    webPreferences: {
      ...secureWebPreferences(options.preloadPath),
      // The print view is never shown: unthrottled, so its requestAnimationFrame layout runs while hidden.
      ...(kind === 'print' ? { backgroundThrottling: false } : {}),
    },
  };
}

const openWindows = new Set<BrowserWindow>();

/** Every window created by {@link createWindow} and not yet closed. */
export function appWindows(): readonly BrowserWindow[] {
  return [...openWindows];
}

/** Create a window — the only place a BrowserWindow is made — guard it, and load its app page. */
export function createWindow(kind: WindowKind, options: CreateWindowOptions): BrowserWindow {
  const window = new BrowserWindow(windowOptions(kind, options)); // eng-disable CONTEXT_ISOLATION_JS_CHECK (secureWebPreferences() sets it; the ESLint gate checks the literal)
  openWindows.add(window);
  window.on('closed', () => openWindows.delete(window));
  attachNavigationGuards(window.webContents, options.openExternal);
  // The print view lays a deck out for printToPDF and is never shown.
  if (kind !== 'print') {
    window.once('ready-to-show', () => {
      if (options.maximized) window.maximize();
      window.show();
    });
  }
  void window.loadURL(appPageUrl(kind, options.query));
  return window;
}

/**
 * Send a host event once the window's page has loaded: a message sent while a freshly created window is still
 * loading reaches no listener and is lost.
 */
export function sendWhenLoaded(window: BrowserWindow, channel: HostEvent, payload: unknown): void {
  const send = () => {
    if (!window.isDestroyed()) window.webContents.send(channel, payload);
  };
  if (window.isDestroyed()) return;
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}
