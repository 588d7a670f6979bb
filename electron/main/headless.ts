/**
 * The packaged app as a command: `Briefdeck export deck.md --pdf out.pdf` (and every other `briefdeck` command)
 * runs the CLI inside Electron with no window shown, printing PDFs through Electron's own `printToPDF` in a hidden
 * print window, so an installed user needs neither Node nor a separate Chromium. electron/main/index.ts asks
 * {@link cliArgsFromArgv} first and, when it answers, calls {@link runHeadless} instead of starting the desktop app
 * (no single-instance lock: a command run never hands its arguments to an open window).
 */
import { app, ipcMain, protocol, session, shell } from 'electron';
import { COMMANDS, run, type CommandLoaders } from '../cli/run';
import { createHostServices } from '../services/hostServices';
import { createElectronPrinter } from '../services/export/electronPrinter';
import { vetExternalUrl } from './appUrl';
import { createElectronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { serveAppProtocol } from './protocol';
import { hardenSession } from './security';
import { appWindows, createWindow } from './window';

/** First arguments that make a run a command: the subcommands, `help`/`version` and their flags. */
const COMMAND_WORDS = new Set(['help', 'version', '--help', '-h', '--version', '-v', '-V']);

/**
 * The CLI arguments of this start, or null for a desktop start (no arguments, or a file the OS asks the app to
 * open). `defaultApp` is Electron's `process.defaultApp` (`electron .` in development puts the app path first).
 * Switches before the command (Chromium's, e.g. `--no-sandbox`) are left to Electron.
 */
export function cliArgsFromArgv(argv: readonly string[], defaultApp: boolean): string[] | null {
  const args = argv.slice(defaultApp ? 2 : 1);
  const start = args.findIndex((arg) => !arg.startsWith('--') || COMMAND_WORDS.has(arg));
  const first = args[start];
  if (first === undefined || !(first in COMMANDS || COMMAND_WORDS.has(first))) return null;
  return args.slice(start);
}

/** Where the built app's pages and preload are (index.ts knows them). */
export interface HeadlessOptions {
  rendererRoot: string;
  preloadPath: string;
  /** Output streams (tests capture them). */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

/** `export` printing in hidden Electron windows: no Chromium to find or launch. */
export function electronCommandLoaders(preloadPath: string): CommandLoaders {
  const openExternal = (url: string) => shell.openExternal(vetExternalUrl(url));
  return {
    export: async () => {
      const { createExportCommand, nodeExportDeps } = await import('../cli/exportCommand');
      return createExportCommand({
        ...nodeExportDeps(),
        checkBrowser: undefined,
        createPrinter: () =>
          createElectronPrinter({
            openPrintWindow: (query) => createWindow('print', { preloadPath, openExternal, query }),
          }),
      });
    },
  };
}

/**
 * Runs the CLI with `args` in the app: sets up what the print view needs (the app protocol, the hardened session,
 * the IPC that answers `print:job`), shows no window, then exits with the command's code.
 */
export async function runHeadless(args: readonly string[], options: HeadlessOptions): Promise<number> {
  // The hidden print windows close after each job: that must not end the run (Electron quits when the last
  // window closes unless someone listens).
  app.on('window-all-closed', () => undefined);
  app.dock?.hide();
  await app.whenReady();
  hardenSession(session.defaultSession);
  serveAppProtocol(protocol, options.rendererRoot);
  const services = createHostServices({
    host: 'electron',
    version: app.getVersion(),
    userDataDir: app.getPath('userData'),
    appRoot: app.getAppPath(),
    dialogs: createElectronDialogs(),
    initialDeckPath: null,
  });
  registerIpc(ipcMain, services, appWindows);
  const io = {
    stdout: options.stdout ?? ((text: string) => void process.stdout.write(text)),
    stderr: options.stderr ?? ((text: string) => void process.stderr.write(text)),
  };
  const code = await run(args, io, electronCommandLoaders(options.preloadPath)).catch((error: unknown) => {
    io.stderr(`briefdeck: ${String(error)}\n`);
    return 1;
  });
  app.exit(code);
  return code;
}
