import { describe, expect, it } from 'vitest';
import { countFragments, fragmentSteps, nextStep } from '../../../../renderer/src/present/nextStep';
import { renderSlideHtml } from '../../../../slides/render/slide';

describe('fragment steps, as reveal.js numbers them', () => {
  it('groups equal data-fragment-index values and puts unindexed fragments after, one step each', () => {
    expect(fragmentSteps([null, null, null])).toEqual([0, 1, 2]);
    expect(fragmentSteps([2, 1, 2])).toEqual([1, 0, 1]);
    expect(fragmentSteps([null, 5, null, 5, 0])).toEqual([2, 1, 3, 1, 0]);
  });

  it('counts steps in a reveal-md slide: element comments, HTML fragments and shared indices', () => {
    const html = renderSlideHtml({
      layout: 'bullets',
      body: [
        '## Steps',
        '',
        '- one <!-- .element: class="fragment" data-fragment-index="1" -->',
        '- two <!-- .element: class="fragment" data-fragment-index="1" -->',
        '- three <!-- .element: class="fragment" -->',
        '',
        '<span class="fragment fade-up">four</span> <span class="fragment">five</span>',
      ].join('\n'),
    });
    expect(countFragments(html)).toBe(4);
    const counts = [0, countFragments(html)];
    expect(nextStep(1, -1, counts)).toEqual({ index: 1, fragment: 0 });
    expect(nextStep(1, 3, counts)).toBeNull();
  });
});
