import { join } from 'node:path';
import type { Handler } from '../types';
import { createChromiumPrinter, type ChromiumPrinter } from './chromiumPrinter';
import { exportPdf } from './exportPdf';
import { printJob } from './printJobs';
import { ExportError, type PrintToPdf } from './types';

const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];
const DECK_EXTENSION = /(\.deck)?\.md$/i;

let sharedPrinter: ChromiumPrinter | undefined;

/** The Chromium printer shared by every export of this process (started on first use, kept running). */
export function sharedChromiumPrinter(appRoot: string): ChromiumPrinter {
  sharedPrinter ??= createChromiumPrinter({ rendererRoot: join(appRoot, 'out', 'renderer') });
  return sharedPrinter;
}

/** Closes the shared printer's browser, if one was started. */
export async function closeSharedChromiumPrinter(): Promise<void> {
  const printer = sharedPrinter;
  sharedPrinter = undefined;
  await printer?.close();
}

/**
 * The `export:pdf` handler: asks for a path when none is given (null when the user cancels), exports with the
 * given printer (default: the shared Chromium printer) and answers `{ ok: false, message }` on any failure.
 */
export function createExportPdfHandler(printerFor?: (appRoot: string) => PrintToPdf): Handler<'export:pdf'> {
  return async (request, context) => {
    const outPath =
      request.outPath ??
      (await context.dialogs.showSave({
        title: 'Export PDF',
        defaultName: `${request.kind}.pdf`.replace(DECK_EXTENSION, ''),
        filters: PDF_FILTERS,
      }));
    if (!outPath) return null;
    try {
      const result = await exportPdf({
        deckText: request.text,
        kind: request.kind,
        perPage: request.perPage,
        paper: request.paper,
        article: request.article,
        outPath,
        printer: (printerFor ?? sharedChromiumPrinter)(context.appRoot),
      });
      return { ok: true, path: result.path, bytes: result.bytes, ms: result.ms };
    } catch (error) {
      if (error instanceof ExportError) return { ok: false, message: error.message };
      throw error;
    }
  };
}

/** The `print:job` handler: the print view fetching its job. */
export const printJobHandler: Handler<'print:job'> = async (request) => printJob(request.id);
