/**
 * PDF export with the real Chromium printer, end to end: the built print view (run `npm run build` first; `npm run
 * test:e2e` does), one page load per export, the pdf-lib pass, the atomic write. The PDFs are read back with pdf-lib
 * (metadata, outline, fonts) and unpdf (text, links).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { extractLinks, extractText, getDocumentProxy } from 'unpdf';
import { findAppRoot } from '../../electron/services/bundled';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/services/export/chromiumPrinter';
import { exportPdf } from '../../electron/services/export/exportPdf';
import type { ExportPdfOptions } from '../../electron/services/export/types';
import { exportSlideNotes, exportSlideTitle, longNote, makeExportDeck } from '../fixtures/export/exportDecks';
import { readOutline } from '../unit/electron/export/outlineReader';
import { isLocalRequest } from './fixtures';

const SPACES = /\s+/g;
const squash = (text: string) => text.replace(SPACES, ' ').trim();

let printer: ChromiumPrinter;
let dir: string;
const requests: string[] = [];

test.beforeAll(() => {
  printer = createChromiumPrinter({
    rendererRoot: join(findAppRoot(import.meta.url), 'out', 'renderer'),
    onRequest: (url) => requests.push(url),
  });
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-export-'));
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
  const result = await exportPdf({ ...options, outPath, printer });
  const bytes = new Uint8Array(readFileSync(outPath));
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const proxy = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(proxy, { mergePages: false });
  return { result, bytes, doc, pages: text as string[], proxy };
}

/** Every font in the PDF, with whether its program is embedded (FontFile, FontFile2 or FontFile3). */
function fonts(doc: PDFDocument): { name: string; embedded: boolean }[] {
  const found: { name: string; embedded: boolean }[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor'))
      continue;
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => object.has(PDFName.of(key)));
    found.push({ name: String(object.get(PDFName.of('FontName'))), embedded });
  }
  return found;
}

/** Fonts used by pages that have no descriptor at all (Type3 or the 14 standard fonts: not embedded). */
function fontsWithoutDescriptor(doc: PDFDocument): string[] {
  const missing: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = String(object.get(PDFName.of('Subtype')));
    if (subtype === '/Type0') {
      const descendants = object.lookup(PDFName.of('DescendantFonts'), PDFArray);
      const child = doc.context.lookup(descendants.get(0) as PDFRef, PDFDict);
      if (!child.has(PDFName.of('FontDescriptor'))) missing.push(String(object.get(PDFName.of('BaseFont'))));
    } else if (!object.has(PDFName.of('FontDescriptor')))
      missing.push(String(object.get(PDFName.of('BaseFont'))));
  }
  return missing;
}

function expectFontsEmbedded(doc: PDFDocument): void {
  const list = fonts(doc);
  expect(list.length).toBeGreaterThan(0);
  expect(list.filter((font) => !font.embedded)).toEqual([]);
  expect(fontsWithoutDescriptor(doc)).toEqual([]);
  const names = list.map((font) => font.name).join(' ');
  expect(names).toContain('SourceSans3');
  expect(names).toContain('SourceSerif4');
  // Code is set in the bundled mono font too, so no glyph depends on the fonts of the machine that prints.
  expect(names).toContain('IBMPlexMono');
}

const SLIDES = 12;
const deck = makeExportDeck(SLIDES);
const titles = Array.from({ length: SLIDES }, (_, i) => exportSlideTitle(i));

