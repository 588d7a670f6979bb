import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../../slides/check/index';
import { codes, deck } from './helpers';

const WORDS = [
  'oil',
  'arms',
  'trade',
  'ports',
  'grain',
  'power',
  'water',
  'roads',
  'banks',
  'steel',
  'ships',
  'wages',
  'taxes',
  'rents',
];
/** A distinct bullet of about 70 characters (two lines at 60 characters a line). */
const line = (n: number) =>
  `${WORDS[n]} matter to ${WORDS[(n + 1) % 14]} and ${WORDS[(n + 2) % 14]} in each region this year, case ${n}`;

describe('overfull', () => {
  it('finds a bullets slide with more lines than fit, and passes one that fits', () => {
    const many = Array.from({ length: 14 }, (_, i) => `- ${line(i)}`).join('\n');
    expect(codes(deck(`## A point\n\n${many}`))).toContain('overfull');
    const few = Array.from({ length: 5 }, (_, i) => `- ${line(i)}`).join('\n');
    expect(codes(deck(`## A point\n\n${few}`))).toEqual([]);
  });
  it('caps the items of stat, timeline and actors slides', () => {
    const stats = Array.from({ length: 6 }, (_, i) => `- **${i + 1}%** share of exports to Asia`).join('\n');
    expect(codes(deck(`stat|## Figures\n\n${stats}`))).toContain('overfull');
    expect(codes(deck(`stat|## Figures\n\n${stats.split('\n').slice(0, 5).join('\n')}`))).toEqual([]);
    const dates = Array.from({ length: 7 }, (_, i) => `- **${2010 + i}** — Parliament passed a law`).join(
      '\n',
    );
    expect(codes(deck(`timeline|## Dates\n\n${dates}`))).toContain('overfull');
  });
});

describe('applyFix', () => {
  const d = deck(
    '## Oil binds them\n\n- Baku sells oil <!-- .element: data-src="p1.s1" -->\n- Arms flow back\n- Baku sells oil',
  );
  const slide = d.slides[0]!;
  it('drops an item and keeps the rest byte for byte', () => {
    expect(applyFix(slide, { label: 'Drop', kind: 'drop-item', index: 2 }).body).toBe(
      '## Oil binds them\n\n- Baku sells oil <!-- .element: data-src="p1.s1" -->\n- Arms flow back',
    );
  });
  it('replaces an item text keeping its source reference, and the title', () => {
    const item = applyFix(slide, {
      label: 'x',
      kind: 'replace-text',
      target: 'item',
      index: 0,
      text: 'Baku: oil',
    });
    expect(item.body).toContain('- Baku: oil <!-- .element: data-src="p1.s1" -->');
    const title = applyFix(slide, {
      label: 'x',
      kind: 'replace-text',
      target: 'title',
      text: 'Oil for arms',
    });
    expect(title.body.startsWith('## Oil for arms\n')).toBe(true);
  });
  it('moves the items nested under a dropped item up a level', () => {
    const nested = deck('## Oil binds them\n\n- Baku sells oil\n  - mostly crude\n- Arms flow back')
      .slides[0]!;
    expect(applyFix(nested, { label: 'Drop', kind: 'drop-item', index: 0 }).body).toBe(
      '## Oil binds them\n\n- mostly crude\n- Arms flow back',
    );
  });
  it('leaves the slide unchanged when the item is gone', () => {
    expect(applyFix(slide, { label: 'Drop', kind: 'drop-item', index: 9 })).toEqual({
      body: slide.body,
      notes: slide.notes,
    });
  });
});
