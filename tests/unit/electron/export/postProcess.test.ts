import { PDFDict, PDFDocument, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../../slides/format/parse';
import { setOutline } from '../../../../electron/services/export/outline';
import {
  metadataFromDeck,
  PDF_CREATOR,
  PDF_PRODUCER,
  postProcess,
} from '../../../../electron/services/export/postProcess';
import { makeExportDeck } from '../../../fixtures/export/exportDecks';
import { readOutline } from './outlineReader';

async function pdfWithPages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < count; i += 1)
    doc.addPage([400, 300]).drawText(`page ${i + 1}`, { x: 20, y: 20, font });
  return doc.save();
}

describe('postProcess', () => {
  const meta = parseDeck(makeExportDeck(3)).deck.meta;

  it('derives title, language, author, subject and keywords from the deck', () => {
    expect(metadataFromDeck(meta)).toEqual({
      title: 'Export test deck of 3 slides',
      lang: 'en',
      author: 'Test Analyst',
      subject: 'Generated for the PDF export tests',
      keywords: ['briefing', 'Test Gazette', 'A generated article', 'Jane Writer'],
    });
  });

  it('takes the language from the front matter when it is a language tag', () => {
    expect(metadataFromDeck({ ...meta, extra: { lang: 'az-Latn' } }).lang).toBe('az-Latn');
    expect(metadataFromDeck({ ...meta, extra: { lang: 'not a tag' } }).lang).toBe('en');
  });

  it('falls back to the source author and title when the deck has none', () => {
    const bare = { ...meta, author: undefined, subtitle: undefined };
    expect(metadataFromDeck(bare)).toMatchObject({
      author: 'Jane Writer',
      subject: 'Briefing on A generated article',
    });
  });

  it('writes the metadata and one outline entry per slide at its page', async () => {
    const out = await postProcess(await pdfWithPages(5), metadataFromDeck(meta), {
      pages: 5,
      slidePages: [0, 2, 4],
      titles: ['Opening', 'Évidence — “quoted”', 'Outlook'],
    });
    const doc = await PDFDocument.load(out, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Export test deck of 3 slides');
    expect(doc.getAuthor()).toBe('Test Analyst');
    expect(doc.getSubject()).toBe('Generated for the PDF export tests');
    expect(doc.getKeywords()).toBe('briefing Test Gazette A generated article Jane Writer');
    expect(doc.getCreator()).toBe(PDF_CREATOR);
    expect(doc.getProducer()).toBe(PDF_PRODUCER);
    expect(doc.getPageCount()).toBe(5);
    expect(readOutline(doc)).toEqual([
      { title: 'Opening', page: 0 },
      { title: 'Évidence — “quoted”', page: 2 },
      { title: 'Outlook', page: 4 },
    ]);
    const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect((root.lookup(PDFName.of('Count'), PDFNumber) as PDFNumber).asNumber()).toBe(3);
  });

  it('refuses a PDF whose page count differs from the layout (a stray blank page)', async () => {
    await expect(
      postProcess(await pdfWithPages(4), metadataFromDeck(meta), {
        pages: 3,
        slidePages: [0, 1, 2],
        titles: ['a', 'b', 'c'],
      }),
    ).rejects.toThrow(/laid out 3 pages but Chromium printed 4/);
  });

  it('skips outline entries naming pages that do not exist, and removes an empty outline', async () => {
    const doc = await PDFDocument.load(await pdfWithPages(2));
    setOutline(doc, [
      { title: 'kept', page: 1 },
      { title: 'gone', page: 7 },
    ]);
    expect(readOutline(doc)).toEqual([{ title: 'kept', page: 1 }]);
    setOutline(doc, []);
    expect(readOutline(doc)).toEqual([]);
  });
});
