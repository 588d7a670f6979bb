/**
 * Dropping a Word document or a PDF on the editor imports its text (issue 16, item 2): the dropped file's bytes
 * go to the host with their name and type and the importer reads them by content. A binary file is refused with
 * a clear message and the deck on screen stays as it was.
 */
import type { Page } from '@playwright/test';
import { buildDocx } from '../helpers/docx';
import { buildTextPdf } from '../helpers/pdf';
import { expect, test } from './fixtures';

const HEADLINE = 'Why the corridor deal matters';
const BODY = [
  'Ministers agreed on Monday to reopen the border crossing by spring, ending a two-year closure.',
  'Trade between the two countries fell by a third while the crossing was closed.',
  'Officials expect lorry traffic to double within a year of the reopening.',
];

/** Drops one file, built from `bytes`, on the editor as a file manager would. */
async function dropFile(page: Page, bytes: Uint8Array, name: string, type: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ base64, name, type }) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index += 1) data[index] = binary.charCodeAt(index);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type }));
      return transfer;
    },
    { base64: Buffer.from(bytes).toString('base64'), name, type },
  );
  await page.dispatchEvent('main.editor', 'drop', { dataTransfer: transfer });
}

async function expectArticleImported(page: Page): Promise<void> {
  await expect(page.getByTestId('notice-info')).toContainText(`Drafted`, { timeout: 30_000 });
  await expect(page.getByTestId('notice-info')).toContainText(HEADLINE);
  const source = page.getByRole('complementary', { name: 'Source article' });
  await expect(source).toBeVisible();
  for (const sentence of BODY) await expect(source).toContainText(sentence);
  await expect(source).not.toContainText('%PDF');
  await expect(source).not.toContainText('word/document.xml');
}

test.beforeEach(async ({ page, host }) => {
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
});

test('a dropped Word document is imported from its text', async ({ page }) => {
  const docx = buildDocx([{ text: HEADLINE, style: 'Heading1' }, ...BODY.map((text) => ({ text }))]);
  await dropFile(
    page,
    docx,
    'corridor.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  await expectArticleImported(page);
});

test('a dropped PDF is imported from its text layer', async ({ page }) => {
  const pdf = await buildTextPdf([
    { text: HEADLINE, size: 20, y: 760 },
    ...BODY.map((text, index) => ({ text, size: 9, y: 700 - index * 30 })),
  ]);
  await dropFile(page, pdf, 'corridor.pdf', 'application/pdf');
  await expectArticleImported(page);
  await page.screenshot({ path: test.info().outputPath('dropped-pdf.png') });
});

test('a dropped binary file is refused with a clear message and the deck stays', async ({ page }) => {
  const counter = await page.getByTestId('slide-counter').textContent();
  const title = await page.title();
  const binary = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]);
  await dropFile(page, binary, 'notes.txt', 'text/plain');
  await expect(page.getByTestId('notice-error')).toHaveText(
    /Could not import the article: This is not a text file: it looks like a binary file\./,
    { timeout: 30_000 },
  );
  await expect(page.getByTestId('slide-counter')).toHaveText(counter ?? '');
  await expect(page).toHaveTitle(title);
});
