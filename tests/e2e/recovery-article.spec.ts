/**
 * Crash recovery restores everything: the edited deck, its article (the source pane) with every bullet's link
 * to its sentences, and the undo history of the edits made before the crash.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, importArticleByPath } from './fixtures';

const SEED_ARTICLE = 'tests/fixtures/articles/seed/azerbaijan-boycott.txt';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

function stageSection(page: Page, index: number): Locator {
  return page.locator('[data-testid=stage] .reveal .slides > section').nth(index);
}

function journals(userDataDir: string): number {
  try {
    return readdirSync(join(userDataDir, 'recovery')).filter((name) => name.endsWith('.journal.json')).length;
  } catch {
    return 0;
  }
}

test('Restore after a crash brings back the deck, its article and links, and the undo history', async ({
  page,
  host,
}) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await importArticleByPath(page, join(process.cwd(), SEED_ARTICLE));

  // Two separate edits on slide 2: retitle it, then change its first bullet.
  await page.getByTestId('slide-row').nth(1).locator('button').click();
  const title = stageSection(page, 1).locator('h2').first();
  const firstBullet = stageSection(page, 1).locator('li').first();
  const originalTitle = (await title.textContent()) ?? '';
  const originalBullet = (await firstBullet.textContent()) ?? '';
  await title.dblclick();
  await page.keyboard.press(`${MOD}+A`);
  await page.keyboard.type('Recovered title');
  // Down from the title's last line edits the first bullet.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('field-editor')).toHaveAttribute('aria-label', 'Bullet 1 of slide 2');
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.type(' (checked)');
  await page.keyboard.press('Escape');
  await expect(firstBullet).toHaveText(`${originalBullet} (checked)`);
  await expect.poll(() => journals(host.userDataDir), { timeout: 6000 }).toBe(1);
  await page.waitForTimeout(2500); // the journal catches up with the last edit

  await host.restart();
  await page.goto(host.url + '?transition=none');
  await page.getByTestId('recovery-banner').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('notice-info')).toContainText('with their article');
  await expect(page.getByTestId('notice-info')).toContainText('Undo goes back through the last');

  // The deck, the article pane and the links from a bullet to its sentences.
  await page.getByTestId('slide-row').nth(1).locator('button').click();
  await expect(title).toHaveText('Recovered title');
  await expect(firstBullet).toHaveText(`${originalBullet} (checked)`);
  const pane = page.getByRole('complementary', { name: 'Source article' });
  await expect(pane).toBeVisible();
  await expect(pane.locator('.source-sentence.is-linked').first()).toBeVisible();
  await firstBullet.click();
  await expect(page.locator('[data-testid=stage] .field-pick')).toBeVisible();
  // The selection box sits on the bullet it selects.
  const pick = await page.locator('[data-testid=stage] .field-pick').boundingBox();
  const bullet = await firstBullet.boundingBox();
  expect(Math.abs((pick?.x ?? 0) + 4 - (bullet?.x ?? 0))).toBeLessThanOrEqual(3);
  expect(Math.abs((pick?.y ?? 0) - (bullet?.y ?? 0))).toBeLessThanOrEqual(10);
  await page.screenshot({ path: 'test-reports/h12/recovered-editor.png' });

  // Undo walks back through the edits made before the crash.
  await page.getByTestId('stage').focus();
  await page.keyboard.press(`${MOD}+Z`);
  await expect(firstBullet).toHaveText(originalBullet);
  await expect(title).toHaveText('Recovered title');
  await page.keyboard.press(`${MOD}+Z`);
  await expect(title).toHaveText(originalTitle);
});
