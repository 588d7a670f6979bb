/**
 * DOMPurify needs a real DOM (with linkedom it silently returns its input), so these tests bundle the renderer's
 * sanitiser and the slide renderer with esbuild and run them in the system Chromium, with no CSP to help.
 */
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../slides/model';
import { DATA_ATTRS } from '../../../slides/render/htmlPolicy';
import { ALLOWLIST_CASES } from '../../fixtures/xss/allowlist';
import { XSS_PAYLOADS } from '../../fixtures/xss/payloads';
import { chromiumLaunchOptions } from '../../helpers/chromium';

const ENTRY = `
  export { sanitizeHtml } from './renderer/src/sanitize';
  export { renderSlideHtml } from './slides/render/slide';
`;

/** Raw HTML that never comes out of markdown-it but must still die in DOMPurify (defence in depth). */
const RAW_HTML = [
  ...XSS_PAYLOADS,
  '<p data-background-iframe="javascript:alert(1)" data-src="p1.s1">x</p>',
  '<section data-background-iframe="https://evil.example" data-preview-link>x</section>',
  '<p style="background:url(javascript:alert(1))" data-fragment-index="1">x</p>',
  '<a href="javascript:alert(1)" data-preview-link="1">x</a>',
  '<img src="https://evil.example/pixel.png">',
  '<svg><script>alert(1)</script><use href="data:image/svg+xml,x"></use></svg>',
  '<div data-markdown="# hi" data-autoslide="1" data-state="x">x</div>',
];

let browser: Browser;
let page: Page;

interface Report {
  html: string;
  problems: string[];
}

async function sanitizeInPage(html: string[]): Promise<Report[]> {
  return page.evaluate(
    ({ inputs, dataAttrs }) => {
      const api = (window as unknown as { BD: { sanitizeHtml(html: string): string } }).BD;
      const allowedData = new Set(dataAttrs);
      return inputs.map((input) => {
        const out = api.sanitizeHtml(input);
        const host = document.createElement('div');
        host.innerHTML = out;
        document.body.appendChild(host);
        const problems: string[] = [];
        for (const element of Array.from(host.querySelectorAll('*'))) {
          const tag = element.tagName.toLowerCase();
          if (
            [
              'script',
              'iframe',
              'object',
              'embed',
              'form',
              'style',
              'use',
              'image',
              'foreignobject',
              'animate',
              'set',
            ].includes(tag)
          )
            problems.push(`<${tag}>`);
          for (const attr of Array.from(element.attributes)) {
            const name = attr.name.toLowerCase();
            if (name.startsWith('on') || name === 'style' || name === 'srcset')
              problems.push(`${tag}[${name}]`);
            if (name.startsWith('data-') && !allowedData.has(name)) problems.push(`${tag}[${name}]`);
            if (name === 'href' && !/^(?:https?:|mailto:|#)/i.test(attr.value))
              problems.push(`href=${attr.value}`);
            if (name === 'src' && !/^data:image\//i.test(attr.value)) problems.push(`src=${attr.value}`);
          }
        }
        return { html: out, problems };
      });
    },
    { inputs: html, dataAttrs: [...DATA_ATTRS] as string[] },
  );
}

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'BD',
    write: false,
    logLevel: 'silent',
  });
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.evaluate(() => {
    (window as unknown as { fired: string[] }).fired = [];
    window.alert = (message?: unknown) =>
      (window as unknown as { fired: string[] }).fired.push(String(message));
  });
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
});

afterAll(async () => {
  await browser?.close();
});

describe('sanitizeHtml in Chromium', () => {
  it('keeps the structure and attributes the slide renderer produces', async () => {
    const [report] = await sanitizeInPage([
      '<ul><li data-src="p3.s2" class="fragment" data-fragment-index="1" data-id="a1">x</li></ul><div class="stat-grid" data-count="2"></div>' +
        '<svg class="stat-ring" viewBox="0 0 120 120" aria-hidden="true"><circle cx="60" cy="60" r="52" stroke-dasharray="1 2" transform="rotate(-90 60 60)"></circle></svg>',
    ]);
    expect(report?.html).toContain(
      '<li data-src="p3.s2" class="fragment" data-fragment-index="1" data-id="a1">',
    );
    expect(report?.html).toContain('data-count="2"');
    expect(report?.html).toContain('stroke-dasharray="1 2"');
    expect(report?.html).toContain('transform="rotate(-90 60 60)"');
  });

  for (const testCase of ALLOWLIST_CASES) {
    it(`allowlist: ${testCase.name}`, async () => {
      const [report] = await sanitizeInPage([testCase.html]);
      for (const kept of testCase.kept) expect(report?.html, report?.html).toContain(kept);
      for (const dropped of testCase.dropped) expect(report?.html, report?.html).not.toContain(dropped);
      expect(report?.problems).toEqual([]);
    });
  }

  it('opens safe links outside the app and keeps their href', async () => {
    const [report] = await sanitizeInPage(['<a href="https://example.org/">x</a>']);
    expect(report?.html).toBe(
      '<a href="https://example.org/" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });

  it('removes every raw-HTML payload', async () => {
    const reports = await sanitizeInPage(RAW_HTML);
    reports.forEach((report, index) =>
      expect(report.problems, `${RAW_HTML[index]} → ${report.html}`).toEqual([]),
    );
  });

  it('renders every Markdown payload inert in every layout, and nothing fires', async () => {
    const html = await page.evaluate(
      ({ payloads, layouts }) => {
        const api = (
          window as unknown as { BD: { renderSlideHtml(slide: { layout: string; body: string }): string } }
        ).BD;
        return layouts.flatMap((layout) =>
          payloads.map((payload) =>
            api.renderSlideHtml({
              layout,
              body: `## T ${payload}\n\n${payload}\n\n- **${payload}** — ${payload}\n\n> ${payload}`,
            }),
          ),
        );
      },
      { payloads: [...XSS_PAYLOADS], layouts: [...LAYOUTS] },
    );
    const reports = await sanitizeInPage(html);
    reports.forEach((report) => expect(report.problems, report.html).toEqual([]));
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { fired: string[] }).fired)).toEqual([]);
  });
});
