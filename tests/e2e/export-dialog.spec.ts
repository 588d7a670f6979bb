/**
 * File → Export PDF… from the editor: the dialog offers the three kinds and their options, shows progress while
 * the host prints, and the chosen kind lands on disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { parseDeck } from '../../slides/index';
import { test, expect, isLocalRequest } from './fixtures';

test('the Export PDF dialog prints notes pages on the chosen paper, with progress, and nothing leaves loopback', async ({
  page,
  host,
  openApp,
  requests,
}) => {
  const { deck } = parseDeck(readFileSync('slides/decks/azerbaijan-boycott.deck.md', 'utf8'));
  await openApp(page);
  await page.locator('[data-command="file.exportPdf"]').click();
  const dialog = page.getByTestId('export-pdf-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/Notes pages/).check();
  await dialog.getByLabel('Paper').selectOption('letter');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('status')).toContainText(`Printing ${deck.slides.length} slides`);
  await expect(page.getByTestId('notice-info')).toContainText('Exported', { timeout: 60_000 });
  await expect(dialog).toBeHidden();

  const folder = join(host.userDataDir, 'documents');
  const pdfs = readdirSync(folder).filter((name) => name.endsWith('.pdf'));
  expect(pdfs).toHaveLength(1);
  const pdf = await PDFDocument.load(readFileSync(join(folder, pdfs[0]!)));
  expect(pdf.getPageCount()).toBeGreaterThanOrEqual(deck.slides.length);
  const { width, height } = pdf.getPage(0).getSize();
  // Letter, portrait: 8.5 × 11 in = 612 × 792 pt.
  expect(Math.round(width)).toBe(612);
  expect(Math.round(height)).toBe(792);
  // The bundled notes cite their sources as "¶N" quotes: they are printed once, with no raw pN.sM codes.
  const bytes = new Uint8Array(readFileSync(join(folder, pdfs[0]!)));
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  expect(text.replace(/\s+/g, ' ')).toContain(
    '¶2: "it supplies Israel with about 40 percent of its oil needs"',
  );
  expect(text).not.toMatch(/\bp\d+\.s\d+\b/);
  expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
});
