import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../../../renderer/src/print/sources';

const body = [
  '## Title',
  '',
  '- First <!-- .element: data-src="p6.s3 p14.s2" -->',
  '- Second <!-- .element: data-src="p14.s2 p14.s1" -->',
].join('\n');
const article = {
  title: 'A',
  paragraphs: Array.from({ length: 14 }, (_, p) => [`P${p + 1} one.`, `P${p + 1} two.`, `P${p + 1} three.`]),
};

describe('the sources under a slide’s notes', () => {
  it('quotes each sentence once, with its paragraph, when the article is known', () => {
    expect(sourceLines({ body, notes: 'Say this.' }, article)).toEqual([
      { label: '¶6', quote: 'P6 three.' },
      { label: '¶14', quote: 'P14 two.' },
      { label: '¶14', quote: 'P14 one.' },
    ]);
  });

  it('gives one line of readable paragraph references without the article, never raw codes', () => {
    const lines = sourceLines({ body, notes: 'Say this.' });
    expect(lines).toEqual([{ label: '¶6, ¶14' }]);
    expect(JSON.stringify(lines)).not.toMatch(/p\d+\.s\d+/);
  });

  it('references a sentence the article lacks by its paragraph', () => {
    const short = { title: 'A', paragraphs: article.paragraphs.slice(0, 6) };
    expect(sourceLines({ body, notes: '' }, short)).toEqual([
      { label: '¶6', quote: 'P6 three.' },
      { label: '¶14' },
    ]);
  });

  it('adds nothing when the notes already cite their paragraphs, or the slide cites nothing', () => {
    expect(sourceLines({ body, notes: 'Sources:\n¶6: "it is doubtful"' }, article)).toEqual([]);
    expect(sourceLines({ body: '## Plain\n\n- No source', notes: '' }, article)).toEqual([]);
    const sourcesSlide = '## Sources\n\n- ¶6 "it is doubtful" <!-- .element: data-src="p6.s3" -->';
    expect(sourceLines({ body: sourcesSlide, notes: '' }, article)).toEqual([]);
  });
});
