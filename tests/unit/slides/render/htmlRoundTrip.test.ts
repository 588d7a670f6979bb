/**
 * Slides carrying raw HTML (inline SVG, reveal's `r-stack`, tables, element comments) keep that HTML byte for
 * byte when the title or a bullet is edited in place (the editor's path: parseBody → change a field →
 * serializeBody → updateSlide → stringifyDeck), and when nothing is edited at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBody, serializeBody } from '../../../../slides/content';
import { parseDeck, stringifyDeck, updateSlide } from '../../../../slides/index';

const HTML_BLOCKS = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="560" height="200" viewBox="0 0 560 200">\n  <rect x="0" y="20" width="300" height="40" fill="#2a6"/>\n  <text x="8" y="46" font-size="20">Oil 64%</text>\n</svg>',
  '<div class="r-stack">\n  <img class="fragment" src="img/a.png" width="450">\n  <img class="fragment" src="img/b.png" width="300">\n</div>',
  '<span class="fragment">Step</span> <small>note</small><br>',
  '| Year | Oil |\n|-----:|:---:|\n| 2023 | 64% |',
  '<p style="text-align:right" onclick="x">kept as written</p>',
  '<!-- .element: class="fragment" data-fragment-index="2" -->',
  '<table>\n<tr><th style="text-align:center">h</th></tr>\n<tr><td>&amp; &lt;b&gt;</td></tr>\n</table>',
  '<details><summary>s</summary>\n\n*md*\n\n</details>',
];

function editFirstFields(body: string): string {
  const content = parseBody(body);
  if (content.title) content.title = { ...content.title, text: `${content.title.text} edited` };
  const first = content.items[0];
  if (first) content.items[0] = { ...first, text: `${first.text} edited` };
  return serializeBody(content);
}

function deckOf(bodies: string[]): string {
  return `---\ntitle: HTML deck\n---\n\n${bodies.join('\n\n---\n\n')}\n`;
}

describe('raw HTML in slides survives editing byte for byte', () => {
  it('a reveal-md style slide: title and bullet edited, every HTML line unchanged', () => {
    const body = [
      '## Exports by sector',
      '',
      HTML_BLOCKS[0],
      '',
      '- Oil dominates <!-- .element: class="fragment" -->',
      '- Gas grows',
      '',
      HTML_BLOCKS[1],
      '',
      HTML_BLOCKS[3],
    ].join('\n');
    const text = deckOf([body]);
    const { deck } = parseDeck(text);
    expect(stringifyDeck(deck)).toBe(text);
    const edited = stringifyDeck(updateSlide(deck, 0, { body: editFirstFields(deck.slides[0]?.body ?? '') }));
    expect(edited).toBe(
      text
        .replace('## Exports by sector', '## Exports by sector edited')
        .replace('- Oil dominates <!--', '- Oil dominates edited <!--'),
    );
  });

  it('for any arrangement of HTML blocks, titles and bullets (property)', () => {
    const slide = fc.record({
      title: fc.option(fc.constantFrom('## A title', '# Big <small>title</small>'), { nil: undefined }),
      items: fc.array(fc.constantFrom('- one', '- two <span class="fragment">x</span>', '  - nested'), {
        maxLength: 3,
      }),
      before: fc.array(fc.constantFrom(...HTML_BLOCKS), { maxLength: 2 }),
      after: fc.array(fc.constantFrom(...HTML_BLOCKS), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(slide, { minLength: 1, maxLength: 4 }), (slides) => {
        const bodies = slides.map((s) =>
          [
            ...(s.title ? [s.title, ''] : []),
            ...s.before.flatMap((block) => [block, '']),
            ...(s.items.length > 0 && !s.items[0]?.startsWith(' ') ? [...s.items, ''] : []),
            ...s.after.flatMap((block) => [block, '']),
            'End.',
          ].join('\n'),
        );
        const text = deckOf(bodies);
        const { deck } = parseDeck(text);
        expect(stringifyDeck(deck)).toBe(text);
        let edited = deck;
        deck.slides.forEach((s, index) => {
          edited = updateSlide(edited, index, { body: editFirstFields(s.body) });
        });
        const out = stringifyDeck(edited);
        for (const s of slides) for (const block of [...s.before, ...s.after]) expect(out).toContain(block);
        // Only the edited lines differ: removing the markers gives the original back.
        expect(out.replace(/ edited/g, '')).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
