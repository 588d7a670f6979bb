/**
 * The presenter's overview: O and Esc toggle it, arrows move within it, Enter goes to the chosen slide; the
 * audience keeps the current slide all along (the overview is not shown to it). Esc outside the overview ends the
 * show. The presenter's notes get the height they need.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openPresentation } from './presentHelpers';

const DECK = readFileSync('slides/decks/azerbaijan-boycott.deck.md', 'utf8');

async function indexOf(page: Page, id: 'presenter' | 'audience'): Promise<string | null> {
  return page.getByTestId(id).getAttribute('data-indexh');
}

test('O opens the overview in the presenter only; arrows move in it, Enter goes, Esc and O close it', async ({
  host,
  context,
}) => {
  const { presenter, audience } = await openPresentation(context, host.url, DECK, { startIndex: 1 });
  await presenter.setViewportSize({ width: 1440, height: 900 });
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-indexh', '1');

  await presenter.keyboard.press('o');
  const overview = presenter.locator('[data-testid=deck].overview');
  await expect(overview).toHaveCount(1);
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expect(overview).toHaveCount(1);
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-indexh', '3');
  await expect(presenter.getByTestId('deck').locator('.slides > section.present')).toHaveAttribute(
    'data-index-h',
    '3',
  );
  await presenter.screenshot({ path: 'test-reports/h12/presenter-overview.png' });
  await presenter.keyboard.press('ArrowLeft');
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-indexh', '2');
  // The audience never saw any of it.
  await audience.waitForTimeout(400);
  await expect(audience.locator('.reveal.overview')).toHaveCount(0);
  expect(await indexOf(audience, 'audience')).toBe('1');

  // Esc closes the overview back on the slide being shown; the show goes on.
  await presenter.keyboard.press('Escape');
  await expect(overview).toHaveCount(0);
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-indexh', '1');
  await expect(presenter.locator('.present-ended')).toHaveCount(0);
  await expect(audience.locator('.present-ended')).toHaveCount(0);

  // O toggles it too; Enter goes to the chosen slide, in both windows.
  await presenter.keyboard.press('o');
  await expect(overview).toHaveCount(1);
  await presenter.keyboard.press('o');
  await expect(overview).toHaveCount(0);
  await presenter.keyboard.press('o');
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-indexh', '4');
  await presenter.keyboard.press('Enter');
  await expect(overview).toHaveCount(0);
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-indexh', '4');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-indexh', '4', { timeout: 2000 });
  await expect(presenter.getByTestId('presenter-count')).toHaveText('Slide 5 of 14');
  // Back to the normal presenter layout: the current slide fills its frame again.
  const frame = await presenter.locator('.presenter-current').boundingBox();
  const slide = await presenter.getByTestId('deck').locator('.slides > section.present').boundingBox();
  expect(slide!.width).toBeGreaterThan(frame!.width * 0.8);
  await presenter.screenshot({ path: 'test-reports/h12/presenter-after-overview.png' });

  // Esc outside the overview ends the show in both windows.
  await presenter.keyboard.press('Escape');
  await expect(presenter.locator('.present-ended')).toBeVisible();
  await expect(audience.locator('.present-ended')).toBeVisible({ timeout: 2000 });
});

test("the presenter's notes get the height: slide 2's notes fit without scrolling at 1440×900", async ({
  host,
  context,
}) => {
  const { presenter } = await openPresentation(context, host.url, DECK, {
    startIndex: 1,
    before: (page) => page.setViewportSize({ width: 1440, height: 900 }),
  });
  const notes = presenter.getByTestId('presenter-notes');
  await expect(notes).toContainText('Sources:');
  await expect(notes).toHaveCSS('font-size', '26px');
  await presenter.screenshot({ path: 'test-reports/h12/presenter-notes.png' });
  const fits = await notes.evaluate((el) => [el.scrollHeight, el.clientHeight]);
  expect(fits[0], 'notes cut off').toBeLessThanOrEqual(fits[1]! + 1);
  // Nothing on the presenter's screen runs past the window, and no column ends with a large empty stretch.
  const layout = await presenter.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    return {
      height: window.innerHeight,
      notes: box('.presenter-notes'),
      current: box('.presenter-current'),
      side: box('.presenter-side'),
    };
  });
  expect(layout.notes.bottom).toBeLessThanOrEqual(layout.height);
  expect(layout.height - layout.notes.bottom).toBeLessThan(40);
  expect(layout.notes.height).toBeGreaterThan(layout.height * 0.35);
  await presenter.screenshot({ path: 'test-reports/h12/presenter-notes.png' });
});
