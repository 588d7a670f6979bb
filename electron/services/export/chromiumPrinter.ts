import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PrintJob } from '../../ipc/contract';
import { CHROMIUM_FLAGS, findChromium } from './findChromium';
import { registerPrintJob } from './printJobs';
import { startPrintServer, type PrintServer } from './printServer';
import { ExportError, type PrintLayout, type PrintResult, type PrintToPdf } from './types';

/** Options for {@link createChromiumPrinter}. */
export interface ChromiumPrinterOptions {
  /** The built renderer holding `print.html` (e.g. `<appRoot>/out/renderer`). */
  rendererRoot: string;
  /** The browser to use (default: {@link findChromium}). */
  executablePath?: string;
  /** How long the print view may take to lay out (default 120 s). */
  timeoutMs?: number;
  /** Sees every URL the print page requests (tests check none leaves loopback). */
  onRequest?: (url: string) => void;
}

/** A printer that keeps its browser and server running between jobs; `close()` releases them. */
export interface ChromiumPrinter extends PrintToPdf {
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/** A started browser (with one context reused by every job: a page in it opens faster) and its server. */
interface Running {
  browser: Browser;
  context: BrowserContext;
  server: PrintServer;
}

/** Matches once the print view is laid out or has failed (a selector: the page's CSP forbids evaluated strings). */
const SETTLED = 'html[data-print-ready="true"], html[data-print-error]';
/** Matches once the print view has its job (it marks `<html>` with `print-<kind>`) or has failed. */
const STARTED = 'html[class*="print-"], html[data-print-error]';
/** How long the page may take to load and fetch its job; a stall here is retried once on a fresh page. */
const START_TIMEOUT_MS = 30_000;

/** The print view never received its job (a page that did not load): worth one retry on a fresh page. */
class PrintStallError extends Error {}

/** Requests still open and errors seen, per page, for stall messages. */
const pageTrace = new WeakMap<Page, { pending: Set<string>; errors: string[] }>();

function tracePage(page: Page): void {
  const trace = { pending: new Set<string>(), errors: [] as string[] };
  pageTrace.set(page, trace);
  page.on('request', (request) => trace.pending.add(request.url()));
  page.on('requestfinished', (request) => trace.pending.delete(request.url()));
  page.on('requestfailed', (request) => {
    trace.pending.delete(request.url());
    trace.errors.push(`${request.url()} failed: ${request.failure()?.errorText ?? 'unknown'}`);
  });
  page.on('pageerror', (error) => trace.errors.push(error.message));
}

/** What the print view had done when it stalled, for the error message. */
async function describeStall(page: Page): Promise<string> {
  const [classes, pages, sheets] = await Promise.all([
    page
      .locator('html')
      .getAttribute('class', { timeout: 1000 })
      .catch(() => null),
    page
      .locator('.pdf-page')
      .count()
      .catch(() => -1),
    page
      .locator('.sheet')
      .count()
      .catch(() => -1),
  ]);
  const trace = pageTrace.get(page);
  const pending = trace ? [...trace.pending].join(', ') || 'none' : 'unknown';
  const errors = trace?.errors.join('; ') || 'none';
  return `html class "${classes ?? ''}", ${pages} reveal pages, ${sheets} sheets; open requests: ${pending}; errors: ${errors}`;
}

async function waitFor(page: Page, selector: string, timeout: number, what: string) {
  return page.waitForSelector(selector, { state: 'attached', timeout }).catch(async () => {
    throw new PrintStallError(`the print view ${what} after ${timeout} ms (${await describeStall(page)})`);
  });
}

async function waitForLayout(page: Page, timeout: number): Promise<PrintLayout> {
  await waitFor(page, STARTED, Math.min(START_TIMEOUT_MS, timeout), 'had not received its job');
  const html = await waitFor(page, SETTLED, timeout, 'was not ready').catch((error: Error) => {
    throw new Error(error.message);
  });
  const error = await html.getAttribute('data-print-error');
  if (error !== null) throw new Error(`the print view failed: ${error}`);
  return JSON.parse((await html.getAttribute('data-print-layout')) ?? '{}') as PrintLayout;
}

/**
 * Prints with Chromium through playwright-core. The browser and a loopback server for the built print view are
 * started on first use and kept, so later exports (the web host's) skip Chromium's start-up. Each job is one page
 * load for the whole deck (or part), printed with `page.pdf({ preferCSSPageSize, printBackground, tagged })`;
 * `layout(job)` loads it the same way and stops before printing.
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions): ChromiumPrinter {
  let starting: Promise<Running> | undefined;
  let spare: Page | undefined;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function start(): Promise<Running> {
    if (!existsSync(join(options.rendererRoot, 'print.html'))) {
      throw new ExportError(
        'print',
        `The print view is not built (${options.rendererRoot}/print.html): run npm run build.`,
      );
    }
    let executablePath: string;
    try {
      executablePath = options.executablePath ?? findChromium();
    } catch (error) {
      throw new ExportError('browser', (error as Error).message);
    }
    // The server starts while playwright-core loads (on first use: the Electron app prints with its own window and
    // never needs it) and Chromium launches; whichever fails, the other is released, so nothing keeps the process.
    const serving = startPrintServer(options.rendererRoot);
    const launching = import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS], headless: true }),
    );
    const [launched, served] = await Promise.allSettled([launching, serving]);
    if (launched.status === 'rejected') {
      if (served.status === 'fulfilled') await served.value.close();
      throw new ExportError(
        'browser',
        `Chromium (${executablePath}) did not start: ${(launched.reason as Error).message.split('\n')[0]}`,
      );
    }
    const browser = launched.value;
    if (served.status === 'rejected') {
      await browser.close().catch(() => undefined);
      throw served.reason;
    }
    const server = served.value;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    return { browser, context, server };
  }

  async function openPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    tracePage(page);
    if (options.onRequest) page.on('request', (request) => options.onRequest?.(request.url()));
    // Lay out (and measure the notes) under the media the PDF is printed with.
    await page.emulateMedia({ media: 'print' });
    return page;
  }

  /** Loads the print view on `job` and waits for its layout; prints it unless `measure`. */
  async function printOnce(job: PrintJob, running: Running, measure = false): Promise<PrintResult> {
    const { id, dispose } = registerPrintJob(job);
    // Reuse the page of the last job when it is free: a fresh navigation resets the document, and opening a
    // page is a large part of a warm export.
    const page = spare && !spare.isClosed() ? spare : await openPage(running.context);
    spare = undefined;
    let reusable = false;
    try {
      await page.goto(`${running.server.url}print.html?job=${id}`, { waitUntil: 'commit', timeout });
      const layout = await waitForLayout(page, timeout);
      if (measure) {
        reusable = true;
        // Measured only: no PDF (`layout()` hands back the layout alone).
        return { pdf: new Uint8Array(), layout };
      }
      // Tagged: Chromium writes the structure tree (headings, lists, reading order) screen readers use.
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
      reusable = true;
      return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), layout };
    } finally {
      dispose();
      if (reusable && !spare) spare = page;
      else await page.close().catch(() => undefined);
    }
  }

  /** Runs a job on the running browser (started on first use); a page that stalled is retried once. */
  async function run(job: PrintJob, measure: boolean): Promise<PrintResult> {
    starting ??= start();
    let running: Running;
    try {
      running = await starting;
    } catch (error) {
      starting = undefined;
      throw error;
    }
    try {
      return await printOnce(job, running, measure);
    } catch (error) {
      if (!(error instanceof PrintStallError)) throw error;
      // A page that never got its job (it did not load) is retried once on a fresh page, then reported.
      return printOnce(job, running, measure).catch((retryError: unknown) => {
        throw new Error(`${(retryError as Error).message} (first attempt: ${error.message})`);
      });
    }
  }

  return {
    warm(): void {
      starting ??= start();
      // Seen again (and reported) by the next print.
      starting.catch(() => undefined);
    },
    print: (job) => run(job, false),
    async layout(job: PrintJob): Promise<PrintLayout> {
      return (await run(job, true)).layout;
    },
    async close(): Promise<void> {
      const current = starting;
      starting = undefined;
      spare = undefined;
      if (!current) return;
      const running = await current.catch(() => undefined);
      if (!running) return;
      await Promise.all([running.browser.close().catch(() => undefined), running.server.close()]);
    },
  };
}
