import { describe, expect, it } from 'vitest';
import { parseElementAttrs, renderMarkdown } from '../../../../slides/render/markdown';

describe('element attribute comments', () => {
  it('put data-src on the list item, nested items included, and remove the comment text', () => {
    const html = renderMarkdown(
      '- a <!-- .element: data-src="p3.s2" -->\n  - b <!-- .element: data-src="p3.s4 p4.s1" -->\n- c\n',
    );
    expect(html).toContain('<li data-src="p3.s2">a\n<ul>');
    expect(html).toContain('<li data-src="p3.s4 p4.s1">b</li>');
    expect(html).toContain('<li>c</li>');
    expect(html).not.toContain('.element');
  });

  it('apply to paragraphs and headings', () => {
    expect(renderMarkdown('Text <!-- .element: data-src="p1.s1" -->')).toBe('<p data-src="p1.s1">Text</p>\n');
    expect(renderMarkdown('## Title <!-- .element: class="fragment" -->')).toBe(
      '<h2 class="fragment">Title</h2>\n',
    );
  });

  it('keep only allowlisted attributes with well-formed values', () => {
    expect(
      parseElementAttrs('data-src="p1.s1" onerror="alert(1)" style="color:red" class="fragment fade-up"'),
    ).toEqual({
      'data-src': 'p1.s1',
      class: 'fragment fade-up',
    });
    expect(parseElementAttrs('class="x\\" onload=\\"y" data-fragment-index="2" data-id=\'k-1\'')).toEqual({
      'data-fragment-index': '2',
      'data-id': 'k-1',
    });
    expect(parseElementAttrs('class="Big<b>" data-src="p1.s1\'><script>" data-fragment-index="x"')).toEqual(
      {},
    );
    expect(parseElementAttrs('data-background-iframe="https://example.com" data-preview-link="1"')).toEqual(
      {},
    );
  });

  it('drop a paragraph that is only a comment (a stray slide comment)', () => {
    expect(renderMarkdown('<!-- .slide: data-layout="stat" -->\n\nText')).toBe('<p>Text</p>\n');
  });

  it('drop a comment in the middle of a line (comments never reach the page)', () => {
    expect(renderMarkdown('a <!-- .element: class="x" --> b')).toBe('<p>a  b</p>\n');
  });

  it('apply a comment on the line after a paragraph, as reveal-md decks write it', () => {
    expect(renderMarkdown('Text\n<!-- .element: class="fragment" -->')).toBe(
      '<p class="fragment">Text</p>\n',
    );
  });
});

describe('links and images', () => {
  it('keep http(s) and mailto links, with rel set', () => {
    expect(renderMarkdown('[a](https://example.org/x) [m](mailto:a@b.c)')).toBe(
      '<p><a href="https://example.org/x" rel="noopener noreferrer">a</a> <a href="mailto:a@b.c" rel="noopener noreferrer">m</a></p>\n',
    );
  });

  it('render other schemes and relative links as inert text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'vbscript:x',
      'file:///etc/passwd',
      'data:text/html,<b>',
      '/local',
      ' javascript:x',
    ]) {
      const html = renderMarkdown(`[x](${href})`);
      expect(html, href).not.toContain('<a');
      expect(html, href).not.toContain('href');
      expect(html, href).toBe('<p><span class="link-blocked">x</span></p>\n');
    }
  });

  it('block autolinks to other schemes too', () => {
    expect(renderMarkdown('<javascript:alert(1)>')).not.toContain('<a');
    expect(renderMarkdown('<https://example.org>')).toContain('<a href="https://example.org"');
  });

  it('do not autolink bare URLs', () => {
    expect(renderMarkdown('see https://example.org')).toBe('<p>see https://example.org</p>\n');
  });

  it('keep in-deck links (#/3) as links', () => {
    expect(renderMarkdown('[x](#/3)')).toBe('<p><a href="#/3" rel="noopener noreferrer">x</a></p>\n');
  });

  it('replace network images with a placeholder naming the URL', () => {
    for (const src of ['https://example.org/a.png', 'http://x/y.gif', '//x/y.png', 'file:///a.png']) {
      const html = renderMarkdown(`![chart](${src})`);
      expect(html, src).not.toContain('<img');
      expect(html, src).toContain('<span class="image-placeholder image-remote"');
      expect(html, src).toContain(`[image not loaded: ${src}]`);
    }
  });

  it('keep local images for the sanitiser to resolve', () => {
    expect(renderMarkdown('![chart](img/a.png "Q1")')).toBe(
      '<p><img src="img/a.png" alt="chart" title="Q1"></p>\n',
    );
  });

  it('keep inline base64 raster images', () => {
    expect(renderMarkdown('![dot](data:image/png;base64,iVBORw0KGgo=)')).toBe(
      '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="dot"></p>\n',
    );
    expect(renderMarkdown('![svg](data:image/svg+xml;base64,PHN2Zz4=)')).toContain(
      '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="svg">',
    );
    expect(renderMarkdown('![svg](data:image/svg+xml,<svg onload=x>)')).not.toContain('<img');
  });
});

it('passes raw HTML on, as reveal.js does (the sanitiser decides what stays)', () => {
  expect(renderMarkdown('<b onclick="x">hi</b>')).toBe('<p><b onclick="x">hi</b></p>\n');
  expect(renderMarkdown('<div class="r-stack">\n\n- a\n\n</div>')).toBe(
    '<div class="r-stack">\n<ul>\n<li>a</li>\n</ul>\n</div>',
  );
});

describe('tables', () => {
  it('align columns through classes, never inline styles', () => {
    const html = renderMarkdown('| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |');
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-left">a</th>');
    expect(html).toContain('<th class="align-center">b</th>');
    expect(html).toContain('<td class="align-right">3</td>');
    expect(html).toContain('<td>4</td>');
  });
});
