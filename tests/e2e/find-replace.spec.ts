/**
 * Find never edits: Enter and Shift+Enter in the find box step through matches from the first, the focus stays in
 * the find box and nothing is typed into or split in the deck. Replace sits in the same bar (a toggle) and in the
 * toolbar; Replace all leaves quotations of the source alone unless asked, says how many it skipped, and Esc
 * still closes the bar afterwards.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

async function deckText(page: Page): Promise<string> {
  await page.keyboard.press(`${MOD}+/`);
  const text = await page.getByTestId('source-text').inputValue();
  await page.keyboard.press(`${MOD}+/`);
  await expect(page.getByTestId('source-text')).toHaveCount(0);
  return text;
}

test.beforeEach(async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
});

test('Enter in the find box moves between matches from the first and never edits the deck', async ({
  page,
}) => {
  const before = await deckText(page);
  await page.getByTestId('stage').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(`${MOD}+F`);
  const find = page.getByRole('textbox', { name: 'Find', exact: true });
  await expect(find).toBeFocused();
  await page.keyboard.type('Baku');
  const status = page.getByTestId('find-status');
  await expect(status).toHaveText(/^\d+ matches$/);
  const total = Number((await status.textContent())?.split(' ')[0]);
  expect(total).toBeGreaterThan(3);

  await page.keyboard.press('Enter');
  await expect(status).toHaveText(new RegExp(`^1 of ${total}`));
  // The first match is slide 2's title ("Bottom line: Baku will not answer…"), shown, not opened for editing.
  await expect(page.getByTestId('slide-counter')).toHaveText(/^2 \//);
  await expect(find).toBeFocused();
  await expect(page.getByTestId('field-editor')).toHaveCount(0);
  const painted = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('find-current') ?? [])][0];
      if (!range) return '';
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      return r.toString();
    });
  await expect.poll(painted).toBe('Baku');
  await page.screenshot({ path: 'test-reports/h12/find-bar.png' });

  for (let i = 2; i <= 4; i++) {
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(new RegExp(`^${i} of ${total}`));
    await expect(find).toBeFocused();
  }
  await page.keyboard.press('Shift+Enter');
  await expect(status).toHaveText(new RegExp(`^3 of ${total}`));
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(status).toHaveText(new RegExp(`^${total} of ${total}`));
  await expect(find).toHaveValue('Baku');
  await expect(page.getByTestId('field-editor')).toHaveCount(0);
  await expect(page.getByTestId('modified')).toHaveCount(0);

  // Replace sits in the same bar, behind a toggle, and in the toolbar.
  const toggle = page.getByRole('button', { name: 'Toggle replace' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(page.getByRole('textbox', { name: 'Replace with' })).toBeVisible();
  await toggle.click();
  await expect(page.getByRole('textbox', { name: 'Replace with' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-bar')).toHaveCount(0);
  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Replace with' })).toBeVisible();
  await page.keyboard.press('Escape');

  expect(await deckText(page)).toBe(before);
});

test('Replace all leaves quotations of the source alone unless asked, and Esc then closes the bar', async ({
  page,
}) => {
  const before = await deckText(page);
  const quotes = before.match(/"[^"\n]*Tehran[^"\n]*"/g) ?? [];
  expect(quotes.length).toBeGreaterThan(1);
  await page.keyboard.press('Control+H');
  await page.getByRole('textbox', { name: 'Find', exact: true }).fill('Tehran');
  await page.getByRole('textbox', { name: 'Replace with' }).fill('Teheran');
  await page.getByRole('button', { name: 'Replace all' }).click();
  const status = page.getByTestId('find-status');
  await expect(status).toHaveText(/^Replaced \d+; skipped \d+ in quotations of the source\.$/);
  const [, replaced, skipped] =
    /Replaced (\d+); skipped (\d+)/.exec((await status.textContent()) ?? '') ?? [];
  expect(Number(skipped)).toBeGreaterThanOrEqual(quotes.length);
  expect(Number(replaced)).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-bar')).toHaveCount(0);

  const after = await deckText(page);
  for (const quote of quotes) expect(after).toContain(quote);
  expect(after).toContain("## Bottom line: Baku will not answer Teheran's boycott call");
  expect(after.split('Teheran').length - 1).toBe(Number(replaced));
  expect(after.replaceAll('Teheran', 'Tehran')).toBe(before);

  // Undo, then ask for quotations too: every match changes.
  await page.keyboard.press(`${MOD}+Z`);
  expect(await deckText(page)).toBe(before);
  await page.keyboard.press('Control+H');
  await page.getByRole('textbox', { name: 'Find', exact: true }).fill('Tehran');
  await page.getByRole('textbox', { name: 'Replace with' }).fill('Teheran');
  await page.getByLabel(/Also in source quotations/).check();
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(status).toHaveText(/^Replaced \d+\.$/);
  await page.keyboard.press('Escape');
  const all = await deckText(page);
  expect(all).not.toMatch(/Tehran/);
});