test.describe('PDF export with Chromium', () => {
  // The machine is shared: give Chromium room (each export takes about a second when idle).
  test.describe.configure({ timeout: 180_000 });
  test('slides: one page per slide at 16:9, titles, outline, metadata, links, embedded fonts, loopback only', async () => {
    requests.length = 0;
    const { result, doc, pages, proxy } = await exported('slides.pdf', { deckText: deck, kind: 'slides' });
    expect(result.pages).toBe(SLIDES);
    expect(doc.getPageCount()).toBe(SLIDES);
    const { width, height } = doc.getPage(0).getSize();
    expect(width / height).toBeCloseTo(16 / 9, 2);
    titles.forEach((title, i) => expect(squash(pages[i] ?? '')).toContain(title));
    expect(doc.getTitle()).toBe(`Export test deck of ${SLIDES} slides`);
    expect(doc.getAuthor()).toBe('Test Analyst');
    expect(doc.getSubject()).toBe('Generated for the PDF export tests');
    expect(doc.getKeywords()).toContain('Test Gazette');
    expect(doc.getCreator()).toBe('Briefdeck');
    expect(readOutline(doc)).toEqual(titles.map((title, page) => ({ title, page })));
    const { links } = await extractLinks(proxy);
    expect(links).toContain('https://example.org/report/1');
    expectFontsEmbedded(doc);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
  });

  test('slides at 4:3 take the deck aspect', async () => {
    const { doc } = await exported('slides43.pdf', {
      deckText: makeExportDeck(3, { aspect: '4:3' }),
      kind: 'slides',
    });
    const { width, height } = doc.getPage(0).getSize();
    expect(doc.getPageCount()).toBe(3);
    expect(width / height).toBeCloseTo(4 / 3, 2);
  });

  test('notes: portrait A4, each slide then its full notes and sources, numbered pages, outline at first pages', async () => {
    const { doc, pages } = await exported('notes.pdf', { deckText: deck, kind: 'notes' });
    expect(doc.getPageCount()).toBe(SLIDES);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    pages.forEach((page, i) => {
      const text = squash(page);
      expect(text).toContain(titles[i]);
      expect(text).toContain(squash(exportSlideNotes(i)));
      // Without the article, the slide's references are readable paragraph numbers, said once: never raw codes.
      expect(text).toContain(`SOURCES ¶${i + 1}`);
      expect(text).not.toMatch(/\bp\d+\.s\d+\b/);
      expect(text).toContain(`Page ${i + 1} of ${SLIDES}`);
    });
    expect(readOutline(doc)).toEqual(titles.map((title, page) => ({ title, page })));
    expectFontsEmbedded(doc);
  });

  test('notes: a 3,000-word note continues over pages under "(continued)", complete and in order', async () => {
    const { doc, pages } = await exported('long.pdf', {
      deckText: makeExportDeck(3, { longNoteWords: 3000 }),
      kind: 'notes',
      paper: 'letter',
    });
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([612, 792]);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(6);
    const outline = readOutline(doc);
    expect(outline.map((entry) => entry.page)).toEqual([0, 1, outline[2]?.page]);
    const last = outline[2]?.page ?? 0;
    const continued = pages.slice(2, last);
    expect(continued.length).toBeGreaterThanOrEqual(4);
    for (const page of continued) expect(squash(page)).toContain(`${exportSlideTitle(1)} (continued)`);
    // The note's pages, with the page furniture (header, continued heading, footer) taken out, hold the note verbatim.
    const furniture = [
      'Export test deck of 3 slides',
      'Slide 2 of 3',
      `${exportSlideTitle(1)} (continued)`,
      exportSlideTitle(1),
      'Notes',
      /Page \d+ of \d+/g,
      'Exports rose in quarter 2',
      'The ministry expects more, see the report',
    ];
    const body = pages.slice(1, last).map((page) => {
      let text = squash(page);
      for (const item of furniture)
        text = typeof item === 'string' ? text.split(item).join(' ') : text.replace(item, ' ');
      return text;
    });
    const flowed = squash(body.join(' ').replace(/SOURCES ¶2/, ''));
    for (const paragraph of longNote(3000).split('\n\n')) expect(flowed).toContain(squash(paragraph));
    expect(squash(pages[last] ?? '')).toContain(titles[2]);
  });

  test('handouts: 3 per page with ruled lines, and 6 per page; numbered, every title, outline to the page holding it', async () => {
    const three = await exported('handouts3.pdf', { deckText: deck, kind: 'handouts', perPage: 3 });
    expect(three.doc.getPageCount()).toBe(4);
    expect(readOutline(three.doc)).toEqual(titles.map((title, i) => ({ title, page: Math.floor(i / 3) })));
    three.pages.forEach((page, i) => expect(squash(page)).toContain(`Page ${i + 1} of 4`));
    titles.forEach((title, i) => expect(squash(three.pages[Math.floor(i / 3)] ?? '')).toContain(title));

    const six = await exported('handouts6.pdf', {
      deckText: deck,
      kind: 'handouts',
      perPage: 6,
      paper: 'letter',
    });
    expect(six.doc.getPageCount()).toBe(2);
    expect(readOutline(six.doc).map((entry) => entry.page)).toEqual(titles.map((_, i) => Math.floor(i / 6)));
    titles.forEach((title, i) => expect(squash(six.pages[Math.floor(i / 6)] ?? '')).toContain(title));
    expectFontsEmbedded(six.doc);
  });

  test('a 30-slide text deck gives a slides PDF under 2 MB', async () => {
    const { result } = await exported('thirty.pdf', { deckText: makeExportDeck(30), kind: 'slides' });
    expect(result.pages).toBe(30);
    expect(result.bytes).toBeLessThan(2 * 1024 * 1024);
  });

  test('a deck with errors, or an unwritable path, gives a clear message and leaves no file', async () => {
    const out = join(dir, 'refused');
    rmSync(out, { recursive: true, force: true });
    const broken = deck.replace('theme: briefing', 'theme: [unclosed');
    await expect(
      exportPdf({ deckText: broken, kind: 'slides', outPath: join(dir, 'broken.pdf'), printer }),
    ).rejects.toThrow(/^The deck has \d+ errors?; fix/);
    expect(existsSync(join(dir, 'broken.pdf'))).toBe(false);
    const unwritable = join(out, 'deck.pdf');
    await expect(exportPdf({ deckText: deck, kind: 'slides', outPath: unwritable, printer })).rejects.toThrow(
      /Could not save .*refused\/deck\.pdf/,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
