import { readFileSync } from 'node:fs';
import { test, expect, isLocalRequest } from './fixtures';
import { openPresentation } from './presentHelpers';
import type { Page } from '@playwright/test';

const DECK = readFileSync('tests/fixtures/decks/present.deck.md', 'utf8');
const TOTAL = 6;

/** Both views show slide `h` (0-based) with fragment `f`. */
async function expectBoth(presenter: Page, audience: Page, h: number, f = -1) {
  for (const [page, id] of [
    [presenter, 'presenter'],
    [audience, 'audience'],
  ] as const) {
    await expect(page.getByTestId(id)).toHaveAttribute('data-indexh', String(h), { timeout: 2000 });
    await expect(page.getByTestId(id)).toHaveAttribute('data-indexf', String(f));
    await expect(page.getByTestId('deck').locator('.slides > section.present')).toHaveCount(1);
  }
  await expect(presenter.getByTestId('presenter-count')).toHaveText(`Slide ${h + 1} of ${TOTAL}`);
}

test('audience and presenter stay in sync across next, fragments, previous, jump and blackout', async ({
  host,
  context,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const { presenter, audience } = await openPresentation(context, host.url, DECK);
  await expectBoth(presenter, audience, 0);
  await expect(presenter.getByTestId('presenter-notes')).toContainText('Welcome everyone');

  // Next from the presenter; the audience follows.
  await presenter.keyboard.press('ArrowRight');
  await expectBoth(presenter, audience, 1, -1);
  // The preview is fragment-aware: same slide, one more build.
  const preview = presenter.getByTestId('next-preview');
  await expect(preview).toHaveAttribute('data-fragment', '0');
  await expect(preview.locator('.fragment.visible')).toHaveCount(1);
  await expect(presenter.getByTestId('next-label')).toHaveText('Next: same slide, next build');

  // Fragments from the audience window (a clicker plugged into the projector laptop).
  await audience.keyboard.press('PageDown');
  await expectBoth(presenter, audience, 1, 0);
  await expect(
    audience.getByTestId('deck').locator('.slides > section.present .fragment.visible'),
  ).toHaveCount(1);
  await expect(preview.locator('.fragment.visible')).toHaveCount(2);
  await audience.keyboard.press(' ');
  await expectBoth(presenter, audience, 1, 1);
  await expect(
    presenter.getByTestId('deck').locator('.slides > section.present .fragment.visible'),
  ).toHaveCount(2);
  // All builds shown: the preview moves to the next slide.
  await expect(preview.locator('section')).toContainText('A picture from the network');

  await presenter.keyboard.press('ArrowRight');
  await expectBoth(presenter, audience, 2);
  await presenter.keyboard.press('PageUp');
  await expectBoth(presenter, audience, 1, 1);

  // Jump: G, 5, Enter — the typed digits are shown.
  await presenter.keyboard.press('g');
  await presenter.keyboard.press('5');
  await expect(presenter.getByTestId('jump-overlay')).toContainText('Go to slide 5 of 6');
  await presenter.keyboard.press('Enter');
  await expect(presenter.getByTestId('jump-overlay')).toHaveCount(0);
  await expectBoth(presenter, audience, 4);
  // A number alone, typed in the audience window.
  await audience.keyboard.press('2');
  await audience.keyboard.press('Enter');
  await expectBoth(presenter, audience, 1, -1);

  // Blackout: B toggles; the audience goes black, the presenter shows BLACKOUT and keeps its slide.
  await presenter.keyboard.press('b');
  await expect(audience.getByTestId('blackout')).toBeVisible({ timeout: 2000 });
  await expect(presenter.getByTestId('presenter-blackout')).toHaveText('BLACKOUT');
  await expect(presenter.getByTestId('deck').locator('.slides > section.present')).toBeVisible();
  await audience.keyboard.press('.');
  await expect(audience.getByTestId('blackout')).toHaveCount(0, { timeout: 2000 });
  await expect(presenter.getByTestId('presenter-blackout')).toHaveCount(0);

  // The overview stays in the window that opened it (see present-overview.spec.ts).
  await presenter.keyboard.press('o');
  await expect(presenter.locator('.reveal.overview')).toHaveCount(1, { timeout: 2000 });
  await presenter.waitForTimeout(300);
  await expect(audience.locator('.reveal.overview')).toHaveCount(0);
  await presenter.keyboard.press('o');
  await expect(presenter.locator('.reveal.overview')).toHaveCount(0, { timeout: 2000 });

  expect(
    requests.filter((url) => !isLocalRequest(url)),
    'requests that left loopback',
  ).toEqual([]);
});

test('a remote image is not fetched and shows a placeholder in both views', async ({ host, context }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const { presenter, audience } = await openPresentation(context, host.url, DECK, { startIndex: 2 });
  await expectBoth(presenter, audience, 2);
  for (const page of [presenter, audience]) {
    const slide = page.getByTestId('deck').locator('.slides > section.present');
    const placeholder = slide.locator('.image-remote');
    await expect(placeholder).toHaveText('[image not loaded: https://example.com/satellite.png]');
    await expect(placeholder).toHaveAttribute('aria-label', 'Satellite photo');
    await expect(slide.locator('img')).toHaveCount(0);
  }
  expect(requests.some((url) => url.includes('example.com'))).toBe(false);
  expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
});

test('the timer counts, pauses and resets; the pacing hint and notes font follow', async ({
  host,
  context,
}) => {
  const { presenter } = await openPresentation(context, host.url, DECK, {
    before: (page) => page.clock.install({ time: new Date('2026-03-02T08:59:00') }),
  });
  await presenter.clock.pauseAt(new Date('2026-03-02T09:00:00'));
  const elapsed = presenter.getByTestId('elapsed');
  await presenter.getByTestId('timer-reset').click();
  await expect(elapsed).toHaveText('0:00');
  await presenter.clock.runFor(65_000);
  await expect(elapsed).toHaveText('1:05');
  await expect(presenter.getByTestId('clock')).toContainText('09:01');

  await presenter.getByTestId('timer-toggle').click();
  await expect(elapsed).toHaveAttribute('data-running', 'false');
  await presenter.clock.runFor(30_000);
  await expect(elapsed).toHaveText('1:05');
  await presenter.getByTestId('timer-toggle').click();
  await presenter.clock.runFor(10_000);
  await expect(elapsed).toHaveText('1:15');
  await presenter.getByTestId('timer-reset').click();
  await expect(elapsed).toHaveText('0:00');

  // The title slide's notes are short: 15 s planned; 0:00 elapsed is on pace.
  await expect(presenter.getByTestId('pacing')).toContainText('~0:15 for this slide');
  await expect(presenter.getByTestId('pacing')).toContainText('on pace');
  await presenter.clock.runFor(40_000);
  await expect(presenter.getByTestId('pacing')).toContainText('behind by 0:25');

  const before = await presenter.getByTestId('notes-font').textContent();
  await presenter.getByTestId('notes-larger').click();
  await expect(presenter.getByTestId('notes-font')).not.toHaveText(before ?? '');
  const after = await presenter.getByTestId('notes-font').textContent();
  await presenter.reload();
  await expect(presenter.getByTestId('notes-font')).toHaveText(after ?? '');
});

test('a rehearsal records time per slide and shows it next time', async ({ host, context }) => {
  const { presenter } = await openPresentation(context, host.url, DECK, {
    before: (page) => page.clock.install({ time: new Date('2026-03-02T08:59:00') }),
  });
  await presenter.clock.pauseAt(new Date('2026-03-02T09:00:00'));
  await expect(presenter.getByTestId('rehearsal-last')).toContainText('no rehearsal yet');
  await presenter.getByTestId('rehearse').click();
  await presenter.clock.runFor(20_000);
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-indexh', '1');
  await presenter.clock.runFor(42_000);
  await presenter.getByTestId('rehearse').click();
  await expect(presenter.getByTestId('rehearsal-last')).toContainText('last rehearsal 0:42');
  await presenter.keyboard.press('ArrowLeft');
  await expect(presenter.getByTestId('rehearsal-last')).toContainText('last rehearsal 0:20');
});
