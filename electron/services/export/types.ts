import type { PdfKind, PrintJob, PrintLayout } from '../../ipc/contract';

export type { PrintLayout };

/** A printed job: the PDF bytes and the layout the outline is built from. */
export interface PrintResult {
  pdf: Uint8Array;
  layout: PrintLayout;
}

/**
 * What prints a job to PDF: Chromium through playwright-core (CLI, web host, tests) or Electron's
 * `webContents.printToPDF` (the app). Either loads `print.html?job=ID` once for the whole deck and waits for the
 * view's `data-print-ready`.
 */
export interface PrintToPdf {
  print(job: PrintJob): Promise<PrintResult>;
  /**
   * Lays a job out as `print` does, without printing: its layout only. A long notes PDF measures its parts with it
   * first, so each part's pages are numbered out of the whole's. A printer without it prints notes in one load.
   */
  layout?(job: PrintJob): Promise<PrintLayout>;
  /** Releases the browser or window (a no-op for printers that own nothing). */
  close?(): Promise<void>;
  /**
   * Starts the browser now, before the first job (the CLI calls it while it reads and parses the deck); a failure
   * surfaces at the next `print`.
   */
  warm?(): void;
}

/** Where an export is. */
export type ExportStage = 'parsing' | 'printing' | 'finishing' | 'writing' | 'done';

/** Options for {@link exportPdf}. */
export interface ExportPdfOptions {
  deckText: string;
  kind: PdfKind;
  /** Slides per handout page (default 3). */
  perPage?: 3 | 6;
  /** Paper for notes and handouts (default a4). */
  paper?: 'a4' | 'letter';
  /** Absolute path of the PDF to write (atomically). */
  outPath: string;
  printer: PrintToPdf;
  /**
   * Called at each stage, with the slide count once known; a long deck prints in parts, and reports `printing`
   * again after each part with the slides' worth of printing done so far (a notes PDF measures its parts first).
   */
  onProgress?: (stage: ExportStage, detail: { slides: number; printed?: number }) => void;
  /** The article, when known, to quote source sentences under the notes. */
  article?: PrintJob['article'];
  /** Writes the file (default: the atomic, durable save). */
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  /** Slides per part of a long deck (default {@link SLIDES_PER_PART}; tests make it small). */
  partSize?: number;
}

/** What an export produced. */
export interface ExportPdfResult {
  path: string;
  bytes: number;
  pages: number;
  slides: number;
  ms: number;
}

/** Why an export failed: the deck, the browser, the printing, or the write. Nothing is written in any case. */
export type ExportFailure = 'deck' | 'browser' | 'print' | 'write';

/** An export that failed; no file was written (or an existing one was left as it was). */
export class ExportError extends Error {
  constructor(
    readonly reason: ExportFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}
