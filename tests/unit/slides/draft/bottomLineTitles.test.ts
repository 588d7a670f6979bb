import { describe, expect, it } from 'vitest';
import { article, bottomOf, contextOf } from '../../../helpers/draftContext';

/**
 * The bottom line's title states the news a headline gives, without the figure "with" adds to it; no other slide
 * takes the same title, with its article or without.
 */

const AIRLINE = [
  'Skyvara Airways filed for bankruptcy protection on Thursday evening, listing debts of €1.42 billion, and grounded its fleet of 41 aircraft.',
  'The government said it would not put new public money into the carrier, which it rescued in 2020.',
  'Administrators must now find a buyer within 90 days, and analysts expect the airline to be broken up.',
  "Skyvara's problems have been building for years, as fuel costs rose and its fares failed to keep pace.",
  'Regional airports that depend on its flights are exposed, and several have asked the ministry for help.',
];

describe('a headline that adds a figure with "with"', () => {
  it('gives the bottom line its news, cut before the figure ("files for bankruptcy protection | with €1.42bn")', () => {
    const slide = bottomOf(
      article(
        AIRLINE,
        'Skyvara Airways files for bankruptcy protection with €1.42bn of debts as state refuses new rescue',
      ),
    );
    expect(slide.title).toBe('Bottom line: Skyvara Airways files for bankruptcy protection');
  });
});

const BRIDGE = [
  'The Kestrel Bridge has been closed to traffic since February last year. The warning signs were on paper for years. Inspectors reported corrosion in 2016 and again in 2019, and the repairs they asked for were never funded.',
  'The council says it can raise about £70 million of the £180 million a new crossing would cost.',
  'Opposition councillors argue that a repair would reopen the crossing years sooner than a new bridge.',
  'In the end, the warning signs were on paper for years, and nobody paid to act on them.',
];

describe('a title the bottom line already states', () => {
  it('counts as taken in either form', () => {
    const ctx = contextOf(article(BRIDGE, 'How the Kestrel Bridge crisis unfolded'));
    ctx.claim('Warning signs were on paper for years');
    expect(ctx.isFree('The warning signs were on paper for years')).toBe(false);
    expect(ctx.isFree('The warning signs were on paper for years.')).toBe(false);
    expect(ctx.isFree('Warning signs were ignored')).toBe(true);
    ctx.claim('Outside the towns, services have kept disappearing');
    expect(ctx.isFree('Outside towns, services have kept disappearing')).toBe(false);
  });
});
