import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../../slides/model';
import { renderNotesHtml, renderSlideHtml } from '../../../../slides/render/slide';
import { XSS_PAYLOADS } from '../../../fixtures/xss/payloads';

/** Every element the slide renderer may produce. */
const TAGS = new Set(
  'section header div p span a img strong em code pre ul ol li h1 h2 h3 h4 h5 h6 blockquote figure figcaption br hr s table thead tbody tr th td svg circle rect'.split(
    ' ',
  ),
);
/** Every attribute it may produce (lower-cased). */
const ATTRS = new Set(
  'class data-src data-fragment-index data-id data-count href rel src alt title role aria-hidden start viewbox cx cy r fill stroke-width stroke-dasharray transform preserveaspectratio x y width height rx'.split(
    ' ',
  ),
);
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;
const SAFE_SRC = /^data:image\/(?:png|jpeg|gif|webp);base64,/i;

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

describe('the slide renderer renders every payload inert', () => {
  it('has at least 20 payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(20);
  });

  for (const layout of LAYOUTS) {
    it(`in the ${layout} layout`, () => {
      for (const payload of XSS_PAYLOADS) {
        const body = `## Title ${payload}\n\n${payload}\n\n- **${payload}** — ${payload}\n- ${payload}\n\n> ${payload}\n\n— ${payload}`;
        const html = renderSlideHtml({ layout, body });
        expect(violations(html), `${layout}: ${payload}\n${html}`).toEqual([]);
      }
    });
  }

  it('in speaker notes', () => {
    for (const payload of XSS_PAYLOADS) {
      expect(violations(renderNotesHtml({ notes: `Say this.\n\n${payload}` })), payload).toEqual([]);
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
