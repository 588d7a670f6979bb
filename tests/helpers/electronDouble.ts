/**
 * A small test double of the `electron` module: enough of app, BrowserWindow, webContents, frames, ipcMain,
 * protocol, session, shell, dialog, contextBridge and ipcRenderer to unit-test the wiring, recording every call.
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

export class FakeWebContents extends FakeEmitter {
  mainFrame = new FakeWebFrame('app://briefdeck/index.html?window=editor');
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
  static getFocusedWindow(): FakeBrowserWindow | null {
    return null;
  }
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  destroyed = false;
  shown = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
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
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
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
};

/** Forget every recorded call and window. */
export function resetElectronDouble(): void {
  FakeBrowserWindow.instances.length = 0;
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
  ipcMain: {
    handle(channel: string, listener: Listener) {
      electronDouble.ipcMainHandlers.set(channel, listener);
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
  },
};
