import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../../electron/services/import/readArticleFile';
import { SEED_ARTICLE_PATH } from '../../../helpers/seedArticle';
import { buildDocx } from '../../../helpers/docx';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readArticleFile', () => {
  it('imports the seed article from disk', async () => {
    const article = await readArticleFile(SEED_ARTICLE_PATH);
    expect(article.paragraphs).toHaveLength(14);
    expect(article.author).toBe('Eldar Mamedov');
  });

  it('imports a .docx file with the Word importer', async () => {
    const path = join(dir, 'memo.docx');
    writeFileSync(
      path,
      buildDocx([{ text: 'Memo title', style: 'Heading1' }, { text: 'Body one.' }, { text: 'Body two.' }]),
    );
    expect((await readArticleFile(path)).format).toBe('docx');
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const path = join(dir, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(51 * 1024 * 1024);
    await handle.close();
    await expect(readArticleFile(path)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('refuses a PNG renamed .txt, and UTF-16 with a BOM works', async () => {
    const png = join(dir, 'photo.txt');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await expect(readArticleFile(png)).rejects.toMatchObject({ code: 'binary' });
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\nOne para here.\nTwo.', 'utf16le')]),
    );
    expect((await readArticleFile(utf16)).title).toBe('Title');
  });

  it('says plainly when the file is missing or a folder', async () => {
    await expect(readArticleFile(join(dir, 'nope.txt'))).rejects.toThrow(
      'Cannot open nope.txt: the file does not exist.',
    );
    await expect(readArticleFile(dir)).rejects.toThrow(/it is a folder/);
  });
});
