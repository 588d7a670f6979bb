/**
 * reveal-md chart decks in every PDF kind, printed by the real Chromium printer over the built renderer (needs
 * `npm run build`): each slide's inline SVG chart is drawn (its bar labels are text in the PDF), the aligned
 * table and both fragments show (PDFs show each slide's final state), and nothing of the markup leaks as text.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../../electron/services/bundled';
import {
  createChromiumPrinter,
  type ChromiumPrinter,
} from '../../../../electron/services/export/chromiumPrinter';
import { exportPdf } from '../../../../electron/services/export/exportPdf';
import type { PdfKind } from '../../../../electron/ipc/contract';
import { makeChartDeck } from '../../../fixtures/export/chartDecks';
import { comparable, missingFromPdf, pdfPageTexts } from '../../../helpers/pdf';

const rendererRoot = join(findAppRoot(import.meta.url), 'out', 'renderer');
const built = existsSync(join(rendererRoot, 'print.html'));
let printer: ChromiumPrinter;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-chart-pdf-'));
  if (built) printer = createChromiumPrinter({ rendererRoot });
});
afterAll(async () => {
  try {
    await printer?.close?.();
  } finally {
    if (!process.env.KEEP_SHOTS) rmSync(dir, { recursive: true, force: true });
  }
});

const SLIDES = 10;
const expected = Array.from({ length: SLIDES }, (_, i) => [
  `c${i + 1}b1`,
  `c${i + 1}b4`,
  `Growth led by oil in quarter ${i + 1}`,
  'Gas follows',
  `t${i + 1}note`,
  `${1000 + i}`,
]).flat();

describe.skipIf(!built)('reveal-md chart decks in PDFs (skipped: run npm run build first)', () => {
  for (const kind of ['slides', 'notes', 'handouts'] as PdfKind[]) {
    it(`draws every chart and the final state of each slide in ${kind}`, async () => {
      const outPath = join(dir, `charts-${kind}.pdf`);
      await exportPdf({ deckText: makeChartDeck(SLIDES), kind, outPath, printer });
      const bytes = new Uint8Array(readFileSync(outPath));
      expect(await missingFromPdf(bytes, expected)).toEqual([]);
      const text = comparable((await pdfPageTexts(bytes)).join(' '));
      for (const leak of ['<svg', 'xmlns', '<rect', 'text-anchor', '.element:', '<span'])
        expect(text, leak).not.toContain(comparable(leak));
    });
  }
});
