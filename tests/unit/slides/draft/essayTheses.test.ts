import { describe, expect, it } from 'vitest';
import { article, bottomOf, contextOf } from '../../../helpers/draftContext';
import { leadingClause } from '../../../../slides/draft/titleShape';
import { lexiconOf } from '../../../../slides/draft/clauses';

/**
 * An essay that states its thesis only at the end, after a signpost ("So my argument is this."), and in two
 * sentences: what it concedes, then what it asks ("But it should …"). The bottom line states both, and the
 * second names who "it" is.
 */

const ESSAY = article(
  [
    'My father crossed the Fenn estuary by ferry every working day for thirty-one years.',
    'The crossing took eleven minutes, and he said he learned more on the ferry than in any office.',
    'In May 2026 the county approved a plan to build a road bridge at Marrowby and to retire both ferries when it opens.',
    'The bridge will cost 140 million pounds, and the county expects it to carry 9,000 vehicles a day by 2031.',
    'The ferries carry about 1,300 passengers a day, most of them on foot, and cost 2.4 million pounds a year to run.',
    'I rode the ferries for a week in October and talked to the people who use them.',
    'Many of them have no car, and several told me the bridge would put the other bank an hour away on foot.',
    'So my argument is this. Marrowby should build its bridge, because the lorries that queue for the ferry deserve a road. But it should keep the foot ferry running as a public crossing, and pay for it as it pays for its library.',
    'On my last evening I took the ferry over and back twice, just to hear the engine change note in midstream.',
  ],
  'The Short Way Over',
);

describe("an essay's thesis stated at its end", () => {
  it('titles the bottom line after "So my argument is this."', () => {
    expect(bottomOf(ESSAY).title).toBe('Bottom line: Marrowby should build its bridge');
  });

  it('keeps what the thesis asks after its "But", naming who "it" is', () => {
    const said = bottomOf(ESSAY).items.map((item) => item.text);
    expect(said).toContain('Marrowby should keep the foot ferry running as a public crossing');
    expect(said.join('\n')).not.toMatch(/^It should/m);
  });

  it('reads "it" as the place only after a sentence that asks something of a named place', () => {
    const ctx = contextOf(ESSAY);
    const s = ctx.analysis.sentences.find((x) => x.text.startsWith('But it should'));
    if (!s) throw new Error('no turn sentence');
    expect(ctx.resolveOpener('It should keep the foot ferry running', s)).toBe(
      'Marrowby should keep the foot ferry running',
    );
    const other = ctx.analysis.sentences.find((x) => x.text.startsWith('Many of them'));
    if (!other) throw new Error('no other sentence');
    expect(ctx.resolveOpener('It should keep the foot ferry running', other)).toBe(
      'It should keep the foot ferry running',
    );
  });
});

describe('a number spelled out', () => {
  it('is never cut at its "and" ("two hundred | and six steps up")', () => {
    const text = 'The church was two hundred and six steps up, "and worth every one, if you go to confess"';
    const cut = leadingClause(text, text, lexiconOf(text), 10);
    expect(cut).not.toBe('The church was two hundred');
  });
});

describe('a conclusion summed up in so many words', () => {
  const body = (closing: string) =>
    article(
      [
        'When Harwell made its buses free in April 2024, the council sold the policy as a way to cut car traffic.',
        'Eighteen months later the buses carry 31% more passengers, but traffic counts on the main roads are unchanged.',
        'Most new passengers used to walk or cycle, according to the council’s own survey of 2,400 riders.',
        closing,
        'The regional authority, meanwhile, added buses to its busiest routes and saw car trips fall by 6%.',
      ],
      'Harwell’s free buses filled up. The roads did not empty',
    );

  it.each([
    [
      'My view, having spent a month with the data, is this: free fares have worked as a social policy and failed as a transport policy.',
    ],
    ['Put simply, free fares have worked as a social policy and failed as a transport policy.'],
    ['Our assessment: free fares have worked as a social policy and failed as a transport policy.'],
  ])('states %j on the bottom line, without its lead-in', (closing) => {
    const said = bottomOf(body(closing)).items.map((item) => item.text);
    expect(said).toContain('Free fares have worked as a social policy and failed as a transport policy');
  });
});

describe("a letter's ask", () => {
  it('"We are asking you to …" is the ask, said as an order', () => {
    const letter = article(
      [
        'We write on behalf of the 2,100 people who live on Kelby, and the many more who depend on the island.',
        'Since January, 212 of 1,460 sailings have been cancelled because the only ferry, now 34 years old, has broken down.',
        'Islanders missed 37 hospital appointments on the mainland in 2025.',
        'Put simply, Kelby cannot survive another winter on one old ship. We are asking you to put a second vessel on the route this winter, not in 2028.',
      ],
      'Open letter to the Minister for Transport on the Kelby ferry',
    );
    const said = bottomOf(letter).items.map((item) => item.text);
    expect(said).toContain('Put a second vessel on the route this winter, not in 2028');
  });
});
