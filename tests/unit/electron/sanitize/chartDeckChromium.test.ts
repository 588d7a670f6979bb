/**
 * The HTML export of reveal-md chart decks, opened from file:// in the system Chromium: every inline SVG chart is
 * drawn (its bars have a size and its labels show), tables keep their alignment through classes, nothing trips
 * the file's CSP, and fragments step as reveal numbers them (the same count the presenter's "next" uses).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportHtml } from '../../../../electron/services/exportHtml/index';
import { countFragments } from '../../../../renderer/src/present/nextStep';
import { parseDeck } from '../../../../slides/index';
import { renderSlideHtml } from '../../../../slides/render/slide';
import { makeChartDeck } from '../../../fixtures/export/chartDecks';
import { chromiumLaunchOptions } from '../../../helpers/chromium';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-chart-html-'));
});
afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    if (!process.env.KEEP_SHOTS) rmSync(dir, { recursive: true, force: true });
  }
});

describe('a reveal-md chart deck exported to HTML, in Chromium', () => {
  it('draws every chart, keeps table alignment, trips no CSP and steps fragments', async () => {
    const text = makeChartDeck(10);
    const { deck, errors } = parseDeck(text);
    expect(errors).toEqual([]);
    const file = join(dir, 'charts.html');
    writeFileSync(file, await exportHtml(text));
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('.reveal.ready');
    const charts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.slides > section')).map((section) => {
        const svg = section.querySelector('svg[role="img"]');
        const rects = Array.from(svg?.querySelectorAll('rect') ?? []).map(
          (rect) => (rect as SVGRectElement).width.baseVal.value,
        );
        return {
          rects,
          labels: Array.from(svg?.querySelectorAll('text') ?? []).map((t) => t.textContent),
          right: section.querySelector('td.align-right')
            ? getComputedStyle(section.querySelector('td.align-right') as Element).textAlign
            : null,
        };
      }),
    );
    expect(charts).toHaveLength(11);
    charts.slice(1).forEach((chart, i) => {
      expect(chart.rects).toEqual([100, 100, 100, 100]);
      expect(chart.labels).toEqual([1, 2, 3, 4].map((bar) => `c${i + 1}b${bar}`));
      expect(chart.right).toBe('right');
    });

    // Fragments: from slide 2, count the presses that stay on it.
    const expected = countFragments(renderSlideHtml(deck.slides[1] ?? { layout: 'bullets', body: '' }));
    expect(expected).toBe(2);
    await page.keyboard.press('ArrowRight');
    const current = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('.slides > section')).findIndex((s) =>
          s.classList.contains('present'),
        ),
      );
    expect(await current()).toBe(1);
    // The chart of the slide on screen is drawn at a real size.
    const drawn = await page.evaluate(() => {
      const svg = document.querySelector('.slides > section.present svg[role="img"]');
      const box = svg?.getBoundingClientRect();
      const bar = (svg?.querySelector('rect') as SVGGraphicsElement | null)?.getBBox();
      return { width: box?.width ?? 0, height: box?.height ?? 0, bar: bar?.width ?? 0 };
    });
    expect(drawn.width).toBeGreaterThan(200);
    expect(drawn.height).toBeGreaterThan(60);
    expect(drawn.bar).toBe(100);
    await page.screenshot({ path: join(dir, 'chart.png') });
    let presses = 0;
    while ((await current()) === 1 && presses < 10) {
      await page.keyboard.press('ArrowRight');
      presses += 1;
    }
    expect(presses - 1).toBe(expected);
    expect(problems).toEqual([]);
    await page.close();
  });
});
