/// <reference lib="dom" />
/**
 * `npm run bench:editor`: opens a generated 200-slide deck in Chromium through the web host and prints
 * - time to interactive (navigation start → slide list, stage and reveal.js ready), median of 5 loads;
 * - per-keystroke latency typing in a slide title, from keydown to the frame after the slide re-rendered
 *   (performance.now() in the page, one requestAnimationFrame then a task), median and p95 of 80 keys.
 * Targets: open under 1 s, keystroke under 16 ms at p95. Prints figures; asserts nothing. Build first
 * (`npm run build`): the web host serves out/renderer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { makeDeck, makeSlide, stringifyDeck } from '../slides/index';
import type { Layout } from '../slides/model';
import { startWebHost } from '../electron/web/server';
import { findAppRoot } from '../electron/services/bundled';
import { chromiumLaunchOptions } from '../tests/helpers/chromium';

const SLIDES = 200;
const LOADS = 5;
const KEYS = 80;
const LAYOUTS: Layout[] = ['bullets', 'stat', 'timeline', 'actors', 'quote', 'two-column'];

/** A 200-slide deck mixing layouts, each slide with a title, four bullets and notes. */
export function benchDeckText(count = SLIDES): string {
  const slides = Array.from({ length: count }, (_, index) =>
    makeSlide({
      layout: index === 0 ? 'title' : (LAYOUTS[index % LAYOUTS.length] as Layout),
      title: `Slide ${index + 1}: a point-stating title about the argument`,
      items: [
        {
          text: `**${10 + (index % 80)}%** of the figure measured — the source`,
          sources: [`p${index + 1}.s1`],
        },
        { text: `**2023** — an event in the timeline of slide ${index + 1}`, sources: [`p${index + 1}.s2`] },
        { text: 'A supporting bullet with some words in it', level: 0 },
        { text: 'A nested detail', level: 1 },
      ],
      notes: `What to say on slide ${index + 1}. Two or three sentences of notes for the presenter.`,
    }),
  );
  return stringifyDeck(makeDeck({ title: 'Benchmark deck' }, slides));
}

function percentile(values: number[], p: number): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'));
  const deckPath = join(dir, 'bench.deck.md');
  writeFileSync(deckPath, benchDeckText());
  const appRoot = findAppRoot(import.meta.url);
  const host = await startWebHost({
    port: 0,
    userDataDir: join(dir, 'user'),
    appRoot,
    initialDeckPath: deckPath,
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.loginUrl);
    const opens: number[] = [];
    for (let load = 0; load < LOADS; load += 1) {
      await page.goto(`${host.url}?transition=none`);
      await page.waitForFunction(
        (count) =>
          document.querySelectorAll('[data-testid=slide-row]').length === count &&
          document.querySelector('.reveal.ready') !== null,
        SLIDES,
      );
      opens.push(
        await page.evaluate(
          () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
        ),
      );
    }

    // Type in the title of slide 100.
    await page.getByTestId('slide-row').nth(99).locator('button').click();
    await page.getByTestId('stage').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const samples: number[] = [];
      (window as unknown as { __samples: number[] }).__samples = samples;
      const field = document.querySelector('[data-testid=field-editor]');
      field?.addEventListener(
        'keydown',
        () => {
          const start = performance.now();
          requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0));
        },
        { capture: true },
      );
    });
    const text = ' and more words typed into it'.repeat(3).slice(0, KEYS);
    for (const char of text) {
      await page.keyboard.type(char);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(200);
    const samples = await page.evaluate(() => (window as unknown as { __samples: number[] }).__samples);
    const rendered = await page
      .locator('[data-testid=stage] .reveal .slides > section')
      .nth(99)
      .locator('h2')
      .textContent();
    if (!rendered?.endsWith(text.trimEnd()))
      throw new Error(`the slide did not show the typed text: ${rendered}`);

    const open = percentile(opens, 50);
    console.log(`bench:editor — ${SLIDES}-slide deck, Chromium via the web host`);
    console.log(
      `  open to interactive: median ${open.toFixed(0)} ms over ${LOADS} loads (${opens.map((ms) => ms.toFixed(0)).join(', ')}) — target < 1000 ms`,
    );
    console.log(
      `  keystroke → repaint: median ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms over ${samples.length} keys — target p95 < 16 ms`,
    );
  } finally {
    await browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
