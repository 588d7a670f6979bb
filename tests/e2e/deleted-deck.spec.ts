/** A deck deleted on disk is not silently recreated by Save: the editor asks, and only "Save it there again" does. */
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

test('saving a deck that was deleted on disk asks before recreating it', async ({ page, host, workDir }) => {
  const path = join(workDir, 'brief.deck.md');
  copyFileSync('slides/decks/azerbaijan-boycott.deck.md', path);
  await host.restart({ initialDeckPath: path });
  await page.goto(host.url + '?transition=none');
  await page.getByTestId('stage').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press(`${MOD}+A`);
  await page.keyboard.type('Still mine');
  await page.keyboard.press('Escape');
  rmSync(path);
  await page.keyboard.press(`${MOD}+S`);
  const dialog = page.getByTestId('choice-dialog');
  await expect(dialog).toContainText('was deleted by another program');
  await expect(dialog.getByRole('button', { name: 'Reload from disk' })).toHaveCount(0);
  expect(existsSync(path)).toBe(false);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(existsSync(path)).toBe(false);
  await page.keyboard.press(`${MOD}+S`);
  await page.getByTestId('choice-dialog').getByRole('button', { name: 'Save it there again' }).click();
  await expect(page.getByTestId('notice-info')).toContainText(`Saved ${path}.`);
  expect(readFileSync(path, 'utf8')).toContain('# Still mine\n');
});
