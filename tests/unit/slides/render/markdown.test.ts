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

  it('leave a comment in the middle of a line as visible, escaped text', () => {
    expect(renderMarkdown('a <!-- .element: class="x" --> b')).toBe(
      '<p>a &lt;!-- .element: class=&quot;x&quot; --&gt; b</p>\n',
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
      '#3',
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

  it('replace network and relative images with a placeholder', () => {
    for (const src of [
      'https://example.org/a.png',
      'http://x/y.gif',
      '//x/y.png',
      'a.png',
      'file:///a.png',
    ]) {
      const html = renderMarkdown(`![chart](${src})`);
      expect(html, src).not.toContain('<img');
      expect(html, src).toContain('<span class="image-blocked"');
      expect(html, src).toContain('[image: chart]');
    }
  });

  it('keep inline base64 raster images', () => {
    expect(renderMarkdown('![dot](data:image/png;base64,iVBORw0KGgo=)')).toBe(
      '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="dot"></p>\n',
    );
    expect(renderMarkdown('![svg](data:image/svg+xml;base64,PHN2Zz4=)')).not.toContain('<img');
  });
});

it('shows raw HTML as text', () => {
  expect(renderMarkdown('<b onclick="x">hi</b>')).toBe(
    '<p>&lt;b onclick=&quot;x&quot;&gt;hi&lt;/b&gt;</p>\n',
  );
});
