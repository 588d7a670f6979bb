/**
 * An automated accessibility pass (axe-core) over the editor (with the find bar open), the presenter view and the
 * exported HTML: no serious or critical violation.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { exportHtml } from '../../electron/services/exportHtml/index';
import { test, expect } from './fixtures';
import { openPresentation } from './presentHelpers';

const BUNDLED = 'slides/decks/azerbaijan-boycott.deck.md';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

async function seriousViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(' | ')}`,
    );
}

test('the editor has no serious or critical accessibility violation', async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Control+H');
  await page.getByRole('textbox', { name: 'Find', exact: true }).fill('Baku');
  await page.keyboard.press('Enter');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${MOD}+/`);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the presenter view has no serious or critical accessibility violation', async ({ host, context }) => {
  const { presenter } = await openPresentation(context, host.url, readFileSync(BUNDLED, 'utf8'), {
    startIndex: 1,
    before: (page) => page.setViewportSize({ width: 1440, height: 900 }),
  });
  expect(await seriousViolations(presenter)).toEqual([]);
});

test('the exported HTML has no serious or critical accessibility violation', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-a11y-'));
  const file = join(dir, 'briefing.html');
  writeFileSync(file, await exportHtml(readFileSync(BUNDLED, 'utf8')));
  try {
    await page.goto(pathToFileURL(file).href);
    await expect(page.locator('.reveal .slides > section.present')).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
