/**
 * Placeholders: a new slide's title is empty and shows "Click to add title" on the stage (never in the deck);
 * typing after New slide gives exactly what was typed; an empty bullet left behind by clicking away is removed.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

function stageSection(page: Page, index: number): Locator {
  return page.locator('[data-testid=stage] .reveal .slides > section').nth(index);
}

async function deckText(page: Page): Promise<string> {
  await page.keyboard.press(`${MOD}+/`);
  const text = await page.getByTestId('source-text').inputValue();
  await page.keyboard.press(`${MOD}+/`);
  await expect(page.getByTestId('source-text')).toHaveCount(0);
  return text;
}

test('new slides have a title placeholder, typed titles are exact, empty bullets are not kept', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await page.getByTestId('slide-row').nth(1).locator('button').click();

  await page.keyboard.press(`${MOD}+Enter`);
  await expect(page.getByTestId('slide-counter')).toHaveText(/^3 \//);
  const field = page.getByTestId('field-editor');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  await expect(field).toHaveAttribute('placeholder', 'Click to add title');
  await page.keyboard.press('Escape');
  const title = stageSection(page, 2).locator('h2').first();
  await expect(title).toHaveText('');
  const placeholder = await title.evaluate((el) => getComputedStyle(el, '::before').content);
  expect(placeholder).toBe('"Click to add title"');
  await page.screenshot({ path: 'test-reports/h12/placeholder.png' });
  expect(await deckText(page)).not.toMatch(/Click to add title|New slide/);
  await page.getByTestId('slide-row').nth(2).locator('button').click();

  // Ctrl+Enter, then type: the title is exactly what was typed.
  await page.keyboard.press(`${MOD}+Enter`);
  await expect(field).toBeFocused();
  await page.keyboard.type('Typed title');
  await expect(stageSection(page, 3).locator('h2').first()).toHaveText('Typed title');

  // Enter adds an empty first bullet; clicking away removes it.
  await page.keyboard.press('Enter');
  await expect(stageSection(page, 3).locator('li')).toHaveCount(1);
  await page.getByTestId('notes').click();
  await expect(stageSection(page, 3).locator('li')).toHaveCount(0);
  await page.keyboard.press('Escape');

  const text = await deckText(page);
  expect(text).toContain('\n## Typed title\n');
  expect(text).not.toMatch(/Click to add title|New slide|^- *$/m);
  // Undo walks back through the typing, never to a lone empty bullet.
  await page.getByTestId('stage').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(`${MOD}+Z`);
  await expect(stageSection(page, 3).locator('li')).toHaveCount(0);
});
