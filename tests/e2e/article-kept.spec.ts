/** An imported draft keeps its article: saving writes it beside the deck, and reopening brings the source pane back. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, importArticleByPath } from './fixtures';

const SEED_ARTICLE = 'tests/fixtures/articles/seed/azerbaijan-boycott.txt';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

test('a saved draft reopens with its article beside it', async ({ page, host }) => {
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await importArticleByPath(page, join(process.cwd(), SEED_ARTICLE));

  await page.keyboard.press(`${MOD}+S`);
  await expect(page.getByTestId('notice-info')).toContainText('Saved');
  const folder = join(host.userDataDir, 'documents');
  const deckName = readdirSync(folder).find((name) => name.endsWith('.deck.md'))!;
  const deckPath = join(folder, deckName);
  expect(existsSync(deckPath.replace(/\.deck\.md$/, '.article.json'))).toBe(true);

  await host.restart({ initialDeckPath: deckPath });
  await page.goto(host.url + '?transition=none');
  const pane = page.getByRole('complementary', { name: 'Source article' });
  await expect(pane).toBeVisible();
  // The standfirst above the body's 14 paragraphs.
  await expect(pane.locator('.source-standfirst')).toHaveCount(1);
  await expect(pane.locator('.source-paragraph:not(.source-standfirst)')).toHaveCount(14);
  await page.getByTestId('slide-row').nth(1).locator('button').click();
  await expect(pane.locator('.source-sentence.is-linked').first()).toBeVisible();
});

test('a bottom line resting on the standfirst shows it linked in the source pane', async ({ page, host }) => {
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await importArticleByPath(
    page,
    join(process.cwd(), 'tests/fixtures/articles/health-explainer/article.html'),
  );
  const pane = page.getByRole('complementary', { name: 'Source article' });
  await page.getByTestId('slide-row').nth(1).locator('button').click();
  await expect(pane.locator('.source-standfirst .source-sentence.is-linked')).toHaveText(
    /repeated heat stress harms the kidneys/,
  );
});
