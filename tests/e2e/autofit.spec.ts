/**
 * Autofit where slides are drawn live: the editor's stage and thumbnails, the presenter's current and next views
 * and the audience view show every line of an over-full slide inside the slide (smaller text, nothing past its
 * edge), mark it over-full, and leave ordinary slides at the theme's size. Screenshots go to $TMPDIR/briefdeck-shots/autofit/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { exportHtml } from '../../electron/services/exportHtml/index';
import { chromiumLaunchOptions } from '../helpers/chromium';
import { makeFitDeck } from '../fixtures/export/fitDecks';
import { openPresentation } from './presentHelpers';
import { expect, test } from './fixtures';

const deck = makeFitDeck('16:9');
/** Screenshots to look at (outside test-results/, which every Playwright run empties). */
const SHOTS = join(tmpdir(), 'briefdeck-shots', 'autofit');

/** Every list item and heading of the section lies inside the section's box (nothing runs past the slide). */
async function expectAllInside(section: Locator): Promise<number> {
  return section.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const parts = Array.from(element.querySelectorAll('li, h1, h2, h3, p'));
    const outside = parts.filter((part) => {
      const rect = part.getBoundingClientRect();
      return rect.bottom > box.bottom + 1 || rect.right > box.right + 1 || rect.top < box.top - 1;
    });
    if (outside.length > 0) throw new Error(`${outside.length} of ${parts.length} lines run past the slide`);
    return parts.length;
  });
}

async function currentSection(page: Page): Promise<Locator> {
  const section = page.getByTestId('deck').locator('.slides > section.present');
  await expect(section).toHaveCount(1);
  return section;
}

test('the editor fits an over-full slide on the stage and marks its thumbnail', async ({
  page,
  host,
  workDir,
}) => {
  const path = join(workDir, 'fit.deck.md');
  writeFileSync(path, deck.deckText);
  await host.restart({ initialDeckPath: path });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${host.url}?transition=none`);
  await expect(page.getByTestId('deck')).toBeVisible();

  const rows = page.getByTestId('slide-row');
  await expect(rows).toHaveCount(deck.slides);
  // An ordinary slide keeps the theme's size and has no badge.
  await rows.nth(1).click();
  const plain = await currentSection(page);
  await expect(plain).not.toHaveAttribute('data-fit', /.*/);
  await expect(rows.nth(1).getByTestId('thumb-overfull')).toHaveCount(0);

  // Ten 17-word bullets: smaller text, all inside, not over-full.
  await rows.nth(deck.fittedIndex).click();
  const fitted = await currentSection(page);
  await expect(fitted).toHaveAttribute('data-fit', /^0\.\d+$/);
  await expect(fitted).not.toHaveAttribute('data-overfull', /.*/);
  expect(await expectAllInside(fitted)).toBe(11);
  await expect(rows.nth(deck.fittedIndex).getByTestId('thumb-overfull')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'stage-fitted.png') });

  await rows.nth(deck.overfullIndex).scrollIntoViewIfNeeded();
  await rows.nth(deck.overfullIndex).click();
  const section = await currentSection(page);
  await expect(section).toHaveAttribute('data-overfull', 'true');
  expect(await expectAllInside(section)).toBe(25);
  const badge = rows.nth(deck.overfullIndex).getByTestId('thumb-overfull');
  await expect(badge).toHaveAttribute('aria-label', /Over-full/);
  await expect(badge).toHaveAttribute('title', /Over-full/);
  await page.screenshot({ path: join(SHOTS, 'stage.png') });

  // Every over-full or crowded slide shows all its lines inside the slide on the stage.
  for (let index = deck.overfullIndex; index < deck.slides; index += 1) {
    await rows.nth(index).scrollIntoViewIfNeeded();
    await rows.nth(index).click();
    await expectAllInside(await currentSection(page));
  }
});

test('the presenter (current and next) and the audience view fit the over-full slide', async ({
  host,
  context,
}) => {
  const { presenter, audience } = await openPresentation(context, host.url, deck.deckText, {
    startIndex: deck.overfullIndex - 1,
  });
  await presenter.setViewportSize({ width: 1400, height: 900 });
  const next = presenter.getByTestId('next-preview').locator('section');
  await expect(next).toHaveAttribute('data-overfull', 'true');
  expect(await expectAllInside(next)).toBe(25);
  await presenter.screenshot({ path: join(SHOTS, 'presenter-next.png') });

  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-indexh', String(deck.overfullIndex));
  for (const page of [presenter, audience]) {
    const section = await currentSection(page);
    await expect(section).toHaveAttribute('data-overfull', 'true');
    expect(await expectAllInside(section)).toBe(25);
  }
  await presenter.screenshot({ path: join(SHOTS, 'presenter.png') });
  await audience.screenshot({ path: join(SHOTS, 'audience.png') });
  // Long notes scroll inside their pane.
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  const notes = presenter.getByTestId('presenter-notes');
  await expect(notes).toContainText('w9x1200.');
  const pane = await notes.evaluate((element) => ({
    scrolls: element.scrollHeight > element.clientHeight,
    inside: element.getBoundingClientRect().bottom <= window.innerHeight,
  }));
  expect(pane).toEqual({ scrolls: true, inside: true });
});

test('the self-contained HTML export fits the over-full slide with the same routine', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-autofit-html-'));
  const file = join(dir, 'fit.html');
  writeFileSync(file, await exportHtml(deck.deckText));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href);
    await expect(page.locator('.reveal .slides > section.present')).toHaveCount(1);
    for (let index = 0; index < deck.overfullIndex; index += 1) await page.keyboard.press('ArrowRight');
    const section = page.locator('.reveal .slides > section.present');
    await expect(section).toHaveAttribute('data-overfull', 'true');
    expect(await expectAllInside(section)).toBe(25);
    await page.screenshot({ path: join(SHOTS, 'html-export.png') });
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
