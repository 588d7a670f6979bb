/**
 * The Check panel: a deck with a duplicated bullet shows "Check (1)"; the finding jumps to its slide and item;
 * its one-click fix drops the duplicate (the count drops to 0) and is one undo step.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const BUNDLED = 'slides/decks/azerbaijan-boycott.deck.md';
const ARTICLE = 'slides/decks/azerbaijan-boycott.article.txt';
const LAST_BULLET =
  '- Pro-Israeli lobbying in Washington also works in Baku\'s favour <!-- .element: data-src="p2.s5" -->';
const DUPLICATE = '- Israel gains a foothold for intelligence work against Iran';

function defectiveDeck(dir: string): string {
  const path = join(dir, 'brief.deck.md');
  const text = readFileSync(BUNDLED, 'utf8');
  expect(text).toContain(LAST_BULLET);
  writeFileSync(path, text.replace(LAST_BULLET, `${LAST_BULLET}\n${DUPLICATE}`));
  copyFileSync(ARTICLE, join(dir, 'brief.article.txt'));
  return path;
}

const stageSection = (page: Page, index: number): Locator =>
  page.locator('[data-testid=stage] .reveal .slides > section').nth(index);

test('the Check panel counts, locates, fixes and undoes a duplicate bullet', async ({
  page,
  host,
  workDir,
}) => {
  await host.restart({ initialDeckPath: defectiveDeck(workDir) });
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();

  const button = page.getByTestId('check-button');
  await expect(button).toHaveText(/Check \(1\)/);
  await button.click();
  const panel = page.getByTestId('check-panel');
  await expect(panel).toBeVisible();
  const finding = panel.getByTestId('check-finding');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('duplicate-bullet');
  await expect(finding).toContainText('Item 5 repeats item 3');
  await expect(panel).toContainText('Slide 5');
  await panel.screenshot({ path: 'test-results/check-panel.png' });

  // The finding selects its slide and its item.
  await finding.click();
  await expect(page.getByTestId('slide-row').nth(4)).toHaveClass(/is-current/);
  await expect(page.getByTestId('field-editor')).toBeFocused();
  await expect(page.getByTestId('field-editor')).toHaveValue(DUPLICATE.slice(2));
  await page.keyboard.press('Escape');
  await expect(stageSection(page, 4).locator('li')).toHaveCount(5);

  // The one-click fix drops the duplicate: the count drops, and one Undo brings it back.
  await panel.getByTestId('check-fix').click();
  await expect(stageSection(page, 4).locator('li')).toHaveCount(4);
  await expect(button).toHaveText(/Check \(0\)/);
  await expect(panel).toContainText('Nothing to fix');
  await expect(page.getByTestId('modified')).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(stageSection(page, 4).locator('li')).toHaveCount(5);
  await expect(button).toHaveText(/Check \(1\)/);
  await expect(stageSection(page, 4).locator('li').nth(4)).toHaveText(DUPLICATE.slice(2));
});

test('a notes finding opens the notes, and its fix drops the sentence', async ({ page, host, workDir }) => {
  const path = join(workDir, 'notes.deck.md');
  const coaching = 'State the judgment, then the evidence the article gives for it.';
  writeFileSync(
    path,
    readFileSync(BUNDLED, 'utf8').replace('The first reason is the bargain itself.', coaching),
  );
  await host.restart({ initialDeckPath: path });
  await page.goto(host.url + '?transition=none');
  const button = page.getByTestId('check-button');
  await expect(button).toHaveText(/Check \(1\)/);
  await button.click();
  const panel = page.getByTestId('check-panel');
  await expect(panel).toContainText('No article');
  await panel.getByTestId('check-finding').click();
  await expect(page.getByTestId('slide-row').nth(4)).toHaveClass(/is-current/);
  await expect(page.getByTestId('notes-editor')).toBeFocused();
  await page.keyboard.press('Escape');
  await panel.getByTestId('check-fix').click();
  await expect(button).toHaveText(/Check \(0\)/);
  await page.getByTestId('notes').click();
  await expect(page.getByTestId('notes-editor')).toHaveValue(/^Oil flows one way/);
});
