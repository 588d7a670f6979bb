import { describe, expect, it } from 'vitest';
import { parseDeck, stringifyDeck, updateSlide } from '../../../../slides/index';
import { deckText } from '../../../helpers/makeDeck';

const makeSlides = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    layout: i % 2 ? 'bullets' : 'stat',
    body: `## Point ${i}\n\n- first <!-- .element: data-src="p${i}.s1" -->\n- second\n  - nested\n\n\`\`\`\n---\n\`\`\``,
    notes: `What to say about point ${i}.\n\nSources: ¶${i}`,
  }));
const text = deckText({ frontMatter: 'title: Big\ntheme: paper', slides: makeSlides(200) });

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[7] ?? Infinity;
}

describe('performance', () => {
  it('parses and writes a 200-slide deck in a few milliseconds', () => {
    const { deck, errors } = parseDeck(text);
    expect(errors).toEqual([]);
    expect(deck.slides).toHaveLength(200);
    const parse = median(() => parseDeck(text));
    const edited = updateSlide(deck, 100, { body: '## Changed' });
    const write = median(() => stringifyDeck(edited));
    // Typically 2–10 ms here; the bounds leave room for a loaded machine.
    expect(parse).toBeLessThan(50);
    expect(write).toBeLessThan(20);
  });

  it('grows linearly: 4,000 slides parse well under a second', () => {
    const big = deckText({ slides: makeSlides(4000) });
    const start = performance.now();
    expect(parseDeck(big).deck.slides).toHaveLength(4000);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});
