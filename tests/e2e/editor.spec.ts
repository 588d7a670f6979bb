/**
 * The editor end to end against the web host: in-place edits, bullets, drag to reorder, layouts, notes, undo and
 * redo of each, then Save; the saved file holds exactly those edits and every other slide keeps its bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parseBody, parseDeck, slideTitle } from '../../slides/index';
import { test, expect } from './fixtures';

const BUNDLED = 'slides/decks/azerbaijan-boycott.deck.md';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

function stageSection(page: Page, index: number): Locator {
  return page.locator('[data-testid=stage] .reveal .slides > section').nth(index);
}

function rows(page: Page): Locator {
  return page.getByTestId('slide-row');
}

async function selectSlide(page: Page, index: number): Promise<void> {
  await rows(page).nth(index).locator('button').click();
  await expect(page.getByTestId('slide-counter')).toHaveText(new RegExp(`^${index + 1} /`));
}

async function rowTitles(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((items) =>
    items.map((item) => item.querySelector('button')?.getAttribute('aria-label') ?? ''),
  );
}

test('edit, reorder, relayout and annotate slides with undo and redo, then save exactly those edits', async ({
  page,
  openApp,
  host,
}) => {
  const original = readFileSync(BUNDLED, 'utf8');
  const { deck: before } = parseDeck(original);
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  void openApp;

  // 1. Retitle slide 2 in place (double-click the rendered title).
  await selectSlide(page, 1);
  await stageSection(page, 1).locator('h2').first().dblclick();
  const field = page.getByTestId('field-editor');
  await expect(field).toBeFocused();
  await page.keyboard.press(`${MOD}+A`);
  await page.keyboard.type('Baku will not heed Tehran');
  await expect(stageSection(page, 1).locator('h2').first()).toHaveText('Baku will not heed Tehran');
  await page.keyboard.press(`${MOD}+Z`);
  await expect(stageSection(page, 1).locator('h2').first()).toHaveText(slideTitle(before.slides[1]!));
  await page.keyboard.press(`${MOD}+Shift+Z`);
  await expect(stageSection(page, 1).locator('h2').first()).toHaveText('Baku will not heed Tehran');

  // 2. Add a bullet after the last one (Enter at its end) and indent it (Tab); undo and redo the indent.
  const items = parseBody(before.slides[1]!.body).items;
  await page.keyboard.press('Escape');
  await stageSection(page, 1)
    .locator('li')
    .nth(items.length - 1)
    .dblclick();
  await expect(field).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Oil keeps flowing');
  await page.keyboard.press('Tab');
  const nested = stageSection(page, 1).locator('li li');
  await expect(nested).toHaveText('Oil keeps flowing');
  await page.keyboard.press(`${MOD}+Z`);
  await expect(nested).toHaveCount(0);
  await expect(stageSection(page, 1).locator('li')).toHaveCount(items.length + 1);
  await page.keyboard.press(`${MOD}+Shift+Z`);
  await expect(nested).toHaveText('Oil keeps flowing');
  await page.keyboard.press('Escape');

  // 3. Notes of slide 2: click to edit, type, undo, redo.
  await page.getByTestId('notes').click();
  const notes = page.getByTestId('notes-editor');
  await expect(notes).toBeFocused();
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.type('\n\nPause here for questions.');
  await expect(notes).toHaveValue(/Pause here for questions\.$/);
  await page.keyboard.press(`${MOD}+Z`);
  await expect(notes).toHaveValue(before.slides[1]!.notes);
  await page.keyboard.press(`${MOD}+Shift+Z`);
  await expect(notes).toHaveValue(/Pause here for questions\.$/);

  // 4. Layout of slide 3 → quote, with undo and redo.
  await selectSlide(page, 2);
  const layout = page.getByTestId('layout-select');
  await layout.selectOption('quote');
  await expect(stageSection(page, 2)).toHaveAttribute('data-layout', 'quote');
  await page.keyboard.press(`${MOD}+Z`);
  await expect(stageSection(page, 2)).toHaveAttribute('data-layout', before.slides[2]!.layout);
  await page.keyboard.press(`${MOD}+Shift+Z`);
  await expect(stageSection(page, 2)).toHaveAttribute('data-layout', 'quote');

  // 5. Drag slide 6 above slide 5; undo and redo.
  const titles = await rowTitles(page);
  const from = await rows(page).nth(5).locator('button').boundingBox();
  const to = await rows(page).nth(4).locator('button').boundingBox();
  if (!from || !to) throw new Error('slide rows have no boxes');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 4, { steps: 12 });
  await page.mouse.up();
  const swapped = (list: string[]) => list.map((title) => title.replace(/^Slide \d+: /, ''));
  const expected = swapped(titles);
  [expected[4], expected[5]] = [expected[5]!, expected[4]!];
  await expect.poll(async () => swapped(await rowTitles(page))).toEqual(expected);
  await page.keyboard.press(`${MOD}+Z`);
  await expect.poll(async () => swapped(await rowTitles(page))).toEqual(swapped(titles));
  await page.keyboard.press(`${MOD}+Shift+Z`);
  await expect.poll(async () => swapped(await rowTitles(page))).toEqual(expected);

  // 6. Save: the bundled briefing is read-only, so Save writes a new file (the web host's Save As folder).
  await expect(page.getByTestId('modified')).toBeVisible();
  await page.keyboard.press(`${MOD}+S`);
  await expect(page.getByTestId('notice-info')).toContainText('Saved');
  await expect(page.getByTestId('modified')).toHaveCount(0);
  const folder = join(host.userDataDir, 'documents');
  // The deck, and beside it the article it came from (the bundled briefing has one).
  const names = readdirSync(folder);
  const decks = names.filter((file) => file.endsWith('.deck.md'));
  expect(decks).toHaveLength(1);
  const name = decks[0]!;
  expect(names.sort()).toEqual([name.replace(/\.deck\.md$/, '.article.json'), name].sort());
  const saved = readFileSync(join(folder, name), 'utf8');

  // Reopen: exactly those edits, every other slide byte for byte.
  const { deck: after, errors } = parseDeck(saved);
  expect(errors).toEqual([]);
  expect(after.file.frontMatterRaw).toBe(before.file.frontMatterRaw);
  expect(after.slides).toHaveLength(before.slides.length);
  const order = before.slides.map((_, index) => index);
  [order[4], order[5]] = [order[5]!, order[4]!];
  after.slides.forEach((slide, index) => {
    const source = before.slides[order[index]!]!;
    if (order[index] === 1) {
      const content = parseBody(slide.body);
      expect(content.title?.text).toBe('Baku will not heed Tehran');
      expect(content.items.map((item) => [item.text, item.level])).toEqual([
        ...parseBody(source.body).items.map((item) => [item.text, item.level]),
        ['Oil keeps flowing', 1],
      ]);
      expect(slide.notes).toBe(`${source.notes}\n\nPause here for questions.`);
      expect(slide.layout).toBe(source.layout);
    } else if (order[index] === 2) {
      expect(slide.layout).toBe('quote');
      expect(slide.body).toBe(source.body);
      expect(slide.notes).toBe(source.notes);
    } else {
      expect(slide.raw, `slide ${index + 1} keeps its bytes`).toBe(source.raw);
    }
  });
});

test('the stage keeps arrow-key navigation and Enter edits the title without a mouse', async ({
  page,
  host,
}) => {
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await page.getByTestId('stage').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText(/^2 \//);
  await expect(rows(page).nth(1)).toHaveClass(/is-current/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('field-editor')).toBeFocused();
  await expect(page.getByTestId('field-editor')).toHaveAttribute('aria-label', 'Slide title of slide 2');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('field-editor')).toHaveAttribute('aria-label', 'Bullet 1 of slide 2');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('stage')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \//);
});

test('toolbar buttons show their shortcuts and have accessible names', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('deck')).toBeVisible();
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toHaveAttribute('title', /Save \((Ctrl|⌘)\+?S\)/);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Undo \(/);
  const unnamed = await page
    .locator('button')
    .evaluateAll(
      (buttons) =>
        buttons.filter((button) => !(button.getAttribute('aria-label') || button.textContent?.trim())).length,
    );
  expect(unnamed).toBe(0);
});

test('a multi-selection is duplicated, moved and deleted together, each one undo step', async ({
  page,
  host,
}) => {
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  const total = await rows(page).count();
  await rows(page).nth(1).locator('button').click();
  await rows(page)
    .nth(3)
    .locator('button')
    .click({ modifiers: [MOD] });
  await expect(rows(page).locator('button[aria-selected=true]')).toHaveCount(2);
  const before = await rowTitles(page);
  await page.keyboard.press(`${MOD}+D`);
  await expect(rows(page)).toHaveCount(total + 2);
  await page.keyboard.press(`${MOD}+Alt+Backspace`);
  await expect(rows(page)).toHaveCount(total);
  expect(await rowTitles(page)).toEqual(before);
  await rows(page).nth(1).locator('button').click();
  await rows(page)
    .nth(3)
    .locator('button')
    .click({ modifiers: [MOD] });
  await page.getByRole('button', { name: 'Move slide up' }).click();
  const moved = (await rowTitles(page)).map((title) => title.replace(/^Slide \d+: /, ''));
  const original = before.map((title) => title.replace(/^Slide \d+: /, ''));
  expect(moved.slice(0, 4)).toEqual([original[1], original[3], original[0], original[2]]);
  await page.keyboard.press(`${MOD}+Z`);
  expect((await rowTitles(page)).map((title) => title.replace(/^Slide \d+: /, ''))).toEqual(original);
});
