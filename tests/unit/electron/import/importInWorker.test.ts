import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importInWorker } from '../../../../electron/services/import/importInWorker';
import { SEED_ARTICLE_PATH } from '../../../helpers/seedArticle';
import { buildDocx } from '../../../helpers/docx';

const step = (name: string): string =>
  fileURLToPath(new URL(`../../../fixtures/import/${name}`, import.meta.url));

describe('importInWorker', () => {
  it('imports a file by path in the worker and runs the optional step there', async () => {
    const result = await importInWorker(
      { path: SEED_ARTICLE_PATH },
      { step: { module: step('countStep.mjs'), exportName: 'countParagraphs', options: { label: 'seed' } } },
    );
    expect(result.article.title).toBe("Why Azerbaijan won't follow Iran's calls to boycott Israel over Gaza");
    expect(result.stepResult).toEqual({ paragraphs: 14, label: 'seed' });
  });

  it('imports bytes, Word documents included, and passes import errors back with their code', async () => {
    const docx = buildDocx([
      { text: 'Title', style: 'Heading1' },
      { text: 'Body one.' },
      { text: 'Body two.' },
    ]);
    expect((await importInWorker({ bytes: docx, fileName: 'a.docx' })).article.format).toBe('docx');
    await expect(importInWorker({ text: ' ' })).rejects.toMatchObject({ name: 'ImportError', code: 'empty' });
  });

  it('stops a step that never ends with a timeout error', async () => {
    await expect(
      importInWorker(
        { text: 'T\nBody.\nMore.' },
        { timeoutMs: 1500, step: { module: step('hangStep.mjs') } },
      ),
    ).rejects.toMatchObject({
      code: 'timeout',
      message:
        'Importing took longer than 1.5 s and was stopped; the article may be too long or too complex (try a shorter extract).',
    });
  });

  it('stops a worker that exceeds its memory limit', async () => {
    await expect(
      importInWorker(
        { text: 'T\nBody.\nMore.' },
        { maxOldGenerationSizeMb: 64, step: { module: step('hogStep.mjs') } },
      ),
    ).rejects.toMatchObject({
      code: 'too-large',
      message: 'Importing needed more than 64 MB of memory and was stopped.',
    });
  });
});
