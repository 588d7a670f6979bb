/**
 * Nothing is cut: for a generated deck with every layout and over-full slides, every PDF kind (slides; notes on A4
 * and Letter; handouts 3 and 6 per page on A4 and Letter; both aspects) holds every title, bullet and item, and the
 * notes PDF every word of every note, in order. Text is read back with unpdf. Needs `npm run build`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findAppRoot } from '../../electron/services/bundled';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/services/export/chromiumPrinter';
import { exportPdf, SLIDES_PER_PART } from '../../electron/services/export/exportPdf';
import type { ExportPdfOptions } from '../../electron/services/export/types';
import { makeFitDeck } from '../fixtures/export/fitDecks';
import { PDFDocument } from 'pdf-lib';
import { readOutline } from '../unit/electron/export/outlineReader';
import { accessibility, comparable, missingFromPdf, pdfPageTexts, wordsMissingInOrder } from '../helpers/pdf';
import { exportSlideTitle, makeExportDeck } from '../fixtures/export/exportDecks';

let printer: ChromiumPrinter;
let dir: string;

test.beforeAll(() => {
  printer = createChromiumPrinter({ rendererRoot: join(findAppRoot(import.meta.url), 'out', 'renderer') });
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-complete-'));
});
test.afterAll(async () => {
  try {
    await printer.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

async function exported(name: string, options: Omit<ExportPdfOptions, 'outPath' | 'printer'>) {
  const outPath = join(dir, name);
  await exportPdf({ ...options, outPath, printer });
  return new Uint8Array(readFileSync(outPath));
}

const CASES: {
  name: string;
  aspect: '16:9' | '4:3';
  options: Pick<ExportPdfOptions, 'kind' | 'perPage' | 'paper'>;
}[] = [
  { name: 'slides-16-9', aspect: '16:9', options: { kind: 'slides' } },
  { name: 'slides-4-3', aspect: '4:3', options: { kind: 'slides' } },
  { name: 'handouts-3-a4', aspect: '16:9', options: { kind: 'handouts', perPage: 3, paper: 'a4' } },
  { name: 'handouts-6-a4', aspect: '16:9', options: { kind: 'handouts', perPage: 6, paper: 'a4' } },
  { name: 'handouts-3-letter', aspect: '4:3', options: { kind: 'handouts', perPage: 3, paper: 'letter' } },
  { name: 'handouts-6-letter', aspect: '16:9', options: { kind: 'handouts', perPage: 6, paper: 'letter' } },
  { name: 'notes-a4', aspect: '16:9', options: { kind: 'notes', paper: 'a4' } },
  { name: 'notes-letter', aspect: '4:3', options: { kind: 'notes', paper: 'letter' } },
];

test.describe('every PDF kind holds every word of the deck', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const { name, aspect, options } of CASES) {
    test(`${name}: every title, bullet and item${options.kind === 'notes' ? ', and every note' : ''}`, async () => {
      const deck = makeFitDeck(aspect);
      const bytes = await exported(`${name}.pdf`, { deckText: deck.deckText, ...options });
      expect(await missingFromPdf(bytes, deck.shown)).toEqual([]);
      if (options.kind === 'notes')
        for (const note of deck.notes) expect(await wordsMissingInOrder(bytes, note)).toEqual([]);
      // Tagged (what pdfinfo reports as "Tagged: yes"), with its structure tree, language and title kept
      // through the pdf-lib pass, and the outline: one bookmark per slide.
      expect(await accessibility(bytes)).toEqual({
        marked: true,
        structureTree: true,
        lang: 'en',
        displayTitle: true,
        title: 'Nothing is cut',
      });
      const outline = readOutline(await PDFDocument.load(bytes));
      expect(outline).toHaveLength(deck.slides);
    });
  }
});

test('a long slides PDF, printed in parts and joined, keeps every slide, its page, its bookmark and its tags', async () => {
  test.setTimeout(240_000);
  const count = SLIDES_PER_PART * 2 + 7;
  const progress: number[] = [];
  const outPath = join(dir, 'long.pdf');
  const result = await exportPdf({
    deckText: makeExportDeck(count),
    kind: 'slides',
    outPath,
    printer,
    onProgress: (stage, { printed }) => {
      if (stage === 'printing' && printed !== undefined) progress.push(printed);
    },
  });
  expect(result.pages).toBe(count);
  expect(progress).toEqual([SLIDES_PER_PART, SLIDES_PER_PART * 2, count]);
  const bytes = new Uint8Array(readFileSync(outPath));
  const pages = await pdfPageTexts(bytes);
  expect(pages).toHaveLength(count);
  pages.forEach((text, i) => expect(comparable(text)).toContain(comparable(exportSlideTitle(i))));
  const titles = Array.from({ length: count }, (_, i) => exportSlideTitle(i));
  expect(readOutline(await PDFDocument.load(bytes))).toEqual(titles.map((title, page) => ({ title, page })));
  expect(await accessibility(bytes)).toMatchObject({ marked: true, structureTree: true, lang: 'en' });
});
