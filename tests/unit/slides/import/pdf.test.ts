import { describe, expect, it } from 'vitest';
import { importPdf } from '../../../../slides/import/pdf';
import { buildScannedPdf, buildTextPdf } from '../../../helpers/pdf';

const LINES = [
  { text: 'Headline of the report', size: 22, y: 780 },
  { text: 'The first paragraph has two lines of text that wrap', size: 11, y: 740 },
  { text: 'onto the next line of the page.', size: 11, y: 726 },
  { text: 'The second paragraph starts after a gap.', size: 11, y: 690 },
  { text: 'Jane Doe is a fellow at the Example Institute.', size: 11, y: 660 },
];

describe('importPdf', () => {
  it('extracts the headline (set larger) and joins wrapped lines into paragraphs', async () => {
    const article = await importPdf(await buildTextPdf(LINES));
    expect(article.title).toBe('Headline of the report');
    expect(article.paragraphs).toEqual([
      'The first paragraph has two lines of text that wrap onto the next line of the page.',
      'The second paragraph starts after a gap.',
    ]);
    expect(article.author).toBe('Jane Doe');
    expect(article.format).toBe('pdf');
  });

  it('refuses a PDF with no text layer as no-text', async () => {
    await expect(importPdf(await buildScannedPdf())).rejects.toMatchObject({
      code: 'no-text',
      message: expect.stringMatching(/no text layer/),
    });
  });

  it('refuses a truncated PDF as corrupt', async () => {
    const bytes = await buildTextPdf(LINES);
    await expect(importPdf(bytes.subarray(0, Math.floor(bytes.length / 2)))).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/incomplete/),
    });
  });

  it('refuses a damaged PDF that still has an end marker as corrupt', async () => {
    const bytes = await buildTextPdf(LINES);
    const damaged = new Uint8Array([...bytes.subarray(0, 400), ...new TextEncoder().encode('\n%%EOF\n')]);
    await expect(importPdf(damaged)).rejects.toMatchObject({ code: 'corrupt' });
  });
});
