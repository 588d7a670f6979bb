import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../../slides/index';
import { LAYOUTS, type Layout } from '../../../../slides/model';
import { describePlacement, placement } from '../../../../slides/render/placement';
import { renderSlideHtml } from '../../../../slides/render/slide';
import { findings, deck } from '../check/helpers';

const FOUR = '## Four points\n\n- alpha one\n- beta two\n- gamma three\n- delta four\n';

describe('placement', () => {
  it('says which layouts have no place for four plain bullets, and which show them without a lead', () => {
    const seen = Object.fromEntries(LAYOUTS.map((layout) => [layout, placement({ layout, body: FOUR })]));
    for (const layout of ['title', 'quote', 'two-column', 'section'] as Layout[])
      expect(seen[layout]?.unplaced, layout).toEqual([{ kind: 'bullet', count: 4 }]);
    for (const layout of ['bullets', 'sources', 'stat', 'timeline', 'actors'] as Layout[])
      expect(seen[layout]?.unplaced, layout).toEqual([]);
    expect(seen.stat).toMatchObject({ missingLead: 4, lead: 'figure' });
    expect(seen.timeline).toMatchObject({ missingLead: 4, lead: 'date' });
    expect(seen.actors).toMatchObject({ missingLead: 4, lead: 'name' });
    expect(seen.bullets?.missingLead).toBe(0);
  });

  it('finds nothing to report on slides written for their layout', () => {
    const written: [Layout, string][] = [
      ['title', '# A title\n\n### A subtitle\n\nBy someone, 2024\n'],
      ['stat', '## Figures\n\n- **40%** of exports — Ministry\n- **$2bn** in trade\n'],
      ['quote', '## Said\n\n> We will not join a boycott.\n\n— A minister\n'],
      ['two-column', '## Two sides\n\nIntro line.\n\n### One\n\n- a\n- b\n\n### Other\n\n- c\n'],
      ['timeline', '## When\n\n- **2020** — war\n- **2023** — offensive\n'],
      ['actors', '## Who\n\n- **Baku**: trades\n- **Tehran**: objects\n'],
      ['section', '# Part two\n\nWhat comes next\n'],
    ];
    for (const [layout, body] of written) {
      const placed = placement({ layout, body });
      expect(describePlacement(placed, layout), layout).toBeUndefined();
    }
  });

  it('counts paragraphs, quotations and tables the layout has no place for, in body order', () => {
    const body =
      '## T\n\n- **2020** — a\n\nA loose paragraph.\n\n> a quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAnother.\n';
    expect(placement({ layout: 'timeline', body }).unplaced).toEqual([
      { kind: 'paragraph', count: 2 },
      { kind: 'quotation', count: 1 },
      { kind: 'table', count: 1 },
    ]);
  });

  it('draws what has no place below the layout’s content, whole', () => {
    const html = renderSlideHtml({ layout: 'quote', body: `${FOUR}\n> The quote itself.\n` });
    const quoteEnd = html.indexOf('</figure>');
    expect(quoteEnd).toBeGreaterThan(0);
    for (const text of ['alpha one', 'beta two', 'gamma three', 'delta four'])
      expect(html.indexOf(text), text).toBeGreaterThan(quoteEnd);
  });

  it('draws bullets switched to a quote slide without a quotation right under the title, with no empty figure', () => {
    const html = renderSlideHtml({ layout: 'quote', body: FOUR });
    expect(html).not.toContain('<figure');
    expect(html.indexOf('alpha one')).toBeGreaterThan(html.indexOf('</header>'));
  });

  it('words the notice after a change and the finding of a slide as it is', () => {
    const placed = placement({ layout: 'quote', body: FOUR });
    expect(describePlacement(placed, 'Quote', true)).toBe(
      "4 bullets have no place in the Quote layout; they stay below the slide's content until you move them or " +
        'switch back.',
    );
    expect(describePlacement(placement({ layout: 'quote', body: '## T\n\nOne line.\n' }), 'quote')).toBe(
      "1 paragraph has no place in the quote layout; it is shown below the slide's content.",
    );
    expect(describePlacement(placement({ layout: 'stat', body: '## T\n\n- plain\n' }), 'stat')).toBe(
      '1 item has no figure (the stat layout shows a bold figure at the start of each item), so it shows without one.',
    );
  });
});

describe('no-place finding', () => {
  it('reports a quote slide holding bullets, on the slide, and nothing for the same bullets on a bullets slide', () => {
    const found = findings(deck(`quote|${FOUR}`, FOUR), 'no-place');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ slide: 0, element: { kind: 'slide' } });
    expect(found[0]?.message).toContain('4 bullets have no place in the quote layout');
  });

  it('finds nothing in the bundled briefing', () => {
    const text = readFileSync(
      new URL('../../../../slides/decks/azerbaijan-boycott.deck.md', import.meta.url),
      'utf8',
    );
    expect(findings(parseDeck(text).deck, 'no-place')).toEqual([]);
  });
});
