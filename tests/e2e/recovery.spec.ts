/** Nothing is lost: edits are journaled while unsaved, and a host killed mid-editing offers them on the next start. */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const BUNDLED = 'slides/decks/azerbaijan-boycott.deck.md';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

test('a host killed mid-editing offers the unsaved edits on the next start, and Restore brings them back', async ({
  page,
  host,
  workDir,
}) => {
  const path = join(workDir, 'brief.deck.md');
  copyFileSync(BUNDLED, path);
  const original = readFileSync(path, 'utf8');
  await host.restart({ initialDeckPath: path });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await expect(page.getByTestId('recovery-banner')).toHaveCount(0);

  await page.getByTestId('stage').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press(`${MOD}+A`);
  await page.keyboard.type('Recovered headline');
  await expect(page.getByTestId('modified')).toBeVisible();
  // The journal is written about two seconds after the edits.
  await expect.poll(() => readJournalCount(host.userDataDir), { timeout: 6000 }).toBe(1);

  await host.restart({ initialDeckPath: path });
  await page.goto(host.url + '?transition=none');
  const banner = page.getByTestId('recovery-banner');
  await expect(banner).toContainText('brief.deck.md');
  expect(readFileSync(path, 'utf8')).toBe(original);
  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(
    page.locator('[data-testid=stage] .reveal .slides > section').first().locator('h1'),
  ).toHaveText('Recovered headline');
  await expect(page.getByTestId('modified')).toBeVisible();

  // Saving writes the recovered edits to the file and clears the journal.
  await page.keyboard.press(`${MOD}+S`);
  await expect(page.getByTestId('notice-info')).toContainText(`Saved ${path}.`);
  expect(readFileSync(path, 'utf8')).toContain('# Recovered headline\n');
  await expect.poll(() => readJournalCount(host.userDataDir)).toBe(0);
});

test('Discard removes the journal and keeps the file as it was', async ({ page, host }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(host.url + '?transition=none');
  await page.getByTestId('stage').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' draft');
  await expect.poll(() => readJournalCount(host.userDataDir), { timeout: 6000 }).toBe(1);
  await host.restart();
  await page.goto(host.url + '?transition=none');
  await page.getByTestId('recovery-banner').getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByTestId('recovery-banner')).toHaveCount(0);
  await expect.poll(() => readJournalCount(host.userDataDir)).toBe(0);
});

function readJournalCount(userDataDir: string): number {
  try {
    return readdirSync(join(userDataDir, 'recovery')).filter((name) => name.endsWith('.journal.json')).length;
  } catch {
    return 0;
  }
}
