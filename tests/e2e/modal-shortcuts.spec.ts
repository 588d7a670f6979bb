/**
 * Shortcuts under a dialog (issue 16, item 6): with a modal open, Ctrl+S and Ctrl+Z do not act on the deck behind
 * it, and the page swallows them (defaultPrevented), so neither Electron's menu accelerators nor the browser's
 * own (save page, reload) fire. Once the dialog is closed they work again.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Records, after every listener ran, whether each keydown was prevented. */
async function recordKeydowns(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { key: string; prevented: boolean }[] = [];
    (window as unknown as { keydowns: typeof seen }).keydowns = seen;
    window.addEventListener('keydown', (event) => {
      if (!['Control', 'Meta', 'Shift', 'Alt'].includes(event.key))
        seen.push({ key: event.key, prevented: event.defaultPrevented });
    });
  });
}

const keydowns = (page: Page) =>
  page.evaluate(() => (window as unknown as { keydowns: { key: string; prevented: boolean }[] }).keydowns);

test('with a dialog open, Ctrl+S and Ctrl+Z leave the deck alone and are swallowed', async ({
  page,
  host,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'briefdeck-modal-keys-'));
  const path = join(work, 'briefing.deck.md');
  copyFileSync('slides/decks/azerbaijan-boycott.deck.md', path);
  const onDisk = readFileSync(path, 'utf8');
  try {
    await host.restart({ initialDeckPath: path });
    await page.goto(host.url + '?transition=none');
    await expect(page.getByTestId('deck')).toBeVisible();
    const counter = page.getByTestId('slide-counter');
    const total = Number((await counter.textContent())?.split('/')[1]);

    // An edit to undo: a new slide.
    await page.keyboard.press(`${MOD}+Enter`);
    await expect(counter).toContainText(`/ ${total + 1}`);

    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await recordKeydowns(page);
    await page.keyboard.press(`${MOD}+z`);
    await page.keyboard.press(`${MOD}+s`);
    await page.keyboard.press(`${MOD}+Enter`);
    // Give a save or an undo every chance to happen before checking they did not.
    await page.waitForTimeout(1_000);
    await expect(counter).toContainText(`/ ${total + 1}`);
    expect(readFileSync(path, 'utf8')).toBe(onDisk);
    expect(await keydowns(page)).toEqual([
      { key: 'z', prevented: true },
      { key: 's', prevented: true },
      { key: 'Enter', prevented: true },
    ]);
    await expect(dialog).toBeVisible();

    // Escape still closes the dialog (it is not an app shortcut), and the shortcuts act on the deck again.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await page.keyboard.press(`${MOD}+z`);
    await expect(counter).toContainText(`/ ${total}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('undo typed in a dialog’s text field stays the field’s own', async ({ page, host }) => {
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const field = page.getByTestId('path-dialog').getByLabel('File path');
  await recordKeydowns(page);
  await field.fill('/tmp/article.txt');
  await field.press(`${MOD}+z`);
  expect(await keydowns(page)).toEqual([{ key: 'z', prevented: false }]);
});
