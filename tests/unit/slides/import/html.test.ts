import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../../slides/import/html';

const BODY = [
  'Ministers from both countries met in Baku on Monday and agreed to reopen the border crossing by spring.',
  'The agreement follows two years of talks, during which trade between the neighbours fell by a third.',
  'Officials said the crossing would handle up to 400 lorries a day once customs posts are rebuilt.',
  'Critics in parliament warned that the deal leaves the question of transit fees unresolved.',
];

/** A saved article page with every kind of clutter and script a real one carries. */
function savedPage(): string {
  const [first, second, third, fourth] = BODY;
  return `<!doctype html><html><head>
<title>Border to reopen by spring | Example Review</title>
<meta property="og:title" content="Border to reopen by spring">
<meta property="og:site_name" content="Example Review">
<meta property="article:published_time" content="2024-02-12T09:30:00Z">
<meta name="author" content="Jane Doe">
<meta property="og:url" content="https://example.org/border">
<script>window.SECRET_SCRIPT_TEXT = 1;</script><style>.x{color:red}</style>
</head><body onload="alert('ONLOAD_HANDLER')">
<nav><a href="/">Home</a> | <a href="/w">World</a> | <a href="/p">Politics</a></nav>
<div class="social-share"><a onclick="share()">Share on Facebook</a> <a>Tweet</a></div>
<article>
<h1>Border to reopen by spring</h1>
<p class="standfirst">The deal ends a two-year closure but leaves transit fees open.</p>
<p class="byline">By Jane Doe</p>
<p>${first}</p>
<figure><img src="x.jpg" onerror="alert('IMG_HANDLER')"><figcaption>Photo: the crossing in 2022 (Getty Images)</figcaption></figure>
<p>${second}</p>
<div class="promo-box"><a href="/other">Read more: How the talks began</a></div>
<script>document.write('INLINE_SCRIPT_TEXT')</script>
<p>${third} <a href="javascript:alert('LINK_HANDLER')">details</a></p>
<p>Advertisement</p>
<p>${fourth}</p>
<p>Sign up for our weekly newsletter to get the briefing in your inbox.</p>
<noscript>NOSCRIPT_TEXT</noscript>
</article>
<aside><h3>Most read</h3><ul><li>Another story</li></ul></aside>
<footer>© 2024 Example Review. All rights reserved.</footer>
</body></html>`;
}

describe('importHtml', () => {
  const article = importHtml(savedPage());

  it('extracts the body paragraphs in order, without clutter', () => {
    expect(article.paragraphs).toEqual([BODY[0], BODY[1], `${BODY[2]} details`, BODY[3]]);
    expect(article.format).toBe('html');
  });

  it('keeps only inert text: no script, handler, caption or promo text', () => {
    const all = JSON.stringify(article);
    for (const leak of [
      'SECRET_SCRIPT_TEXT',
      'INLINE_SCRIPT_TEXT',
      'ONLOAD_HANDLER',
      'IMG_HANDLER',
      'LINK_HANDLER',
      'NOSCRIPT_TEXT',
      'Getty',
      'Read more',
      'Share on',
      'newsletter',
      'Most read',
      'color:red',
    ]) {
      expect(all, leak).not.toContain(leak);
    }
  });

  it('reads the metadata from meta tags and the page', () => {
    expect(article).toMatchObject({
      title: 'Border to reopen by spring',
      standfirst: 'The deal ends a two-year closure but leaves transit fees open.',
      author: 'Jane Doe',
      publisher: 'Example Review',
      date: '12 February 2024',
      url: 'https://example.org/border',
    });
  });

  it('prefers the url it is given', () => {
    expect(importHtml(savedPage(), { url: 'file:///saved.html' }).url).toBe('file:///saved.html');
  });

  it('imports a bare fragment, and refuses a page with no text', () => {
    const fragment = importHtml(`<h1>A title</h1><p>${BODY[0]}</p><p>${BODY[1]}</p>`);
    expect(fragment.title).toBe('A title');
    expect(fragment.paragraphs).toEqual([BODY[0], BODY[1]]);
    expect(() => importHtml('<html><body><script>x()</script><img src=a></body></html>')).toThrow(
      /No article text/,
    );
  });
});
