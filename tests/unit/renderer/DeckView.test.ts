/**
 * DeckView in Chromium (bundled with esbuild): one reveal.js instance, updated in place when slides change.
 */
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../helpers/chromium';

const ENTRY = `
  import { createElement } from 'react';
  import { flushSync } from 'react-dom';
  import { createRoot } from 'react-dom/client';
  import { DeckView } from './renderer/src/DeckView';

  const indices = [];
  const slide = (id, layout, body, notes = '') => ({ id, attrs: {}, layout, body, notes, raw: body, dirty: false });
  let root;
  export function show(slides, aspect = '16:9') {
    const element = document.getElementById('root');
    root ??= createRoot(element);
    flushSync(() => root.render(createElement(DeckView, { slides: slides.map((s) => slide(...s)), theme: 'briefing', aspect, transition: 'none', onSlideChange: (i) => indices.push(i) })));
  }
  export { indices };
`;

let browser: Browser;
let page: Page;

/** Renders the given slides (as [id, layout, body] tuples) into the page. */
async function show(slides: [string, string, string][], aspect = '16:9'): Promise<void> {
  await page.evaluate(
    ({ slides, aspect }) =>
      (window as unknown as { DV: { show(s: unknown, a: string): void } }).DV.show(slides, aspect),
    { slides, aspect },
  );
}

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'tsx' },
    bundle: true,
    format: 'iife',
    globalName: 'DV',
    jsx: 'automatic',
    write: false,
    outdir: tmpdir(),
    loader: { '.woff2': 'empty', '.woff': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const js = bundle.outputFiles.find((file) => file.path.endsWith('.js'))?.text ?? '';
  const css = bundle.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '';
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.goto('about:blank');
  await page.setContent(
    '<!doctype html><html><body style="margin:0"><div id="root" style="position:relative;width:1000px;height:600px"></div></body></html>',
  );
  await page.addStyleTag({ content: css });
  await page.addScriptTag({ content: js });
});

afterAll(async () => {
  await browser?.close();
});

describe('DeckView', () => {
  it('starts reveal once, updates sections in place, and keeps the instance across edits', async () => {
    await show([
      ['a', 'title', '# First'],
      ['b', 'bullets', '## Second\n\n- x'],
    ]);
    await page.waitForSelector('[data-testid="deck"].ready', { state: 'attached' });
    const sections = page.locator('[data-testid="deck"] .slides > section');
    await expect.poll(() => sections.count()).toBe(2);
    await page.evaluate(() => {
      const deck = document.querySelector('[data-testid="deck"]') as HTMLElement & { marker?: boolean };
      (deck.querySelector('.controls') as HTMLElement & { marker?: boolean }).marker = true;
      (deck.querySelectorAll('.slides > section')[0] as HTMLElement & { marker?: boolean }).marker = true;
    });

    await show([
      ['a', 'title', '# First'],
      ['b', 'stat', '## Second\n\n- **40%** of it'],
      ['c', 'bullets', '## Third'],
    ]);
    await expect.poll(() => sections.count()).toBe(3);
    const state = await page.evaluate(() => {
      const deck = document.querySelector('[data-testid="deck"]') as HTMLElement;
      const first = deck.querySelectorAll('.slides > section')[0] as HTMLElement & { marker?: boolean };
      const second = deck.querySelectorAll('.slides > section')[1] as HTMLElement;
      return {
        controls: deck.querySelectorAll('.controls').length,
        sameControls: (deck.querySelector('.controls') as HTMLElement & { marker?: boolean }).marker === true,
        firstUntouched: first.marker === true,
        secondLayout: second.getAttribute('data-layout'),
        secondClasses: second.className,
        ring: second.querySelectorAll('.stat-ring').length,
      };
    });
    expect(state).toEqual({
      controls: 1,
      sameControls: true,
      firstUntouched: true,
      secondLayout: 'stat',
      secondClasses: expect.stringContaining('layout-stat') as unknown as string,
      ring: 1,
    });
    expect(state.secondClasses).not.toContain('layout-bullets');
  });

  it('navigates with the arrow keys and reports the index', async () => {
    await page.locator('[data-testid="deck"]').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { DV: { indices: number[] } }).DV.indices.at(-1)))
      .toBe(2);
    expect(
      await page.locator('[data-testid="deck"] .slides > section.present').getAttribute('data-layout'),
    ).toBe('bullets');
  });

  it('drops removed slides and resizes for 4:3', async () => {
    await show([['a', 'title', '# Only']], '4:3');
    await expect.poll(() => page.locator('[data-testid="deck"] .slides > section').count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { DV: { indices: number[] } }).DV.indices.at(-1)))
      .toBe(0);
    const size = await page.evaluate(() =>
      getComputedStyle(document.querySelector('[data-testid="deck"]') as Element).getPropertyValue(
        '--slide-width',
      ),
    );
    expect(size.trim()).toBe('1024px');
  });

  it('sanitises what reaches the DOM', async () => {
    await show([
      [
        'x',
        'bullets',
        '## T\n\n- <img src=x onerror=alert(1)> [a](javascript:alert(1)) <!-- .element: onclick="alert(1)" data-src="p1.s1" -->',
      ],
    ]);
    const section = page.locator('[data-testid="deck"] .slides > section').first();
    await expect.poll(() => section.locator('li').getAttribute('data-src')).toBe('p1.s1');
    const found = await section.evaluate((element) => ({
      images: element.querySelectorAll('img').length,
      links: element.querySelectorAll('a').length,
      handlers: Array.from(element.querySelectorAll('*')).flatMap((node) =>
        Array.from(node.attributes).filter((attr) => attr.name.startsWith('on')),
      ).length,
    }));
    expect(found).toEqual({ images: 0, links: 0, handlers: 0 });
  });
});
