import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LAYOUTS, type Layout } from '../../../../slides/model';
import { percentOf, splitFigure } from '../../../../slides/render/figures';
import {
  layoutOf,
  renderNotesHtml,
  renderSectionHtml,
  renderSlideHtml,
  slideSectionAttrs,
} from '../../../../slides/render/slide';

/** Renders a slide body with a layout and returns a queryable fragment. */
function render(layout: Layout, body: string): DocumentFragment & { html: string } {
  const html = renderSlideHtml({ layout, body });
  const { document } = parseHTML(`<!doctype html><html><body><section>${html}</section></body></html>`);
  const section = document.querySelector('section') as unknown as DocumentFragment;
  return Object.assign(section, { html });
}

function texts(root: ParentNode, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector)).map((element) => (element.textContent ?? '').trim());
}

describe('renderSlideHtml', () => {
  it('title: headline, subtitle and byline', () => {
    const slide = render(
      'title',
      '# Headline\n\n### Subtitle\n\nEurasianet · Eldar Mamedov\n\nNovember 2023',
    );
    expect(texts(slide, '.title-block > h1')).toEqual(['Headline']);
    expect(texts(slide, '.title-block > h3')).toEqual(['Subtitle']);
    expect(texts(slide, '.byline p')).toEqual(['Eurasianet · Eldar Mamedov', 'November 2023']);
  });

  it('bullets: title in the header, list in the body with source references', () => {
    const slide = render('bullets', '## Point\n\n- one <!-- .element: data-src="p1.s2" -->\n  - sub\n- two');
    expect(texts(slide, '.slide-head h2')).toEqual(['Point']);
    expect(slide.querySelectorAll('.slide-body > ul > li')).toHaveLength(2);
    expect(slide.querySelector('.slide-body li')?.getAttribute('data-src')).toBe('p1.s2');
    expect(texts(slide, '.slide-body li li')).toEqual(['sub']);
  });

  it('stat: one card per figure, a ring for percentages, label and source split at the dash', () => {
    const slide = render(
      'stat',
      '## Figures\n\n- **40%** of the oil — Eurasianet <!-- .element: data-src="p3.s2" -->\n- **$2bn** in trade',
    );
    const cards = slide.querySelectorAll('.stat-grid > .stat');
    expect(cards).toHaveLength(2);
    expect(cards[0]?.getAttribute('data-src')).toBe('p3.s2');
    expect(texts(slide, '.stat-value')).toEqual(['40%', '$2bn']);
    expect(texts(slide, '.stat-label')).toEqual(['of the oil', 'in trade']);
    expect(texts(slide, '.stat-source')).toEqual(['Eurasianet']);
    expect(slide.querySelectorAll('.stat-ring')).toHaveLength(1);
    const dash = slide.querySelector('.stat-ring-value')?.getAttribute('stroke-dasharray') ?? '';
    const [filled, total] = dash.split(' ').map(Number);
    expect((filled ?? 0) / (total ?? 1)).toBeCloseTo(0.4, 3);
  });

  it('stat: a qualifier stays with the figure, and many figures get bars', () => {
    const one = render('stat', '## F\n\n- **almost 70%** of arms');
    expect(texts(one, '.stat-qualifier')).toEqual(['almost']);
    // "90 percent" keeps its word, set under the number so that both fit inside the ring.
    const worded = render('stat', '## F\n\n- **more than 90 percent** of what the reservoir would give');
    expect(texts(worded, '.stat-qualifier')).toEqual(['more than']);
    expect(texts(worded, '.stat-unit')).toEqual(['percent']);
    expect(worded.querySelector('.stat-value')?.textContent?.replace(/\s+/g, ' ')).toBe(
      'more than90 percent',
    );
    const many = render('stat', '## F\n\n- **10%** a\n- **20%** b\n- **30%** c\n- **40%** d');
    expect(many.querySelector('.stat-grid')?.getAttribute('class')).toContain('stat-grid-dense');
    expect(many.querySelectorAll('.stat-bar')).toHaveLength(4);
    expect(many.querySelectorAll('.stat-ring')).toHaveLength(0);
  });

  it('quote: blockquote and attribution in a figure', () => {
    const slide = render('quote', '## Verdict\n\n> Baku will not follow.\n\n— Eldar Mamedov');
    expect(texts(slide, 'figure.quote blockquote p')).toEqual(['Baku will not follow.']);
    expect(texts(slide, 'figure.quote figcaption')).toEqual(['— Eldar Mamedov']);
  });

  it('two-column: a column per ### heading', () => {
    const slide = render('two-column', '## Pulls\n\n### Left\n\n- a\n- b\n\n### Right\n\n- c');
    const columns = slide.querySelectorAll('.columns > .column');
    expect(columns).toHaveLength(2);
    expect(texts(slide, '.column h3')).toEqual(['Left', 'Right']);
    expect(texts(slide, '.column li')).toEqual(['a', 'b', 'c']);
  });

  it('timeline: one event per item, date and event separated', () => {
    const slide = render(
      'timeline',
      '## When\n\n- **2020** — War <!-- .element: data-src="p2.s1" -->\n- **Nov 1, 2023**: Call',
    );
    expect(texts(slide, 'ol.timeline > li.timeline-event .timeline-when')).toEqual(['2020', 'Nov 1, 2023']);
    expect(texts(slide, '.timeline-what')).toEqual(['War', 'Call']);
    expect(slide.querySelector('.timeline-event')?.getAttribute('data-src')).toBe('p2.s1');
  });

  it('actors: a row per actor with name and position', () => {
    const slide = render('actors', '## Who\n\n- **Iran** — leads the call\n- **Azerbaijan** — keeps trading');
    expect(texts(slide, '.actors .actor-name')).toEqual(['Iran', 'Azerbaijan']);
    expect(texts(slide, '.actors .actor-position')).toEqual(['leads the call', 'keeps trading']);
  });

  it('section and sources', () => {
    expect(texts(render('section', '# Outlook\n\nWhat next.'), '.section-block h1')).toEqual(['Outlook']);
    expect(texts(render('sources', '## Sources\n\n- The article'), '.sources-list li')).toEqual([
      'The article',
    ]);
  });

  it('never loses text when the body does not fit the layout', () => {
    const body = '## Title\n\nA paragraph.\n\n- **x** one\n\n> quoted';
    for (const layout of LAYOUTS) {
      const text = render(layout, body).textContent ?? '';
      for (const word of ['Title', 'A paragraph.', 'one', 'quoted'])
        expect(text, `${layout}: ${word}`).toContain(word);
    }
  });
});

