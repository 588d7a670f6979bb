/**
 * The exported HTML: links on slides open in a new tab (never navigating the presentation away), and the slide
 * number does not sit under the next arrow.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, test } from '@playwright/test';
import { exportHtml } from '../../electron/services/exportHtml/index';
import { chromiumLaunchOptions } from '../helpers/chromium';

const BUNDLED = 'slides/decks/azerbaijan-boycott.deck.md';

test('links open in a new tab and the slide number is clear of the arrows', async () => {
  const text = `${readFileSync(BUNDLED, 'utf8').trimEnd()}\n\n---\n\n## Read more\n\n- The article on [Eurasianet](https://eurasianet.org/perspectives)\n`;
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-export-links-'));
  const file = join(dir, 'briefing.html');
  writeFileSync(file, await exportHtml(text));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 800 } });
    await context.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await expect(page.locator('.reveal .slides > section.present')).toHaveCount(1);
    await page.keyboard.press('End');
    const link = page.locator('.reveal .slides > section.present a', { hasText: 'Eurasianet' });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);

    const number = await page.locator('.reveal .slide-number').boundingBox();
    const next = await page.locator('.reveal .controls .navigate-right').boundingBox();
    const controls = await page.locator('.reveal .controls').boundingBox();
    expect(number && next && controls).toBeTruthy();
    const overlaps = (a: typeof number, b: typeof number) =>
      !!a &&
      !!b &&
      a.x < b.x + b.width &&
      b.x < a.x + a.width &&
      a.y < b.y + b.height &&
      b.y < a.y + a.height;
    expect(overlaps(number, next)).toBe(false);
    expect(overlaps(number, controls)).toBe(false);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
