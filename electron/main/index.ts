import { app, dialog, ipcMain, protocol, screen, session, shell, type BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import type { HostEvent } from '../ipc/contract';
import { createHostServices } from '../services/hostServices';
import { loadWindowState, restorableState, saveWindowState, type WindowState } from '../services/windowState';
import { installAppMenu } from './appMenu';
import { vetExternalUrl } from './appUrl';
import { deckPathFromArgv } from './argv';
import { createCloseGuard } from './closeGuard';
import { createDeckArrivals, type DeckArrivals } from './deckArrivals';
import { chooseDisplayBackend } from './displayBackend';
import { createElectronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { createPresentHandlers } from './presentWindows';
import { createElectronPrinter } from '../services/export/electronPrinter';
import { createExportPdfHandler } from '../services/export/handlers';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { applyAppSecurity, hardenSession } from './security';
import { appWindows, createWindow, sendWhenLoaded } from './window';
import { cliArgsFromArgv, runHeadless } from './headless';
import { createWindowBridge } from './windowBridge';

const rendererRoot = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const openExternal = (url: string) => shell.openExternal(vetExternalUrl(url));

if (process.env.BRIEFDECK_USER_DATA) app.setPath('userData', process.env.BRIEFDECK_USER_DATA);
registerAppScheme(protocol);
applyAppSecurity(app);

// On a Wayland session windows cannot be placed, so the audience view could land on the laptop: run through
// XWayland when it is there (Chromium's --ozone-platform=x11, honoured before ready), else tell the presenter.
const displayBackend = chooseDisplayBackend({
  platform: process.platform,
  env: process.env,
  ozoneSwitch: app.commandLine.getSwitchValue('ozone-platform'),
});
if (displayBackend.ozonePlatform === 'x11') app.commandLine.appendSwitch('ozone-platform', 'x11');

/** Menu commands may target an editor window opened just for them: {@link sendWhenLoaded} waits for its page. */
function send(window: BrowserWindow, event: HostEvent, payload: unknown): void {
  sendWhenLoaded(window, event, payload);
}

let savedWindow: WindowState | undefined;
let editor: BrowserWindow | undefined;
let arrivals: DeckArrivals | undefined;

// Windows tell main when a modal is open (menu commands then wait) and get ready to close when asked.
const windowBridge = createWindowBridge(ipcMain, appWindows);
// Closing (or quitting) with unsaved edits asks Save / Don't Save / Cancel instead of silently doing nothing.
const guardClose = createCloseGuard({
  app,
  showMessageBox: (window, options) => dialog.showMessageBox(window, options),
  prepareClose: (window, action) => windowBridge.prepareClose(window, action),
});

/** The editor window, where it was last time (when a connected display still shows that place). */
function openEditorWindow(): BrowserWindow {
  const window = createWindow('editor', {
    preloadPath,
    openExternal,
    bounds: savedWindow?.bounds,
    maximized: savedWindow?.maximized,
  });
  guardClose(window);
  window.on('close', () => {
    savedWindow = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    void saveWindowState(app.getPath('userData'), savedWindow).catch(() => undefined);
  });
  window.on('closed', () => {
    if (editor === window) editor = undefined;
  });
  editor = window;
  return window;
}

/** The editor window (menu commands and files opened from the OS go there), opened if it was closed. */
function editorWindow(): BrowserWindow {
  return editor && !editor.isDestroyed() ? editor : openEditorWindow();
}

/** Open a deck asked for by the OS (second instance, file manager) in the editor window. */
function openFromOs(path: string): void {
  const window = editorWindow();
  if (window.isMinimized()) window.restore();
  window.focus();
  // A running editor opens it through deck:open (asking first about unsaved changes), which also brings the
  // article beside the deck and records it in the recent files. An editor still starting gets it as its start-up
  // deck instead, so the start-up deck cannot replace it (deckArrivals.ts).
  if (arrivals) arrivals.open(window, path);
  else sendWhenLoaded(window, 'deck:opened', { path });
}

// `Briefdeck export deck.md --pdf out.pdf` (any briefdeck command) runs headless, with no window (headless.ts).
const cliArgs = cliArgsFromArgv(process.argv, process.defaultApp === true);

if (cliArgs) {
  void runHeadless(cliArgs, { rendererRoot, preloadPath });
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Files the OS asks for before the app protocol, IPC and the first editor are set up (app ready is not enough:
  // start-up still awaits the window state); the first is opened as the initial deck, the rest once started.
  const pendingOpens: string[] = [];
  let started = false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = deckPathFromArgv(argv, workingDirectory);
    if (!started) {
      if (path) pendingOpens.push(path);
    } else if (path) openFromOs(path);
    else editorWindow().focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (started) openFromOs(path);
    else pendingOpens.push(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    savedWindow = restorableState(await loadWindowState(app.getPath('userData')), workAreas);
    hardenSession(session.defaultSession);
    serveAppProtocol(protocol, rendererRoot);
    let refreshMenu: (files?: string[]) => Promise<void> = async () => undefined;
    const services = createHostServices({
      host: 'electron',
      version: app.getVersion(),
      userDataDir: app.getPath('userData'),
      appRoot: app.getAppPath(),
      dialogs: createElectronDialogs(),
      initialDeckPath: pendingOpens.shift() ?? deckPathFromArgv(process.argv, process.cwd()),
      overrides: {
        ...createPresentHandlers({
          screen,
          createWindow,
          windowOptions: { preloadPath, openExternal },
          placement: displayBackend.placement,
        }),
        // PDFs print in a hidden window of our own (the editor stays responsive), not in a separate Chromium.
        'export:pdf': createExportPdfHandler(() =>
          createElectronPrinter({
            openPrintWindow: (query) => createWindow('print', { preloadPath, openExternal, query }),
          }),
        ),
      },
      onRecentChange: (files) => {
        // Register with the OS (jump lists, dock menu) and show it in File > Open Recent.
        if (files[0]) app.addRecentDocument(files[0]);
        void refreshMenu(files);
      },
    });
    refreshMenu = installAppMenu({
      recent: services.context.recent,
      target: editorWindow,
      send,
      openPath: (path) => openFromOs(path),
      isBusy: (window) => windowBridge.isBusy(window),
    });
    arrivals = createDeckArrivals(services, (window, path) =>
      sendWhenLoaded(window, 'deck:opened', { path }),
    );
    registerIpc(ipcMain, services, appWindows, arrivals.hooks);
    openEditorWindow();
    started = true;
    for (const path of pendingOpens.splice(0)) openFromOs(path);
    app.on('activate', () => {
      if (appWindows().length === 0) openEditorWindow();
    });
  });
}
