/**
 * Slide Markdown renders raw HTML (as reveal.js does), so what must be inert is the sanitised result: every
 * payload goes through the slide renderer, then the Node sanitiser (the renderer's DOMPurify profile on jsdom),
 * and the output is re-parsed by a different parser (linkedom) and checked against an independent allowlist.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeSanitizer, type NodeSanitizer } from '../../../../electron/services/sanitize/index';
import { LAYOUTS } from '../../../../slides/model';
import { renderNotesHtml, renderSlideHtml } from '../../../../slides/render/slide';
import { XSS_PAYLOADS } from '../../../fixtures/xss/payloads';

/** Every element the slide renderer may produce. */
const TAGS = new Set(
  'section header div p span a img strong em b i u small code pre ul ol li h1 h2 h3 h4 h5 h6 blockquote figure figcaption br hr s table thead tbody tr th td svg circle rect text title g path'.split(
    ' ',
  ),
);
/** Every attribute it may produce (lower-cased). */
const ATTRS = new Set(
  'class data-src data-fragment-index data-id data-count data-layout href rel target src alt title role aria-hidden aria-label start viewbox cx cy r fill stroke-width stroke-dasharray transform preserveaspectratio x y width height rx id'.split(
    ' ',
  ),
);
const SAFE_HREF = /^(?:https?:\/\/|mailto:|#)/i;
const SAFE_SRC = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,/i;

/** Lists every element or attribute in `html` outside the allowlist, and every unsafe URL. */
function violations(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body><section>${html}</section></body></html>`);
  const found: string[] = [];
  for (const element of Array.from(document.querySelectorAll('section *'))) {
    const tag = element.tagName.toLowerCase();
    if (!TAGS.has(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(element.attributes)) {
      const name = attr.name.toLowerCase();
      if (!ATTRS.has(name)) found.push(`${tag}[${name}]`);
      if (name === 'href' && !SAFE_HREF.test(attr.value)) found.push(`href=${attr.value}`);
      if (name === 'src' && !SAFE_SRC.test(attr.value)) found.push(`src=${attr.value}`);
    }
  }
  return found;
}

let sanitizer: NodeSanitizer;
beforeAll(async () => {
  sanitizer = await nodeSanitizer();
});

function rendered(html: string): string {
  return sanitizer.sanitize(html);
}

describe('the slide renderer and the sanitiser render every payload inert', () => {
  it('has at least 40 payloads, SVG ones included', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
    expect(XSS_PAYLOADS.filter((payload) => payload.startsWith('<svg')).length).toBeGreaterThanOrEqual(12);
  });

  it('as raw HTML on its own line too', () => {
    for (const payload of XSS_PAYLOADS) {
      const html = rendered(
        renderSlideHtml({ layout: 'bullets', body: `${payload}\n\n<div>\n${payload}\n</div>` }),
      );
      expect(violations(html), `${payload}\n${html}`).toEqual([]);
    }
  });

  for (const layout of LAYOUTS) {
    it(`in the ${layout} layout`, () => {
      for (const payload of XSS_PAYLOADS) {
        const body = `## Title ${payload}\n\n${payload}\n\n- **${payload}** — ${payload}\n- ${payload}\n\n> ${payload}\n\n— ${payload}`;
        const html = rendered(renderSlideHtml({ layout, body }));
        expect(violations(html), `${layout}: ${payload}\n${html}`).toEqual([]);
      }
    });
  }

  it('in speaker notes', () => {
    for (const payload of XSS_PAYLOADS) {
      expect(violations(rendered(renderNotesHtml({ notes: `Say this.\n\n${payload}` }))), payload).toEqual(
        [],
      );
    }
  });

  it('and the checker itself catches what it must', () => {
    expect(
      violations(
        '<p onclick="x">a</p><img src="https://x/y.png"><a href="javascript:x">b</a><script></script>',
      ),
    ).toEqual(['p[onclick]', 'src=https://x/y.png', 'href=javascript:x', '<script>']);
  });
});
