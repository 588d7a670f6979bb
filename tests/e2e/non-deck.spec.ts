/**
 * Opening a Markdown file that is not a deck (issue 16, item 9): Briefdeck says so and offers to import it as an
 * article, or to open it as a deck anyway; Cancel keeps the deck that was open.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ARTICLE = 'tests/fixtures/articles/oped/article.md';
const HEADLINE = 'Our cities should stop building car parks and start building homes';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

let work: string;
let articlePath: string;
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'briefdeck-non-deck-'));
  articlePath = join(work, 'car-parks.md');
  copyFileSync(ARTICLE, articlePath);
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));

async function openByPath(page: Page, path: string): Promise<void> {
  await page.keyboard.press(`${MOD}+O`);
  const prompt = page.getByTestId('path-dialog');
  await prompt.getByLabel('File path').fill(path);
  await prompt.getByRole('button', { name: 'Open' }).click();
}

test('a Markdown article opened as the start-up file is offered for import, and imports', async ({
  page,
  host,
}) => {
  await host.restart({ initialDeckPath: articlePath });
  await page.goto(host.url + '?transition=none');
  const question = page.getByTestId('choice-dialog');
  await expect(question).toContainText('Not a Briefdeck deck');
  await expect(question).toContainText(
    'car-parks.md is not a deck: it has no deck front matter and no slides. Import it as an article',
  );
  await page.screenshot({ path: test.info().outputPath('non-deck.png') });
  await question.getByRole('button', { name: 'Import as Article' }).click();
  await expect(page.getByTestId('notice-info')).toContainText('Drafted', { timeout: 30_000 });
  await expect(page.getByTestId('notice-info')).toContainText(HEADLINE);
  await expect(page.getByRole('complementary', { name: 'Source article' })).toContainText(
    'Minimum parking requirements should be abolished.',
  );
});

test('Open as Deck opens it anyway; Cancel keeps the deck that was open', async ({ page, host }) => {
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  const before = await page.getByTestId('file-label').textContent();
  const question = page.getByTestId('choice-dialog');

  await openByPath(page, articlePath);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId('file-label')).toHaveText(before ?? '');

  await openByPath(page, articlePath);
  await question.getByRole('button', { name: 'Open as Deck' }).click();
  await expect(page.getByTestId('file-label')).toContainText('car-parks.md');
});

test('a real deck opens without the question', async ({ page, host }) => {
  const deckPath = join(work, 'briefing.md');
  copyFileSync('slides/decks/azerbaijan-boycott.deck.md', deckPath);
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await openByPath(page, deckPath);
  await expect(page.getByTestId('file-label')).toContainText('briefing.md');
  await expect(page.getByTestId('choice-dialog')).toHaveCount(0);
});
