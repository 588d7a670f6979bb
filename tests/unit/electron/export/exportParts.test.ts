import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintJob, PrintLayout } from '../../../../electron/ipc/contract';
import { exportPdf, partSlides } from '../../../../electron/services/export/exportPdf';
import { ExportError, type PrintResult, type PrintToPdf } from '../../../../electron/services/export/types';
import { makeExportDeck } from '../../../fixtures/export/exportDecks';
import { readOutline } from './outlineReader';

/** Pages a fake notes page takes for slide `number` (1-based, in the whole deck): every fourth takes two. */
const notesPages = (number: number) => (number % 4 === 0 ? 2 : 1);

/**
 * A printer without a browser that lays out as the print view does: notes one or two pages a slide, handouts
 * `perPage` slides a page, slides one; it records what it measured and printed, and `skew` adds pages to a print.
 */
function fakePrinter(options: { measure?: boolean; skew?: number } = {}) {
  const measured: PrintJob[] = [];
  const printed: PrintJob[] = [];
  const layOut = (job: PrintJob): PrintLayout => {
    const slides = job.deckText.split('\n---\n').length - 1;
    const first = job.part?.firstSlide ?? 0;
    const slidePages: number[] = [];
    let pages = 0;
    for (let i = 0; i < slides; i += 1) {
      if (job.kind === 'handouts') {
        slidePages.push(Math.floor(i / job.perPage));
        continue;
      }
      slidePages.push(pages);
      pages += job.kind === 'notes' ? notesPages(first + i + 1) : 1;
    }
    if (job.kind === 'handouts') pages = Math.ceil(slides / job.perPage);
    const titles = Array.from({ length: slides }, (_, i) => `Slide ${first + i + 1}`);
    return { pages, slidePages, titles };
  };
  const printer: PrintToPdf = {
    async print(job): Promise<PrintResult> {
      printed.push(job);
      const layout = layOut(job);
      const pages = layout.pages + (options.skew ?? 0);
      const doc = await PDFDocument.create();
      for (let i = 0; i < pages; i += 1) doc.addPage([300, 200]);
      return { pdf: await doc.save(), layout: { ...layout, pages } };
    },
    ...(options.measure === false
      ? {}
      : {
          async layout(job: PrintJob): Promise<PrintLayout> {
            measured.push(job);
            return layOut(job);
          },
        }),
  };
  return { printer, measured, printed };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-parts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a long notes or handouts PDF printed in parts', () => {
  it('measures the notes parts, then prints each numbered within the whole deck', async () => {
    const { printer, measured, printed } = fakePrinter();
    const out = join(dir, 'notes.pdf');
    const printedSoFar: number[] = [];
    const result = await exportPdf({
      deckText: makeExportDeck(11),
      kind: 'notes',
      outPath: out,
      printer,
      partSize: 4,
      onProgress: (stage, { printed: done }) => {
        if (stage === 'printing' && done !== undefined) printedSoFar.push(done);
      },
    });
    // Slides 4 and 8 take two pages: parts of 5, 5 and 3 pages.
    expect(measured.map((job) => job.part)).toEqual(
      [0, 4, 8].map((firstSlide) => ({
        firstSlide,
        slideTotal: 11,
        firstPage: 0,
        pageTotal: 0,
      })),
    );
    expect(printed.map((job) => job.part)).toEqual([
      { firstSlide: 0, slideTotal: 11, firstPage: 0, pageTotal: 13 },
      { firstSlide: 4, slideTotal: 11, firstPage: 5, pageTotal: 13 },
      { firstSlide: 8, slideTotal: 11, firstPage: 10, pageTotal: 13 },
    ]);
    expect(result.pages).toBe(13);
    const doc = await PDFDocument.load(readFileSync(out));
    expect(doc.getPageCount()).toBe(13);
    expect(readOutline(doc)).toEqual(
      [0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12].map((page, i) => ({
        title: `Slide ${i + 1}`,
        page,
      })),
    );
    // Progress only moves forward, and ends with every slide printed.
    expect(printedSoFar).toEqual([...printedSoFar].sort((a, b) => a - b));
    expect(printedSoFar.at(-1)).toBe(11);
  });

  it('prints handouts in parts of whole pages, numbered from the slide count, with no measuring', async () => {
    const { printer, measured, printed } = fakePrinter();
    const out = join(dir, 'handouts.pdf');
    const result = await exportPdf({
      deckText: makeExportDeck(13),
      kind: 'handouts',
      perPage: 6,
      outPath: out,
      printer,
      partSize: 8,
    });
    expect(measured).toEqual([]);
    expect(printed.map((job) => job.part)).toEqual([
      { firstSlide: 0, slideTotal: 13, firstPage: 0, pageTotal: 3 },
      { firstSlide: 6, slideTotal: 13, firstPage: 1, pageTotal: 3 },
      { firstSlide: 12, slideTotal: 13, firstPage: 2, pageTotal: 3 },
    ]);
    expect(result.pages).toBe(3);
    const outline = readOutline(await PDFDocument.load(readFileSync(out)));
    expect(outline.map((entry) => entry.page)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2]);
  });

  it('prints notes in one load with a printer that cannot measure, and a short deck in one load', async () => {
    const blind = fakePrinter({ measure: false });
    await exportPdf({
      deckText: makeExportDeck(11),
      kind: 'notes',
      outPath: join(dir, 'one.pdf'),
      printer: blind.printer,
      partSize: 4,
    });
    expect(blind.printed.map((job) => job.part)).toEqual([undefined]);
    const short = fakePrinter();
    await exportPdf({
      deckText: makeExportDeck(4),
      kind: 'notes',
      outPath: join(dir, 'short.pdf'),
      printer: short.printer,
      partSize: 4,
    });
    expect(short.measured).toEqual([]);
    expect(short.printed.map((job) => job.part)).toEqual([undefined]);
  });

  it('fails, writing nothing, when a part prints to other pages than it was numbered for', async () => {
    const { printer } = fakePrinter({ skew: 1 });
    const out = join(dir, 'skewed.pdf');
    const failure = await exportPdf({
      deckText: makeExportDeck(11),
      kind: 'notes',
      outPath: out,
      printer,
      partSize: 4,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExportError);
    expect((failure as ExportError).reason).toBe('print');
    expect((failure as ExportError).message).toContain('part 1 of 3 printed 6 pages where 5 were numbered');
    expect(existsSync(out)).toBe(false);
  });

  it('sizes handout parts in whole pages', () => {
    expect(partSlides('handouts', 3, 150)).toBe(150);
    expect(partSlides('handouts', 6, 152)).toBe(150);
    expect(partSlides('handouts', 6, 4)).toBe(6);
    expect(partSlides('notes', 3, 4)).toBe(4);
    expect(partSlides('slides', 6, 0)).toBe(1);
  });
});
