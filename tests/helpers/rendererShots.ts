/**
 * Renderer smoke run (not part of `npm test`): serves a built renderer, stubs `window.briefdeck` with a deck
 * file, and screenshots chosen slides with each theme; fails on CSP violations, page errors or non-loopback
 * requests. Usage: `npx tsx tests/helpers/rendererShots.ts [outDir=out/renderer] [shotsDir=/tmp/shots]`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium';
import { serveStatic } from './staticServer';

const outDir = process.argv[2] ?? 'out/renderer';
const shotsDir = process.argv[3] ?? '/tmp/shots';
const deckText = readFileSync('tests/fixtures/decks/sample-layouts.deck.md', 'utf8');
const THEMES = ['briefing', 'night', 'paper'] as const;
const SLIDES = [0, 1, 2, 3, 4, 5, 6, 7, 8];

/** Browser-side stub of the Electron preload, as a string (tsx would inject helpers into a function). */
function stubScript(text: string): string {
  return `
    Object.defineProperty(window, 'briefdeck', { value: {
      invoke: (channel) => channel === 'deck:initial'
        ? Promise.resolve({ path: null, text: ${JSON.stringify(text)}, hash: null })
        : Promise.reject(new Error('not available in the smoke run')),
      on: () => () => undefined,
    } });
    document.addEventListener('securitypolicyviolation', (event) => console.error('CSP ' + event.violatedDirective + ' ' + event.blockedURI));
  `;
}

/** A deck with broken front matter still shows its slides, with the errors in a banner. */
async function checkParseErrors(browser: Browser, url: string, problems: string[]): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 960 } });
  const broken = `---\ntitle: [unclosed\ntheme: night\n---\n\n# Still here\n\nNote:\nnotes\n\n---\n\n## Second\n`;
  await page.addInitScript({ content: stubScript(broken) });
  await page.goto(`${url}?transition=none`);
  await page.waitForSelector('[data-testid="deck"].ready', { state: 'attached' });
  const banner = await page.getByTestId('parse-errors').textContent();
  if (!banner || !/\d+:\d+/.test(banner)) problems.push(`parse errors banner: ${banner}`);
  const counter = await page.getByTestId('slide-counter').textContent();
  if (counter !== '1 / 2') problems.push(`broken deck counter: ${counter}`);
  await page.screenshot({ path: `${shotsDir}/parse-errors.png` });
  await page.close();
}

async function main(): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  const server = await serveStatic(outDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const problems: string[] = [];
  try {
    for (const [theme, aspect] of [
      ...THEMES.map((name) => [name, '16:9'] as const),
      ['briefing', '4:3'] as const,
    ]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 960 } });
      page.on('pageerror', (error) => problems.push(`${theme}: page error ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${theme}: console ${message.text()}`);
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:')
          problems.push(`network ${request.url()}`);
      });
      const text = deckText
        .replace('theme: briefing', `theme: ${theme}`)
        .replace('aspect: "16:9"', `aspect: "${aspect}"`);
      await page.addInitScript({ content: stubScript(text) });
      await page.goto(`${server.url}?transition=none&postMessage=true`);
      await page.waitForSelector('[data-testid="deck"].ready');
      await page.evaluate(() => document.fonts.ready);
      const postMessageOn = await page.evaluate(
        () => (window as unknown as { location: Location }).location.search,
      );
      if (postMessageOn) problems.push(`query not cleared: ${postMessageOn}`);
      const wanted = aspect === '4:3' ? [0, 2, 5] : SLIDES;
      for (let index = 0; index <= Math.max(...wanted); index += 1) {
        const counter = await page.getByTestId('slide-counter').textContent();
        if (!counter?.startsWith(`${index + 1} /`))
          problems.push(`${theme}: counter ${counter} at slide ${index + 1}`);
        if (wanted.includes(index))
          await page.screenshot({
            path: `${shotsDir}/${theme}-${aspect.replace(':', 'x')}-${index + 1}.png`,
          });
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(50);
      }
      await page.close();
    }
    await checkParseErrors(browser, server.url, problems);
  } finally {
    await browser.close();
    await server.close();
  }
  for (const problem of problems) console.log('PROBLEM', problem);
  console.log(problems.length === 0 ? 'renderer shots: ok' : `renderer shots: ${problems.length} problems`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

void main();
