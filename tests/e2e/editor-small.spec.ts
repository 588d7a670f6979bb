/**
 * Smaller editor fixes: F1 opens the shortcut list at its top and lists the presenting keys; Delete on a selected
 * thumbnail deletes the slide (undoable) and the focus comes back to the restored thumbnail after Undo; the
 * stage's next arrow shows a focus ring; the source pane's paragraph numbers meet 4.5:1 contrast.
 */
import { test, expect } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

test.beforeEach(async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
});

test('F1 opens the shortcut list at the top, with the presenting keys', async ({ page }) => {
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
  const keys = dialog.getByTestId('present-keys');
  for (const [label, key] of [
    ['Blackout', 'B'],
    ['Overview', 'O'],
    ['Go to slide', 'G'],
    ['Speaker view', 'S'],
    ['Next slide', 'PageDown'],
  ] as const) {
    await expect(
      keys.getByRole('row').filter({ hasText: label }).locator('kbd', { hasText: key }),
    ).toHaveCount(1);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('Delete on a selected thumbnail deletes the slide; Undo brings it back with the focus on it', async ({
  page,
}) => {
  const rows = page.getByTestId('slide-row');
  await expect(rows).toHaveCount(14);
  const third = rows.nth(2).locator('button');
  const label = (await third.getAttribute('aria-label')) ?? '';
  await third.click();
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(13);
  await expect(rows.nth(2).locator('button')).not.toHaveAttribute('aria-label', label);
  await expect(rows.nth(2).locator('button')).toBeFocused();
  await page.keyboard.press(`${MOD}+Z`);
  await expect(rows).toHaveCount(14);
  await expect(rows.nth(2).locator('button')).toHaveAttribute('aria-label', label);
  await expect(rows.nth(2).locator('button')).toBeFocused();
});

test("the stage's next arrow has a visible focus ring", async ({ page }) => {
  const next = page.locator('[data-testid=stage] .reveal .controls .navigate-right');
  await next.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  const outline = await next.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test("the source pane's paragraph numbers meet 4.5:1 contrast", async ({ page }) => {
  const ratio = await page
    .locator('.source-para-number')
    .first()
    .evaluate((el) => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const [R, G, B] = [r!, g!, b!].map((c) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
      };
      let bg: Element | null = el;
      let background = 'rgba(0, 0, 0, 0)';
      while (bg && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
        background = getComputedStyle(bg).backgroundColor;
        bg = bg.parentElement;
      }
      const a = luminance(rgb(getComputedStyle(el).color));
      const b = luminance(rgb(background));
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
  expect(ratio).toBeGreaterThanOrEqual(4.5);
});
