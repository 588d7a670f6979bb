import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../../electron/ipc/contract';
import { exportPdf } from '../../../../electron/services/export/exportPdf';
import { ExportError, type PrintResult, type PrintToPdf } from '../../../../electron/services/export/types';
import { makeExportDeck } from '../../../fixtures/export/exportDecks';
import { readOutline } from './outlineReader';

/** A printer that lays out one page per slide without a browser, recording the jobs it gets. */
function fakePrinter(pagesPerSlide = 1): PrintToPdf & { jobs: PrintJob[] } {
  const jobs: PrintJob[] = [];
  return {
    jobs,
    async print(job): Promise<PrintResult> {
      jobs.push(job);
      const slides = job.deckText.split('\n---\n').length - 1;
      const doc = await PDFDocument.create();
      for (let i = 0; i < slides * pagesPerSlide; i += 1) doc.addPage([300, 200]);
      return {
        pdf: await doc.save(),
        layout: {
          pages: slides * pagesPerSlide,
          slidePages: Array.from({ length: slides }, (_, i) => i * pagesPerSlide),
          titles: Array.from({ length: slides }, (_, i) => `Slide ${i + 1}`),
        },
      };
    },
  };
}

const throwingPrinter: PrintToPdf = {
  print: () => Promise.reject(new Error('Chromium crashed')),
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('exportPdf', () => {
  it('prints, adds metadata and outline, and writes the file', async () => {
    const printer = fakePrinter(2);
    const stages: string[] = [];
    const out = join(dir, 'deck.pdf');
    const result = await exportPdf({
      deckText: makeExportDeck(3),
      kind: 'notes',
      paper: 'letter',
      outPath: out,
      printer,
      onProgress: (stage) => stages.push(stage),
    });
    expect(result).toMatchObject({ path: out, pages: 6, slides: 3 });
    expect(stages).toEqual(['parsing', 'printing', 'finishing', 'writing', 'done']);
    expect(printer.jobs[0]).toMatchObject({ kind: 'notes', paper: 'letter', perPage: 3 });
    const doc = await PDFDocument.load(readFileSync(out));
    expect(result.bytes).toBe(readFileSync(out).byteLength);
    expect(doc.getTitle()).toBe('Export test deck of 3 slides');
    expect(readOutline(doc).map((entry) => entry.page)).toEqual([0, 2, 4]);
  });

  it('refuses a deck with errors before printing, with its line, and writes nothing', async () => {
    const printer = fakePrinter();
    const broken = makeExportDeck(2).replace('theme: briefing', 'theme: [unclosed');
    const error = await exportPdf({
      deckText: broken,
      kind: 'slides',
      outPath: join(dir, 'x.pdf'),
      printer,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).reason).toBe('deck');
    expect((error as Error).message).toMatch(
      /^The deck has \d+ errors?; fix (it|them) before exporting \(line \d+, column \d+/,
    );
    expect(printer.jobs).toHaveLength(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a deck with no slides', async () => {
    await expect(
      exportPdf({
        deckText: '---\ntitle: Empty\n---\n',
        kind: 'slides',
        outPath: join(dir, 'x.pdf'),
        printer: fakePrinter(),
      }),
    ).rejects.toThrow('The deck has no slides to export.');
  });

  it('leaves no file, and an existing PDF untouched, when the printer throws', async () => {
    const out = join(dir, 'keep.pdf');
    writeFileSync(out, 'previous export');
    const error = await exportPdf({
      deckText: makeExportDeck(2),
      kind: 'slides',
      outPath: out,
      printer: throwingPrinter,
    }).catch((e: unknown) => e);
    expect((error as ExportError).reason).toBe('print');
    expect((error as Error).message).toBe('Printing failed: Chromium crashed');
    expect(readdirSync(dir)).toEqual(['keep.pdf']);
    expect(readFileSync(out, 'utf8')).toBe('previous export');
  });

  it('leaves no partial file when the write fails midway', async () => {
    const out = join(dir, 'deck.pdf');
    const failingWrite = async () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    const error = await exportPdf({
      deckText: makeExportDeck(2),
      kind: 'slides',
      outPath: out,
      printer: fakePrinter(),
      writeFile: failingWrite,
    }).catch((e: unknown) => e);
    expect((error as ExportError).reason).toBe('write');
    expect((error as Error).message).toMatch(/Not enough disk space/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports an unwritable folder as a write failure and leaves nothing behind', async () => {
    const error = await exportPdf({
      deckText: makeExportDeck(2),
      kind: 'slides',
      outPath: join(dir, 'missing-folder', 'deck.pdf'),
      printer: fakePrinter(),
    }).catch((e: unknown) => e);
    expect((error as ExportError).reason).toBe('write');
    expect((error as Error).message).toContain('missing-folder');
    expect(readdirSync(dir)).toEqual([]);
  });
});
