/**
 * Notes and handouts of a long deck print in parts and are joined, like the slides PDF: with the part size forced
 * small, the joined PDF has the same pages and text as one print of the whole deck (every title and every note's
 * words, slide and page numbers counted across the whole deck), one bookmark per slide on its page, and its tags.
 * Needs `npm run build`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { findAppRoot } from '../../electron/services/bundled';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/services/export/chromiumPrinter';
import { exportPdf } from '../../electron/services/export/exportPdf';
import type { ExportPdfOptions } from '../../electron/services/export/types';
import { readOutline } from '../unit/electron/export/outlineReader';
import { accessibility, comparable, missingFromPdf, pdfPageTexts, wordsMissingInOrder } from '../helpers/pdf';
import { exportSlideNotes, exportSlideTitle, longNote, makeExportDeck } from '../fixtures/export/exportDecks';

const SLIDES = 11;
/** Slide 2's note runs over several pages, so a part's page count is not its slide count. */
const deckText = makeExportDeck(SLIDES, { longNoteWords: 1200 });

let printer: ChromiumPrinter;
let dir: string;

test.beforeAll(() => {
  printer = createChromiumPrinter({ rendererRoot: join(findAppRoot(import.meta.url), 'out', 'renderer') });
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-parts-'));
});
test.afterAll(async () => {
  try {
    await printer.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

async function exported(name: string, options: Omit<ExportPdfOptions, 'outPath' | 'printer' | 'deckText'>) {
  const outPath = join(dir, name);
  /** The printing progress reported after each part (none for one load). */
  const printed: number[] = [];
  const result = await exportPdf({
    ...options,
    deckText,
    outPath,
    printer,
    onProgress: (stage, detail) => {
      if (stage === 'printing' && detail.printed !== undefined) printed.push(detail.printed);
    },
  });
  return { result, printed, bytes: new Uint8Array(readFileSync(outPath)) };
}

const CASES: { name: string; options: Pick<ExportPdfOptions, 'kind' | 'perPage' | 'paper'> }[] = [
  { name: 'notes-a4', options: { kind: 'notes', paper: 'a4' } },
  { name: 'handouts-3-letter', options: { kind: 'handouts', perPage: 3, paper: 'letter' } },
  { name: 'handouts-6-a4', options: { kind: 'handouts', perPage: 6, paper: 'a4' } },
];

test.describe('a long notes or handouts PDF printed in parts', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const { name, options } of CASES) {
    test(`${name}: the same pages and text as one print, every title${options.kind === 'notes' ? ' and note' : ''}, numbered across parts`, async () => {
      const parted = await exported(`${name}-parts.pdf`, { ...options, partSize: 4 });
      const whole = await exported(`${name}-whole.pdf`, options);
      // Parts of 4 slides (6 for 6 per page): three parts or more, then one load for the whole.
      expect(parted.printed.length).toBeGreaterThanOrEqual(2);
      expect(parted.printed.at(-1)).toBe(SLIDES);
      expect(whole.printed).toEqual([]);
      const pages = await pdfPageTexts(parted.bytes);
      expect(pages.length).toBe(parted.result.pages);
      expect(pages.length).toBeGreaterThan(1);
      // Page for page, the same text as the deck printed in one load: numbering and all.
      expect(pages.map(comparable)).toEqual((await pdfPageTexts(whole.bytes)).map(comparable));
      pages.forEach((text, i) =>
        expect(comparable(text)).toContain(comparable(`Page ${i + 1} of ${pages.length}`)),
      );
      const titles = Array.from({ length: SLIDES }, (_, i) => exportSlideTitle(i));
      expect(await missingFromPdf(parted.bytes, titles)).toEqual([]);
      if (options.kind === 'notes') {
        for (let i = 0; i < SLIDES; i += 1) {
          const note = i === 1 ? longNote(1200) : exportSlideNotes(i);
          expect(await wordsMissingInOrder(parted.bytes, note), `slide ${i + 1}'s note`).toEqual([]);
        }
        // The last part's slides say where they are in the whole deck.
        expect(comparable(pages.at(-1) ?? '')).toContain(comparable(`Slide ${SLIDES} of ${SLIDES}`));
      } else {
        expect(comparable(pages.join(' '))).toContain(
          comparable(`${SLIDES}. ${exportSlideTitle(SLIDES - 1)}`),
        );
      }
      const outline = readOutline(await PDFDocument.load(parted.bytes));
      expect(outline).toEqual(readOutline(await PDFDocument.load(whole.bytes)));
      expect(outline.map((entry) => entry.title)).toEqual(titles);
      expect(await accessibility(parted.bytes)).toEqual(await accessibility(whole.bytes));
      expect(await accessibility(parted.bytes)).toMatchObject({
        marked: true,
        structureTree: true,
        lang: 'en',
      });
    });
  }
});
