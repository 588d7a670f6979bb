/**
 * Files you can find in the browser (issue 12, item 8): exports are real downloads named after the deck, messages
 * name the full path, and Ctrl+O goes straight to the path dialog without a refused request.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deckFileStem } from '../../electron/web/webHost';
import { test, expect } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

test('an HTML export is a download named after the deck, and the notice names the full path', async ({
  page,
  host,
  openApp,
}) => {
  await openApp(page);
  const downloading = page.waitForEvent('download');
  await page.locator('[data-command="file.exportHtml"]').click();
  const download = await downloading;
  const name = download.suggestedFilename();
  const stem = deckFileStem(readFileSync('slides/decks/azerbaijan-boycott.deck.md', 'utf8'));
  expect(stem).toMatch(/^why-azerbaijan-won-t-[a-z-]+$/);
  expect(name).toBe(`${stem}.html`);
  const saved = join(host.userDataDir, 'documents', name);
  await expect(page.getByTestId('notice-info')).toContainText(
    `Exported ${saved} and downloaded it as ${name}.`,
  );
  const downloaded = await download.path();
  expect(readFileSync(downloaded).equals(readFileSync(saved))).toBe(true);
  expect(statSync(saved).size).toBeGreaterThan(10_000);
});

test('Ctrl+O opens the path dialog without any refused request', async ({ page, openApp }) => {
  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
  });
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await openApp(page);
  await page.keyboard.press(`${MOD}+O`);
  await expect(page.getByTestId('path-dialog')).toBeVisible();
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
});
