import type { BrowserWindow } from 'electron';
import type { PrintJob } from '../../ipc/contract';
import { registerPrintJob } from './printJobs';
import { type PrintLayout, type PrintResult, type PrintToPdf } from './types';

/** Options for {@link createElectronPrinter}. */
export interface ElectronPrinterOptions {
  /**
   * Opens a hidden, sandboxed window on `print.html` with the given query (`{ job: id }`), with the app's preload so
   * the page can call `print:job`. It must come from electron/main/window.ts's one window factory, never be shown,
   * and is destroyed by the printer when the job ends.
   */
  openPrintWindow: (query: Record<string, string>) => BrowserWindow;
  /** How long the print view may take to lay out (default 120 s). */
  timeoutMs?: number;
  /** How long the loaded print view may take to paint its first frame (default 10 s). */
  frameTimeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_FRAME_TIMEOUT_MS = 10_000;

/**
 * Resolves once the page paints a frame. reveal's print view lays out in `requestAnimationFrame`, which never runs
 * in a window the system treats as occluded (seen on macOS with hidden windows): fail fast, not after 120 s.
 */
const WAIT_FOR_FRAME = 'new Promise((resolve) => requestAnimationFrame(() => resolve(true)))';
const NOT_PAINTING =
  'the hidden print window is not being painted (the system treats it as occluded), so the print view cannot lay out';

/**
 * Resolves with the print view's state once `<html>` carries `data-print-ready` or `data-print-error`; evaluated by
 * `executeJavaScript` (which the page's CSP does not govern). A MutationObserver, not a timer: nothing sleeps.
 */
const WAIT_FOR_READY = `new Promise((resolve) => {
  const html = document.documentElement;
  const settled = () => {
    const data = html.dataset;
    if (data.printReady !== 'true' && data.printError === undefined) return false;
    resolve({ error: data.printError ?? null, layout: data.printLayout ?? null });
    return true;
  };
  if (!settled()) new MutationObserver((_, observer) => { if (settled()) observer.disconnect(); }).observe(html, { attributes: true });
})`;

function loaded(window: BrowserWindow): Promise<void> {
  return new Promise((resolve, reject) => {
    window.webContents.once('did-finish-load', () => resolve());
    window.webContents.once('did-fail-load', (_event, code, description) =>
      reject(new Error(`the print view did not load (${code} ${description})`)),
    );
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string, message?: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message ?? `${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Prints with Electron: a hidden window loads the print view once for the whole deck (the editor stays responsive),
 * then `webContents.printToPDF` with the CSS page size and backgrounds (`layout(job)` stops before printing). The
 * window is destroyed afterwards.
 */
export function createElectronPrinter(options: ElectronPrinterOptions): PrintToPdf {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const frameTimeout = options.frameTimeoutMs ?? DEFAULT_FRAME_TIMEOUT_MS;

  /** Loads the print view on `job` in a hidden window, waits for its layout and, unless `measure`, prints it. */
  async function run(job: PrintJob, measure: boolean): Promise<PrintResult> {
    const { id, dispose } = registerPrintJob(job);
    const window = options.openPrintWindow({ job: id });
    try {
      const state = await withTimeout(
        loaded(window).then(async () => {
          const painted = window.webContents.executeJavaScript(WAIT_FOR_FRAME) as Promise<unknown>;
          await withTimeout(painted, frameTimeout, 'Painting the print view', NOT_PAINTING);
          return window.webContents.executeJavaScript(WAIT_FOR_READY) as Promise<{
            error: string | null;
            layout: string | null;
          }>;
        }),
        timeout,
        'Laying out the print view',
      );
      if (state.error !== null) throw new Error(`the print view failed: ${state.error}`);
      const layout = JSON.parse(state.layout ?? '{}') as PrintLayout;
      // Measured only: no PDF (`layout()` hands back the layout alone).
      if (measure) return { pdf: new Uint8Array(), layout };
      // Tagged, as the Chromium printer does; the outline is the pdf-lib pass's, one bookmark per slide.
      const pdf = await window.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateTaggedPDF: true,
        generateDocumentOutline: false,
      });
      return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), layout };
    } finally {
      dispose();
      if (!window.isDestroyed()) window.destroy();
    }
  }

  return {
    print: (job) => run(job, false),
    async layout(job: PrintJob): Promise<PrintLayout> {
      return (await run(job, true)).layout;
    },
  };
}
