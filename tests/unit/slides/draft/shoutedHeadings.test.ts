import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { isComplete, lexiconOf } from '../../../../slides/draft/clauses';

/**
 * A wire story's section headings, set in capitals, title their slides in sentence case, names as the body writes
 * them; and a clause of time that opens a reported clause ("every month they wait, the price goes up") is never
 * where a title stops.
 */

const STORY = article(
  [
    'PORTO VESSARA, March 3 (Crosswire) - Tin prices hit a record on Monday as floods shut two of the largest mines in Kestria, and traders said the rally would run until the dry season.',
    'KESTRIAN MINERS HOLD BACK',
    'Small miners in the Kestrian highlands are holding about 4,000 tonnes of ore at the pit head, twice the usual level, in the hope of higher prices. Traders say they will sell only when the rains stop.',
    'OUTLOOK',
    'Most analysts expect prices to ease from the third quarter, when the mines reopen and the stored ore reaches the ports.',
  ],
  'Tin hits record as Kestrian mines flood',
);

describe('a heading set in capitals', () => {
  it('titles its slide in sentence case, and keeps the capitals of a name', () => {
    const { ctx, s } = sentenceIn(STORY, 'KESTRIAN MINERS');
    expect(ctx.sectionTitle(s)).toBe('Kestrian miners hold back');
  });

  it('labels its slide in sentence case when it states no point', () => {
    const { ctx, s } = sentenceIn(STORY, 'OUTLOOK');
    expect(ctx.headingLabel(s)).toBe('Outlook');
  });
});

describe('a clause of time at the head of a reported clause', () => {
  it('is no clause on its own', () => {
    for (const text of [
      'Growers have learned that every month they wait',
      'Every week they wait',
      'Traders say that each time prices rise',
    ])
      expect(isComplete(text, lexiconOf(`${text}, the price goes up.`)), text).toBe(false);
    const whole = 'Growers lose money every month they wait';
    expect(isComplete(whole, lexiconOf(whole))).toBe(true);
  });
});
