/**
 * A file changed or removed by another program is noticed when the window gets focus again, and the user
 * decides: reload, keep their version, or save elsewhere. Nothing is overwritten silently.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

function tempDeck(dir: string): string {
  const path = join(dir, 'brief.deck.md');
  copyFileSync('slides/decks/azerbaijan-boycott.deck.md', path);
  return path;
}

const firstTitle = (page: Page) =>
  page.locator('[data-testid=stage] .reveal .slides > section').first().locator('h1');
const refocus = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

test('a change on disk is offered for reload when the window regains focus, and asked about once', async ({
  page,
  host,
  workDir,
}) => {
  const path = tempDeck(workDir);
  await host.restart({ initialDeckPath: path });
  await page.goto(host.url + '?transition=none');
  await expect(firstTitle(page)).toContainText("Why Azerbaijan won't join");
  await refocus(page);
  await expect(page.getByTestId('choice-dialog')).toHaveCount(0);

  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace("# Why Azerbaijan won't join", '# Changed elsewhere:'),
  );
  await refocus(page);
  const dialog = page.getByTestId('choice-dialog');
  await expect(dialog).toContainText('changed by another program');
  await dialog.getByRole('button', { name: 'Keep this version' }).click();
  await expect(firstTitle(page)).toContainText("Why Azerbaijan won't join");
  // The same change is not asked about again…
  await refocus(page);
  await expect(dialog).toHaveCount(0);
  // …but a new one is, and Reload brings it in.
  writeFileSync(path, readFileSync(path, 'utf8').replace('# Changed elsewhere:', '# Changed again:'));
  await refocus(page);
  await dialog.getByRole('button', { name: 'Reload from disk' }).click();
  await expect(firstTitle(page)).toContainText('Changed again:');
});

test('a deck whose file was deleted offers Save As and keeps everything on screen', async ({
  page,
  host,
  workDir,
}) => {
  const path = tempDeck(workDir);
  await host.restart({ initialDeckPath: path });
  await page.goto(host.url + '?transition=none');
  await expect(firstTitle(page)).toContainText("Why Azerbaijan won't join");
  rmSync(path);
  await refocus(page);
  const dialog = page.getByTestId('choice-dialog');
  await expect(dialog).toContainText('moved or deleted');
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(firstTitle(page)).toContainText("Why Azerbaijan won't join");
});
