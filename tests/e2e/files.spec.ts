/**
 * File behaviours of the editor: a read-only file is never overwritten, a file changed on disk is never silently
 * overwritten, the source view never loses the last good deck, unsaved changes are asked about, and an imported
 * article sits beside its draft with bullets linked to its sentences.
 */
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, importArticleByPath } from './fixtures';

const BUNDLED = 'slides/decks/azerbaijan-boycott.deck.md';
const SEED_ARTICLE = 'tests/fixtures/articles/seed/azerbaijan-boycott.txt';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

function tempDeck(dir: string): string {
  const path = join(dir, 'brief.deck.md');
  copyFileSync(BUNDLED, path);
  return path;
}

async function retitleFirstSlide(page: Page, text: string): Promise<void> {
  await page.getByTestId('stage').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press(`${MOD}+A`);
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

const firstTitle = (page: Page) =>
  page.locator('[data-testid=stage] .reveal .slides > section').first().locator('h1');

test('saving onto a read-only file shows a clear error, keeps the file and keeps the edits', async ({
  page,
  host,
  workDir,
}) => {
  const path = tempDeck(workDir);
  const original = readFileSync(path);
  chmodSync(path, 0o444);
  await host.restart({ initialDeckPath: path });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(host.url + '?transition=none');
  await retitleFirstSlide(page, 'Edited but read-only');
  await page.keyboard.press(`${MOD}+S`);
  const error = page.getByTestId('notice-error');
  await expect(error).toContainText('read-only');
  await expect(error).toContainText('edits are still here');
  expect(readFileSync(path).equals(original)).toBe(true);
  await expect(firstTitle(page)).toHaveText('Edited but read-only');
  await expect(page.getByTestId('modified')).toBeVisible();
});

test('a file changed on disk is not overwritten silently: the user chooses, here Overwrite', async ({
  page,
  host,
  workDir,
}) => {
  const path = tempDeck(workDir);
  await host.restart({ initialDeckPath: path });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(host.url + '?transition=none');
  await retitleFirstSlide(page, 'Mine');
  writeFileSync(path, readFileSync(path, 'utf8').replace('author: Briefdeck', 'author: Someone else'));
  await page.keyboard.press(`${MOD}+S`);
  const dialog = page.getByTestId('choice-dialog');
  await expect(dialog).toContainText('changed by another program');
  expect(readFileSync(path, 'utf8')).toContain('author: Someone else');
  await dialog.getByRole('button', { name: 'Overwrite' }).click();
  await expect(page.getByTestId('notice-info')).toContainText(`Saved ${path}.`);
  const saved = readFileSync(path, 'utf8');
  expect(saved).toContain('# Mine\n');
  expect(saved).toContain('author: Briefdeck');
});

test('a change on disk can be reloaded instead', async ({ page, host, workDir }) => {
  const path = tempDeck(workDir);
  await host.restart({ initialDeckPath: path });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(host.url + '?transition=none');
  await retitleFirstSlide(page, 'Mine');
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace("# Why Azerbaijan won't join Iran's boycott of Israel", '# Theirs'),
  );
  await page.keyboard.press(`${MOD}+S`);
  await page.getByTestId('choice-dialog').getByRole('button', { name: 'Reload from disk' }).click();
  await expect(firstTitle(page)).toHaveText('Theirs');
  await expect(page.getByTestId('modified')).toHaveCount(0);
});

test('the source view updates the slides, shows a syntax error with its position and keeps the last good deck', async ({
  page,
  host,
}) => {
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await page.keyboard.press(`${MOD}+/`);
  const source = page.getByTestId('source-text');
  await expect(source).toBeVisible();
  const text = await source.inputValue();
  expect(text).toBe(readFileSync(BUNDLED, 'utf8'));

  await source.fill(text.replace('theme: briefing', 'theme: [briefing'));
  const errors = page.getByTestId('source-errors');
  await expect(errors).toContainText(/\d+:\d+/);
  await expect(page.getByTestId('slide-row')).toHaveCount(14);

  await source.fill(
    text.replace("# Why Azerbaijan won't join Iran's boycott of Israel", '# Edited in source'),
  );
  await expect(errors).toHaveCount(0);
  await page.keyboard.press(`${MOD}+/`);
  await expect(firstTitle(page)).toHaveText('Edited in source');
  await page.keyboard.press(`${MOD}+Z`);
  await expect(firstTitle(page)).toHaveText("Why Azerbaijan won't join Iran's boycott of Israel");
});

test('New with unsaved changes asks first; Cancel keeps the edits', async ({ page, host }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(host.url + '?transition=none');
  await retitleFirstSlide(page, 'Unsaved');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const dialog = page.getByTestId('choice-dialog');
  await expect(dialog).toContainText('Save the changes');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(firstTitle(page)).toHaveText('Unsaved');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await dialog.getByRole('button', { name: "Don't save" }).click();
  await expect(firstTitle(page)).toHaveText('Untitled briefing');
  await expect(page.getByTestId('slide-row')).toHaveCount(1);
});

test('an imported article sits beside its draft; selected text becomes a bullet that keeps its reference', async ({
  page,
  host,
}) => {
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await importArticleByPath(page, join(process.cwd(), SEED_ARTICLE));
  const pane = page.getByRole('complementary', { name: 'Source article' });
  await expect(pane).toBeVisible();

  // The sentences behind the second slide are highlighted.
  await page.getByTestId('slide-row').nth(1).locator('button').click();
  await expect(pane.locator('.source-sentence.is-linked').first()).toBeVisible();

  // Select a sentence and add it as a bullet.
  const sentence = pane.locator('[data-ref="p2.s1"]');
  await sentence.scrollIntoViewIfNeeded();
  await sentence.selectText();
  await pane.locator('.source-scroll').dispatchEvent('mouseup');
  await pane.getByRole('button', { name: 'Add as bullet' }).click();
  await page.keyboard.press(`${MOD}+/`);
  await expect(page.getByTestId('source-text')).toHaveValue(/<!-- \.element: data-src="p2\.s1" -->/);
});

test('an article file dropped on the window is imported and drafted', async ({ page, host }) => {
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  const text = readFileSync(SEED_ARTICLE, 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'article.txt', { type: 'text/plain' }));
    return data;
  }, text);
  await page.dispatchEvent('main.editor', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('notice-info')).toContainText('Drafted', { timeout: 30_000 });
  await expect(page.getByRole('complementary', { name: 'Source article' })).toBeVisible();
});
