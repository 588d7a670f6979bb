import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../../slides/import/importArticle';
import { MAX_FILE_BYTES } from '../../../../slides/import/limits';
import { buildTextPdf } from '../../../helpers/pdf';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const ARTICLE = 'A headline\nFirst paragraph of the body text.\nSecond paragraph.\nThird paragraph closes.';

describe('importArticle', () => {
  it('imports pasted text as paste', async () => {
    expect((await importArticle({ text: ARTICLE })).format).toBe('paste');
  });

  it('chooses the importer by extension and content', async () => {
    expect((await importArticle({ bytes: encode(ARTICLE), fileName: 'a.txt' })).format).toBe('txt');
    expect((await importArticle({ bytes: encode(`# T\n\n${ARTICLE}`), fileName: 'a.md' })).format).toBe('md');
    expect(
      (await importArticle({ bytes: encode('<p>One para.</p><p>Two para.</p>'), fileName: 'a.htm' })).format,
    ).toBe('html');
    expect(
      (
        await importArticle({
          bytes: encode('<!DOCTYPE html><html><body><p>Body.</p></body></html>'),
          fileName: 'page',
        })
      ).format,
    ).toBe('html');
    const pdf = await buildTextPdf([
      { text: 'Enough text in this PDF to count as a text layer.', size: 11, y: 700 },
    ]);
    expect((await importArticle({ bytes: pdf, fileName: 'renamed.txt' })).format).toBe('pdf');
  });

  it('refuses bad files with the right code', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await expect(importArticle({ bytes: png, fileName: 'photo.txt' })).rejects.toMatchObject({
      code: 'binary',
      message: 'This is not a text file: it looks like a PNG image.',
    });
    await expect(importArticle({ bytes: new Uint8Array(), fileName: 'a.txt' })).rejects.toMatchObject({
      code: 'empty',
    });
    await expect(importArticle({ text: '  \n ' })).rejects.toMatchObject({ code: 'empty' });
    await expect(importArticle({ bytes: encode('x'), fileName: 'a.doc' })).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/\.docx/),
    });
    await expect(importArticle({ bytes: encode('not a pdf'), fileName: 'a.pdf' })).rejects.toMatchObject({
      code: 'corrupt',
    });
    await expect(importArticle({ bytes: png, fileName: 'a.png' })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });

  it('refuses a .docx when no Word importer is injected', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    await expect(importArticle({ bytes: zip, fileName: 'a.docx' })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });

  it('refuses more than 50 MB without decoding it', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    await expect(importArticle({ bytes: big, fileName: 'big.txt' })).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/50 MB/),
    });
    await expect(importArticle({ text: 'a'.repeat(MAX_FILE_BYTES + 1) })).rejects.toMatchObject({
      code: 'too-large',
    });
  });
});
