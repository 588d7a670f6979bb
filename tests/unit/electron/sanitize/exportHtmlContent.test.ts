/**
 * The HTML export checks the sanitised DOM it builds, not escaped text: ordinary decks that the old text check
 * refused (aligned tables, code samples with `<div style=…>`, prose such as "flag was onload = false") export,
 * and what is written holds no script, handler or style outside the page's own hashed scripts.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportHtml } from '../../../../electron/services/exportHtml/index';

const DECK = [
  '---',
  'title: Ordinary content',
  '---',
  '',
  '## Aligned table',
  '',
  '| Year | Exports | Share |',
  '|:-----|--------:|:-----:|',
  '| 2023 | 1,204 | 64% |',
  '',
  '---',
  '',
  '## Code sample',
  '',
  '```html',
  '<div style="color:red" onclick="go()">x</div>',
  '<script>alert(1)</script>',
  '```',
  '',
  '---',
  '',
  '## Prose',
  '',
  '- The flag was onload = false and style = "plain"',
  '- Inline `<img src=x onerror=alert(1)>` is just code',
  '',
  'Note:',
  'Say that the flag was onload = false.',
  '',
].join('\n');

/** The body of the page between the slides' container and the speaker template (the slides only). */
function slidesPart(html: string): string {
  return html.slice(
    html.indexOf('<div class="slides">'),
    html.indexOf('<template id="briefdeck-speaker-template">'),
  );
}

/** Elements and attributes in the written slides that could run or style anything (read from the parsed DOM). */
function activeMarkup(html: string): string[] {
  const { document } = new JSDOM(slidesPart(html)).window;
  const found: string[] = [];
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    if (['script', 'style', 'iframe'].includes(element.localName)) found.push(`<${element.localName}>`);
    for (const attr of Array.from(element.attributes))
      if (attr.name === 'style' || attr.name.startsWith('on'))
        found.push(`${element.localName}[${attr.name}]`);
  }
  return found;
}

describe('the HTML export of ordinary decks', () => {
  it('exports aligned tables, code with markup in it and prose about handlers', async () => {
    const html = await exportHtml(DECK);
    const slides = slidesPart(html);
    expect(slides).toContain('<th class="align-left">Year</th>');
    expect(slides).toContain('<td class="align-right">1,204</td>');
    expect(slides).toContain('<td class="align-center">64%</td>');
    expect(slides).toContain('&lt;div style="color:red" onclick="go()"&gt;x&lt;/div&gt;');
    expect(slides).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(slides).toContain('The flag was onload = false and style = "plain"');
    expect(html).toContain('Say that the flag was onload = false.');
    expect(activeMarkup(html)).toEqual([]);
  });

  it('drops what must not run, and still exports the deck', async () => {
    const html = await exportHtml(
      '## Hostile\n\n<p onclick="alert(1)" style="color:red">kept text</p>\n\n<script>alert(2)</script>\n\n<iframe src="https://e.example"></iframe>\n',
    );
    const slides = slidesPart(html);
    expect(slides).toContain('<p>kept text</p>');
    expect(slides).not.toMatch(/alert|e\.example/);
    expect(activeMarkup(html)).toEqual([]);
  });
});
