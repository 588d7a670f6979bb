import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../../slides/index';

describe('errors in malformed decks', () => {
  it('points at bad YAML with file lines and still loads the slides', () => {
    const text = '---\ntitle: ok\nlist: [1, 2\nother: x\n---\n\n# One\n\n---\n\n# Two\n';
    const { deck, errors } = parseDeck(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 4, column: 1 });
    expect(errors[0]?.message).toMatch(/front matter is not valid YAML/);
    expect(deck.slides.map((s) => s.body)).toEqual(['# One', '# Two']);
    expect(deck.meta.title).toBe('ok');
  });

  it('reports an unterminated comment on its slide and loads the others', () => {
    const text = '# One\n\n---\n\n## Two\n\nsome <!-- never closed\n\n---\n\n## Three\n';
    const { deck, errors } = parseDeck(text);
    expect(errors).toEqual([
      { line: 7, column: 6, slide: 1, message: 'Slide 2: this comment is never closed; add -->.' },
    ]);
    expect(deck.slides).toHaveLength(3);
    expect(deck.slides[2]?.body).toBe('## Three');
  });

  it('reports an unknown layout at its value and shows the slide as bullets', () => {
    const text = '# One\n\n---\n\n<!-- .slide: class="x" data-layout="pie-chart" -->\n## Two\n';
    const { deck, errors } = parseDeck(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 5, column: 37, slide: 1 });
    expect(errors[0]?.message).toContain('unknown layout "pie-chart"');
    expect(deck.slides[1]?.layout).toBe('bullets');
    expect(deck.slides[1]?.attrs).toEqual({ class: 'x', 'data-layout': 'pie-chart' });
  });

  it('reports a bad theme at its key and falls back to the default', () => {
    const { deck, errors } = parseDeck(
      '---\nversion: 1\ntitle: T\n  # indented comment\ntheme: neon\n---\n# A\n',
    );
    expect(errors).toEqual([
      {
        line: 5,
        column: 1,
        message: 'Unknown theme "neon"; use one of briefing, night, paper. Using briefing.',
      },
    ]);
    expect(deck.meta.theme).toBe('briefing');
  });

  it('gives positions in CRLF files and after a BOM', () => {
    const { errors } = parseDeck('\uFEFF---\r\naspect: wide\r\n---\r\n\r\n# A\r\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column: 1 });
    expect(errors[0]?.message).toContain('Unknown aspect "wide"');
  });

  it('points at a nested key', () => {
    const { deck, errors } = parseDeck('---\nsource:\n  title: T\n  url: [1]\n---\n# A\n');
    expect(errors).toEqual([
      { line: 4, column: 3, message: 'source url should be text, not [1]; it is left empty.' },
    ]);
    expect(deck.meta.source).toEqual({ title: 'T' });
  });

  it('rejects front matter that is not a mapping', () => {
    const { deck, errors } = parseDeck('---\n- a\n- b\n---\n# A\n');
    expect(errors[0]).toMatchObject({ line: 2, column: 1 });
    expect(deck.meta.title).toBe('');
    expect(deck.slides).toHaveLength(1);
  });

  it('reports front matter that is never closed and reads the text as slides', () => {
    const { deck, errors } = parseDeck('---\ntitle: T\n# A\n');
    expect(errors[0]).toMatchObject({ line: 1, column: 1 });
    expect(errors[0]?.message).toContain('never closed');
    expect(deck.slides.map((s) => s.body)).toEqual(['', 'title: T\n# A']);
  });
});
