/**
 * A small test double of the `electron` module: enough of app (quit included), BrowserWindow (closing with
 * `beforeunload` and `will-prevent-unload` as Electron does), webContents, frames, ipcMain, protocol, session,
 * shell, dialog (message boxes answered by the test), webUtils, contextBridge and ipcRenderer to unit-test the
 * wiring, recording every call.
 * Use it with `vi.mock('electron', async () => (await import('../../../helpers/electronDouble')).electronModule)`.
 */
type Listener = (...args: unknown[]) => unknown;

/** An event emitter recording its listeners, with `emit` to drive them from a test. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    const wrapper: Listener = (...args) => {
      this.removeListener(name, wrapper);
      return listener(...args);
    };
    return this.on(name, wrapper);
  }
  removeListener(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
}

/** A navigation-style event: records whether a handler prevented it. */
export function fakeEvent(
  fields: Record<string, unknown> = {},
): { defaultPrevented: boolean; preventDefault(): void } & Record<string, unknown> {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** A frame: `parent` null for a main frame. */
export class FakeWebFrame {
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
  ) {}
}

let nextWebContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextWebContentsId++;
  mainFrame = new FakeWebFrame('app://briefdeck/index.html?window=editor');
  /** Whether the page is still loading (`isLoading()`); `finishLoad()` ends it and emits did-finish-load. */
  loading = false;
  destroyed = false;
  isLoading(): boolean {
    return this.loading;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  finishLoad(): void {
    this.loading = false;
    this.emit('did-finish-load');
  }
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  readonly sent: { channel: string; payload: unknown }[] = [];
  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  /** What `getFocusedWindow()` answers; tests set it. */
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  destroyed = false;
  shown = false;
  maximized = false;
  minimized = false;
  fullScreen = false;
  focusCount = 0;
  title = 'Briefdeck';
  bounds: { x: number; y: number; width: number; height: number };
  /**
   * The page cancels `beforeunload` (an editor with unsaved edits): `close()` then emits `will-prevent-unload`
   * on the web contents and goes on only if a listener prevents that event's default, as Electron does.
   */
  pageCancelsUnload = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.bounds = {
      x: Number(options['x'] ?? 0),
      y: Number(options['y'] ?? 0),
      width: Number(options['width'] ?? 800),
      height: Number(options['height'] ?? 600),
    };
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isVisible(): boolean {
    return this.shown;
  }
  /** Like Electron's: maximising a hidden window also shows it. */
  maximize(): void {
    this.maximized = true;
    this.shown = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focusCount += 1;
  }
  getTitle(): string {
    return this.title;
  }
  getBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<{ x: number; y: number; width: number; height: number }>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  setFullScreen(flag: boolean): void {
    this.fullScreen = flag;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  /** Close as Electron does: beforeunload (see {@link pageCancelsUnload}), then 'close' (preventable), 'closed'. */
  close(): void {
    if (this.destroyed) return;
    if (this.pageCancelsUnload) {
      const unload = fakeEvent();
      this.webContents.emit('will-prevent-unload', unload);
      if (!unload.defaultPrevented) return;
    }
    const close = fakeEvent();
    this.emit('close', close);
    if (close.defaultPrevented) return;
    this.destroy();
  }
  /** Destroy without any event but 'closed' (Electron's `destroy()`). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  beforeRequest: Listener | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: Listener) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler;
  }
}

class FakeApp extends FakeEmitter {
  sandboxEnabled = false;
  isPackaged = false;
  clearRecentDocuments(): void {}
  quitCalls = 0;
  /** True once a quit closed every window. */
  quitted = false;
  readonly switches = new Map<string, string>();
  readonly commandLine = {
    appendSwitch: (name: string, value = '') => {
      this.switches.set(name, value);
    },
    hasSwitch: (name: string) => this.switches.has(name),
    getSwitchValue: (name: string) => this.switches.get(name) ?? '',
  };
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  /** Like Electron's: 'before-quit', then close every window in turn; one that stays open cancels the quit. */
  quit(): void {
    this.quitCalls += 1;
    const event = fakeEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    for (const window of FakeBrowserWindow.getAllWindows()) {
      window.close();
      if (!window.isDestroyed()) return;
    }
    this.quitted = true;
    this.emit('will-quit', fakeEvent());
  }
}

/** One `dialog.showMessageBox` call: the window it was attached to and its options. */
export interface RecordedMessageBox {
  window: unknown;
  options: { message?: string; detail?: string; buttons?: string[]; [key: string]: unknown };
}

/** Everything the double records; `resetElectronDouble()` clears it between tests. */
export const electronDouble = {
  app: new FakeApp(),
  ipcMainHandlers: new Map<string, Listener>(),
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, Listener>(),
  openedExternally: [] as string[],
  exposed: new Map<string, unknown>(),
  ipcRendererInvocations: [] as { channel: string; args: unknown[] }[],
  ipcRendererReply: undefined as unknown,
  ipcRenderer: new FakeEmitter(),
  session: new FakeSession(),
  /** `ipcMain.on` listeners by channel. */
  ipcMainListeners: new Map<string, Listener[]>(),
  /** Messages the preload sent with `ipcRenderer.send`. */
  ipcRendererSent: [] as { channel: string; args: unknown[] }[],
  /** Every `dialog.showMessageBox` call. */
  messageBoxes: [] as RecordedMessageBox[],
  /**
   * How the next message boxes are answered (button indices, in order); when empty a box stays open (its
   * promise never settles) until a test calls {@link answerMessageBox}.
   */
  messageBoxAnswers: [] as number[],
  pendingMessageBoxes: [] as ((response: number) => void)[],
  /** The template of the last `Menu.setApplicationMenu(Menu.buildFromTemplate(template))`. */
  applicationMenu: null as MenuTemplateItem[] | null,
};

/** A menu template item, as far as tests look at it. */
export interface MenuTemplateItem {
  id?: string;
  label?: string;
  role?: string;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

/** The item with this id anywhere in the application menu. */
export function menuItemById(
  id: string,
  items = electronDouble.applicationMenu ?? [],
): MenuTemplateItem | null {
  for (const item of items) {
    if (item.id === id) return item;
    const found = item.submenu ? menuItemById(id, item.submenu) : null;
    if (found) return found;
  }
  return null;
}

/** Answer the oldest message box still open with a button index. */
export function answerMessageBox(response: number): void {
  const resolve = electronDouble.pendingMessageBoxes.shift();
  if (!resolve) throw new Error('no message box is open');
  resolve(response);
}

/** Send an `ipcMain.on` message as if a renderer had, from `sender` (a fake web contents). */
export function emitIpcMain(channel: string, sender: FakeWebContents, ...args: unknown[]): void {
  const event = { sender, senderFrame: sender.mainFrame };
  for (const listener of electronDouble.ipcMainListeners.get(channel) ?? []) listener(event, ...args);
}

/** Forget every recorded call and window. */
export function resetElectronDouble(): void {
  FakeBrowserWindow.instances.length = 0;
  FakeBrowserWindow.focused = null;
  electronDouble.ipcMainListeners.clear();
  electronDouble.ipcRendererSent.length = 0;
  electronDouble.messageBoxes.length = 0;
  electronDouble.messageBoxAnswers.length = 0;
  electronDouble.pendingMessageBoxes.length = 0;
  electronDouble.applicationMenu = null;
  electronDouble.app = new FakeApp();
  electronDouble.ipcMainHandlers.clear();
  electronDouble.privilegedSchemes.length = 0;
  electronDouble.protocolHandlers.clear();
  electronDouble.openedExternally.length = 0;
  electronDouble.exposed.clear();
  electronDouble.ipcRendererInvocations.length = 0;
  electronDouble.ipcRendererReply = undefined;
  electronDouble.ipcRenderer = new FakeEmitter();
  electronDouble.session = new FakeSession();
}

/** The module `vi.mock('electron')` should return. */
export const electronModule = {
  get app() {
    return electronDouble.app;
  },
  BrowserWindow: FakeBrowserWindow,
  Menu: {
    buildFromTemplate(template: MenuTemplateItem[]) {
      return { template };
    },
    setApplicationMenu(menu: { template: MenuTemplateItem[] } | null) {
      electronDouble.applicationMenu = menu?.template ?? null;
    },
  },
  ipcMain: {
    handle(channel: string, listener: Listener) {
      electronDouble.ipcMainHandlers.set(channel, listener);
    },
    on(channel: string, listener: Listener) {
      electronDouble.ipcMainListeners.set(channel, [
        ...(electronDouble.ipcMainListeners.get(channel) ?? []),
        listener,
      ]);
    },
  },
  protocol: {
    registerSchemesAsPrivileged(schemes: unknown[]) {
      electronDouble.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: Listener) {
      electronDouble.protocolHandlers.set(scheme, handler);
    },
  },
  session: {
    get defaultSession() {
      return electronDouble.session;
    },
  },
  shell: {
    async openExternal(url: string) {
      electronDouble.openedExternally.push(url);
    },
  },
  dialog: {
    async showOpenDialog() {
      return { canceled: true, filePaths: [] };
    },
    async showSaveDialog() {
      return { canceled: true };
    },
    showMessageBox(window: unknown, options: RecordedMessageBox['options']) {
      electronDouble.messageBoxes.push({ window, options });
      const answer = electronDouble.messageBoxAnswers.shift();
      if (answer !== undefined) return Promise.resolve({ response: answer, checkboxChecked: false });
      return new Promise((resolve) => {
        electronDouble.pendingMessageBoxes.push((response) => resolve({ response, checkboxChecked: false }));
      });
    },
  },
  webUtils: {
    /** The path a test gave a fake file (`{ path }`), or '' as Electron answers for files with none. */
    getPathForFile(file: { path?: string }) {
      return file.path ?? '';
    },
  },
  contextBridge: {
    exposeInMainWorld(key: string, api: unknown) {
      electronDouble.exposed.set(key, api);
    },
  },
  ipcRenderer: {
    async invoke(channel: string, ...args: unknown[]) {
      electronDouble.ipcRendererInvocations.push({ channel, args });
      return electronDouble.ipcRendererReply;
    },
    on(channel: string, listener: Listener) {
      electronDouble.ipcRenderer.on(channel, listener);
    },
    removeListener(channel: string, listener: Listener) {
      electronDouble.ipcRenderer.removeListener(channel, listener);
    },
    send(channel: string, ...args: unknown[]) {
      electronDouble.ipcRendererSent.push({ channel, args });
    },
  },
};
