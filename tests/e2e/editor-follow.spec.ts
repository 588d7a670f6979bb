/**
 * The in-place editor sits on the element it edits, with slide transitions on: right after changing slide (during
 * the transition), after Find jumps to another slide, and after the window is resized.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

function stageSection(page: Page, index: number): Locator {
  return page.locator('[data-testid=stage] .reveal .slides > section').nth(index);
}

/** The editor's box minus the box of the element it edits (the editor pads 4 px left, 2 px top). */
async function offset(page: Page, target: Locator): Promise<{ dx: number; dy: number; right: number }> {
  const editor = await page.getByTestId('field-editor').boundingBox();
  const element = await target.boundingBox();
  if (!editor || !element) return { dx: Infinity, dy: Infinity, right: Infinity };
  return {
    dx: Math.round(editor.x + 4 - element.x),
    dy: Math.round(editor.y + 2 - element.y),
    right: Math.round(editor.x + editor.width),
  };
}

async function expectOnTop(page: Page, target: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const { dx, dy } = await offset(page, target);
      return Math.abs(dx) <= 3 && Math.abs(dy) <= 8;
    })
    .toBe(true);
  // And it stays there once everything has settled.
  await page.waitForTimeout(1200);
  const { dx, dy, right } = await offset(page, target);
  expect(Math.abs(dx)).toBeLessThanOrEqual(3);
  expect(Math.abs(dy)).toBeLessThanOrEqual(8); // the editor starts at the text's first line box
  expect(right).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
}

test.beforeEach(async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url); // transitions on, as users have them
  await expect(page.getByTestId('deck')).toBeVisible();
});

test('ArrowRight then Enter during the slide transition puts the title editor on the title', async ({
  page,
}) => {
  await page.getByTestId('stage').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('field-editor')).toBeFocused();
  await expectOnTop(page, stageSection(page, 1).locator('h2').first());
  await page.keyboard.press('Escape');

  // Twice more, quickly: each lands on its slide's title.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expectOnTop(page, stageSection(page, 3).locator('h2').first());

  // A smaller window re-lays the slide out: the editor follows.
  await page.setViewportSize({ width: 1100, height: 760 });
  await expectOnTop(page, stageSection(page, 3).locator('h2').first());
});

test('after Find jumps to another slide, Esc then Enter edits the title in place', async ({ page }) => {
  await page.keyboard.press(`${MOD}+F`);
  await page.keyboard.type('North-South');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-status')).toHaveText(/^1 of/);
  const counter = (await page.getByTestId('slide-counter').textContent()) ?? '';
  const index = Number(counter.split(' ')[0]) - 1;
  expect(index).toBeGreaterThan(2);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('stage')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('field-editor')).toBeFocused();
  await expectOnTop(page, stageSection(page, index).locator('h2').first());
});
