import { describe, expect, it } from 'vitest';
import { cutsMeaning } from '../../../../slides/draft/titleShape';
import { lexiconOf } from '../../../../slides/draft/clauses';

/** Cuts a memo's judgements showed: each would have said something its sentence does not. */
describe('a cut of a judgement', () => {
  const cuts = (title: string, source: string) => cutsMeaning(title, source, lexiconOf(source));

  it('never stops a denial before the time it is limited to', () => {
    const source = 'Shortages of critical medicines are unlikely before late July.';
    expect(cuts('Shortages of critical medicines are unlikely', source)).toBe(true);
  });

  it('never stops inside a series in the subject, before the verb', () => {
    const source = 'Disruption to supplies of chilled and fresh food is likely from early July.';
    expect(cuts('Disruption to supplies of chilled', source)).toBe(true);
    // A first clause before a second with its own subject is whole.
    expect(
      cuts(
        'The strike began on 2 June',
        'The strike began on 2 June and the port is closed to container ships until further notice.',
      ),
    ).toBe(false);
  });

  it('never parts a phrasal verb from its particle', () => {
    const source =
      'High costs keep mothers of young children out of full-time work and leave poorer districts with too few places.';
    expect(cuts('High costs keep mothers of young children', source)).toBe(true);
  });
});
