import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../../slides/import/importArticle';
import { binaryTextReason, sniffContent } from '../../../../slides/import/sniff';
import { importDocx } from '../../../../electron/services/import/importDocx';
import { buildDocx } from '../../../helpers/docx';
import { buildTextPdf } from '../../../helpers/pdf';
import { buildZip } from '../../../helpers/zip';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const PARAGRAPHS = [
  { text: 'Why the corridor deal matters', style: 'Heading1' },
  { text: 'Ministers agreed on Monday to reopen the border crossing by spring, ending a two-year closure.' },
  { text: 'Trade between the two countries fell by a third while the crossing was closed.' },
];
const PDF_LINES = [
  { text: 'Why the corridor deal matters', size: 20, y: 760 },
  { text: 'Ministers agreed on Monday to reopen the border crossing by spring.', size: 11, y: 700 },
  { text: 'Trade between the two countries fell by a third while it was closed.', size: 11, y: 660 },
];

describe('sniffContent', () => {
  it('tells PDF, Word, other ZIP, binary and text apart by content alone', async () => {
    expect(sniffContent(await buildTextPdf(PDF_LINES))).toEqual({ kind: 'pdf' });
    expect(sniffContent(encode('garbage before the header %PDF-1.7\n'))).toEqual({ kind: 'pdf' });
    expect(sniffContent(buildDocx(PARAGRAPHS))).toEqual({ kind: 'docx' });
    expect(sniffContent(buildZip([{ name: 'notes.txt', data: 'hello' }]))).toEqual({
      kind: 'zip',
      readable: true,
      hasMimetype: false,
    });
    expect(sniffContent(buildZip([{ name: 'mimetype', data: 'application/epub+zip' }]))).toMatchObject({
      kind: 'zip',
      hasMimetype: true,
    });
    expect(sniffContent(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({
      kind: 'zip',
      readable: false,
      hasMimetype: false,
    });
    expect(sniffContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toEqual({
      kind: 'binary',
      description: 'a PNG image',
    });
    expect(sniffContent(new Uint8Array([1, 2, 0, 4]))).toEqual({
      kind: 'binary',
      description: 'a binary file',
    });
    expect(sniffContent(encode('Plain text, 100% of it.'))).toEqual({ kind: 'text' });
  });
});

describe('binaryTextReason (pasted text)', () => {
  it('recognises a binary file decoded as text', async () => {
    // What `file.text()` makes of a PDF: the old drop handler sent exactly this as the article.
    const decodedPdf = new TextDecoder().decode(await buildTextPdf(PDF_LINES));
    expect(decodedPdf.startsWith('%PDF-')).toBe(true);
    expect(binaryTextReason(decodedPdf)).toMatch(/PDF/);
    expect(binaryTextReason(new TextDecoder().decode(buildDocx(PARAGRAPHS)))).toMatch(/ZIP|Word/);
    expect(binaryTextReason('some\u0000text')).toMatch(/NUL/);
    const junk = `A line of text ${'\ufffd\ufffd'.repeat(50)} and more ${'x'.repeat(200)}`;
    expect(binaryTextReason(junk)).toMatch(/unreadable/);
  });

  it('lets real text through, tabs, form feeds, a stray replacement character and all', () => {
    expect(binaryTextReason('Headline\n\tIndented paragraph.\f\r\nNext page.')).toBeUndefined();
    expect(binaryTextReason(`${'Ordinary sentence. '.repeat(20)}\ufffd`)).toBeUndefined();
    expect(binaryTextReason('Prices rose 5% (PDF-1 report).')).toBeUndefined();
  });
});

describe('importArticle picks the reader by content', () => {
  it('reads a Word document whatever it is called', async () => {
    for (const fileName of ['article.docx', 'article', 'article.txt', 'download.bin']) {
      const article = await importArticle({ bytes: buildDocx(PARAGRAPHS), fileName }, { importDocx });
      expect(article.format).toBe('docx');
      expect(article.title).toBe('Why the corridor deal matters');
      expect(article.paragraphs).toEqual([PARAGRAPHS[1]?.text, PARAGRAPHS[2]?.text]);
    }
  });

  it('reads a PDF whatever it is called', async () => {
    const pdf = await buildTextPdf(PDF_LINES);
    for (const fileName of ['a.pdf', 'a', 'a.md']) {
      const article = await importArticle({ bytes: pdf, fileName });
      expect(article.format).toBe('pdf');
      expect(article.paragraphs.join(' ')).toContain('reopen the border crossing');
    }
  });

  it('refuses ZIP archives and binary files instead of decoding them', async () => {
    const zip = buildZip([{ name: 'notes.txt', data: 'hello' }]);
    await expect(importArticle({ bytes: zip, fileName: 'notes.txt' })).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/ZIP archive, not an article/),
    });
    const epub = buildZip([{ name: 'mimetype', data: 'application/epub+zip' }]);
    await expect(importArticle({ bytes: epub, fileName: 'book' })).rejects.toMatchObject({
      message: expect.stringMatching(/OpenDocument file or an e-book/),
    });
    const binary = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]);
    await expect(importArticle({ bytes: binary, fileName: 'program' })).rejects.toMatchObject({
      code: 'binary',
      message: 'This is not a text file: it looks like a binary file.',
    });
  });

  it('refuses pasted text that is a binary file’s bytes, with a clear message', async () => {
    const decodedPdf = new TextDecoder().decode(await buildTextPdf(PDF_LINES));
    await expect(importArticle({ text: decodedPdf })).rejects.toMatchObject({
      code: 'binary',
      message: expect.stringMatching(/^This is not article text: it is the raw content of a PDF file\./),
    });
  });
});
