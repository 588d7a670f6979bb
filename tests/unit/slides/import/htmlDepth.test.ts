import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../../slides/import/html';
import { flattenDeepHtml, MAX_HTML_DEPTH } from '../../../../slides/import/htmlDepth';

const SENTENCE =
  'Ministers agreed on Monday to reopen the border crossing by spring, ending a two-year closure of the route. ';

function nested(depth: number, inner: string): string {
  return `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;
}

describe('flattenDeepHtml', () => {
  it('leaves ordinary pages exactly as they are', () => {
    const page = `<html><body><div><article><h1>T</h1><p>One<p>Two<ul><li>a<li>b</ul><br><img src=x></article></div></body></html>`;
    expect(flattenDeepHtml(page)).toEqual({ html: page, flattened: 0 });
  });

  it('drops the tags beyond the limit and keeps every word, in order', () => {
    const page = nested(10, '<p>deep <b>bold</b> text</p>');
    const { html, flattened } = flattenDeepHtml(page, 4);
    expect(flattened).toBe(6 + 1); // six divs and the <b>
    expect(html).toBe(
      '<html><head><title>Deep page</title></head><body><div><div><div><div><p>deep bold text</p></div></div></div></div></body></html>',
    );
  });

  it('imports a page nested 5,000 and 100,000 deep quickly, with its text', () => {
    for (const depth of [5_000, 100_000]) {
      const page = nested(depth, `<p>${SENTENCE.repeat(3)}</p>`.repeat(4));
      const { flattened } = flattenDeepHtml(page);
      expect(flattened).toBe(depth - MAX_HTML_DEPTH);
      const article = importHtml(page);
      expect(article.paragraphs.join(' ')).toContain('Ministers agreed on Monday');
    }
  });
});
