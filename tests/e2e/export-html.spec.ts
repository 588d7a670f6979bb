import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, test } from '@playwright/test';
import { parseDeck, slideTitle } from '../../slides/index';
import { exportHtml } from '../../electron/services/exportHtml/index';
import { chromiumLaunchOptions } from '../helpers/chromium';

const BUNDLED = 'slides/decks/azerbaijan-boycott.deck.md';

test('the exported HTML presents every slide offline from file:// and its speaker view shows the notes', async () => {
  const text = readFileSync(BUNDLED, 'utf8');
  const { deck } = parseDeck(text);
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-export-html-'));
  const file = join(dir, 'briefing.html');
  writeFileSync(file, await exportHtml(text));

  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    const problems: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
    });
    context.on('page', (p) => p.on('console', (m) => m.type() === 'error' && problems.push(m.text())));
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(pathToFileURL(file).href);
    const current = page.locator('.reveal .slides > section.present');
    await expect(current).toHaveCount(1);

    for (let index = 0; index < deck.slides.length; index += 1) {
      const title = slideTitle(deck.slides[index]!);
      if (title) await expect(current).toContainText(title);
      await expect(page.locator('.reveal .slide-number')).toContainText(`${index + 1}`);
      if (index < deck.slides.length - 1) await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Home');

    const popupPromise = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const speaker = await popupPromise;
    const notes = speaker.locator('#sv-notes');
    await expect(notes).toContainText(deck.slides[0]!.notes.trim().split('\n')[0]!.slice(0, 40));
    await expect(speaker.locator('#sv-count')).toHaveText(`Slide 1 of ${deck.slides.length}`);
    await expect(speaker.locator('#sv-next .reveal section')).toContainText(slideTitle(deck.slides[1]!));
    await expect(speaker.locator('#sv-elapsed')).toHaveText(/^\d+:\d\d$/);

    // Keys in the speaker view drive the deck, and the notes follow.
    await speaker.keyboard.press('ArrowRight');
    await expect(current).toContainText(slideTitle(deck.slides[1]!));
    await expect(notes).toContainText(deck.slides[1]!.notes.trim().split('\n')[0]!.slice(0, 40));
    await page.keyboard.press('ArrowRight');
    await expect(speaker.locator('#sv-count')).toHaveText(`Slide 3 of ${deck.slides.length}`);

    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the exported HTML carries a strict hash-based CSP and no remote reference', async () => {
  const html = await exportHtml(readFileSync(BUNDLED, 'utf8'));
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'none'");
  // reveal.js, the autofit routine and the runtime: three scripts, each named by its hash.
  expect(csp).toMatch(/script-src 'sha256-[^']+' 'sha256-[^']+' 'sha256-[^']+';/);
  expect(csp).not.toContain('unsafe');
  expect(csp).toContain("connect-src 'none'");
  expect(html).not.toMatch(/(?:src|href)="https?:/);
  expect(html).not.toMatch(/url\((['"]?)(?!data:)[^)]*\.woff2?/);
});