describe('section attributes', () => {
  it('carry the layout and only safe class tokens', () => {
    expect(
      slideSectionAttrs({
        layout: 'stat',
        attrs: { 'data-layout': 'stat', class: 'dark Bad x"y ok-2', onclick: 'x' },
      }),
    ).toEqual({
      'data-layout': 'stat',
      class: 'layout-stat dark ok-2',
    });
  });

  it('fall back to bullets for an unknown layout', () => {
    expect(layoutOf({ layout: 'nonsense' as Layout })).toBe('bullets');
    expect(renderSectionHtml({ layout: 'nonsense' as Layout, attrs: {}, body: 'x' })).toBe(
      '<section data-layout="bullets" class="layout-bullets"><div class="slide-body"><p>x</p>\n</div></section>',
    );
  });

  it('render notes as Markdown with raw HTML passed on to the sanitiser', () => {
    expect(renderNotesHtml({ notes: 'Say **this**.\n\n<small>aside</small>' })).toBe(
      '<p>Say <strong>this</strong>.</p>\n<p><small>aside</small></p>\n',
    );
  });
});

describe('figures', () => {
  it('reads percentages with qualifiers', () => {
    expect(percentOf('40%')).toBe(40);
    expect(percentOf('12,5 %')).toBe(12.5);
    expect(percentOf('almost 70%')).toBe(70);
    expect(percentOf('~30 per cent')).toBe(30);
    expect(percentOf('140%')).toBeNull();
    expect(percentOf('$2bn')).toBeNull();
    expect(splitFigure('almost 70%')).toEqual({ qualifier: 'almost', figure: '70%' });
    expect(splitFigure('~30%')).toEqual({ qualifier: '', figure: '~30%' });
  });
});

describe('speaker notes', () => {
  it('keep their line breaks, so source quotes stay one per line', async () => {
    const { renderNotesHtml } = await import('../../../../slides/render/slide');
    const html = renderNotesHtml({ notes: 'Say this.\n\nSources:\n¶1: "a"\n¶2: <b>"b"</b>' });
    expect(html).toContain('Sources:<br>\n¶1: &quot;a&quot;<br>\n¶2: <b>&quot;b&quot;</b>');
  });
});

describe('actors layout', () => {
  it('sets a long cast in denser type so every row fits', async () => {
    const { renderSlideHtml } = await import('../../../../slides/render/slide');
    const cast = (n: number) =>
      '## Who wants what\n\n' +
      Array.from({ length: n }, (_, i) => `- **Actor ${i}** — wants ${i}`).join('\n');
    expect(renderSlideHtml({ layout: 'actors', body: cast(4) })).toContain('class="actors"');
    const dense = renderSlideHtml({ layout: 'actors', body: cast(7) });
    expect(dense).toContain('class="actors actors-dense"');
    expect(dense.match(/role="row"/g)).toHaveLength(7);
  });
});
