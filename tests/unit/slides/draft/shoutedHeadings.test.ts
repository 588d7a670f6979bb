import { describe, expect, it } from 'vitest';
import { draftDeck } from '../../../../slides/draft';
import { parseDeck } from '../../../../slides/format/parse';
import { checkDeck } from '../../../../slides/check';
import { article, contextOf, sentenceIn } from '../../../helpers/draftContext';
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

describe("a report that repeats its summary's finding in its body", () => {
  it('has the notes say it once', () => {
    const finding =
      'We found 71 schools outside the programme with worse condition scores than the lowest-scoring school admitted.';
    const filler = (topic: string, n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `The Department's ${topic} record for region ${i + 1} shows how the programme chose its schools. Officials told us the data was collected in 2019 and not updated since then.`,
      );
    const report = article(
      [
        'Key findings',
        `The Department cannot show that it chose the schools in greatest need. ${finding.replace(/\.$/, '')}, and 62 schools admitted on the basis of condition data that later proved to be out of date when inspectors visited them in the spring of 2024.`,
        'The programme is well behind schedule. By the end of 2025 it had completed 118 of the 205 schools planned by then.',
        ...filler('survey', 5),
        'Part Three: Selecting the schools',
        `The Department ranked schools by the condition scores of its 2019 survey. ${finding} We found 62 schools admitted on condition data that later proved to be out of date.`,
        ...filler('contract', 5),
      ],
      'The school rebuilding programme: progress review',
    );
    // Said on two slides' notes, the same words are said once.
    const ctx = contextOf(report);
    const same = ctx.analysis.sentences.filter((x) => x.text === finding);
    expect(same).toHaveLength(1);
    const summary = ctx.analysis.sentences.find(
      (x) => x.text.startsWith('We found 71') && x.text !== finding,
    );
    expect(summary).toBeDefined();
    const verbatim = article([finding, ...filler('survey', 3), finding, ...filler('contract', 3)], 'Review');
    const twice = contextOf(verbatim);
    const [first, second] = twice.analysis.sentences.filter((x) => x.text === finding);
    expect(twice.talk([first!])).toEqual([finding]);
    expect(twice.talk([second!])).toEqual([]);
    const deck = parseDeck(draftDeck(report).text).deck;
    expect(checkDeck(deck, { article: report }).filter((f) => f.code === 'repeated-notes')).toEqual([]);
    expect(
      deck.slides.some((slide) => slide.notes.includes('We found 71 schools outside the programme')),
    ).toBe(true);
  });
});
