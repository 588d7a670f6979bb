import { describe, expect, it } from 'vitest';
import { article, bottomOf, sentenceIn } from '../../../helpers/draftContext';
import { statesThesis } from '../../../../slides/draft/select';
import { hasFiniteVerb, lexiconOf, wordsOf } from '../../../../slides/draft/clauses';
import { cutsMeaning } from '../../../../slides/draft/titleShape';

/**
 * An audit report's verdict, under "Conclusion on value for money" after its "Key findings": it leads the bottom
 * line's bullets when no title can say it, before the findings it rests on.
 */

const filler = (topic: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `The Department's ${topic} records for region ${i + 1} show how the bridges were chosen and repaired. Officials told us the records were kept in 2019 and have not been updated since.`,
  );

const REPORT = article(
  [
    'Key findings',
    'The programme is well behind schedule. By the end of 2025 the Department had repaired 38 bridges against 61 planned.',
    'Costs have risen by around a fifth. The Department now expects the programme to cost £1.45 billion.',
    'The Department cannot show that it chose the bridges in worst repair. Its list relied on a survey completed in 2019.',
    'Conclusion on value for money',
    'The repaired bridges are sound and safer than the ones they replaced. But the programme is late and over budget, and its choices rest on old data. We therefore conclude that the Department has not yet demonstrated that the programme is delivering value for money. It can still do so if it re-plans on realistic assumptions.',
    ...filler('inspection', 6),
  ],
  'The harbour bridges programme: progress review',
);

describe("an audit report's verdict", () => {
  it('is stated when the report "therefore" concludes', () => {
    const { ctx, s } = sentenceIn(REPORT, 'We therefore conclude');
    expect(statesThesis(s, ctx.byRef)).toBe(true);
  });

  it('leads the bottom line, before the findings it rests on', () => {
    const items = bottomOf(REPORT).items.map((item) => item.text);
    expect(items[0]).toMatch(/has not yet demonstrated that the programme is delivering value for money$/);
    expect(items.slice(1).join(' ')).toMatch(/Costs have risen by around a fifth/);
  });
});

describe('a denied reason and its turn', () => {
  it('never shortens to the denial, which reads as if the act never happened', () => {
    const sentence =
      'Marrick Head did not disconnect because the wind dropped; it disconnected because its own protection settings told it to when the voltage dipped.';
    const lexicon = lexiconOf(sentence);
    expect(cutsMeaning('Marrick Head did not disconnect because the wind dropped', sentence, lexicon)).toBe(
      true,
    );
    // Whole, the denial says what it says.
    const whole = 'The mill did not close because of the tariff.';
    expect(cutsMeaning('The mill did not close because of the tariff', whole, lexiconOf(whole))).toBe(false);
  });
});

describe('a river named beside a person', () => {
  it('is a place, and "she" in the next paragraph is the person', () => {
    const feature = article(
      [
        'Farmers above the River Tolley have cut their fertiliser by a third since the cap came in, and most of them say so with some bitterness.',
        'If there is one person in the valley who can make both the farmers and the mayor uncomfortable, it is Dr Yara Vasquez-Lind, a freshwater ecologist who has monitored the Tolley’s tributaries for the past decade.',
        'The first-year data, she said, is encouraging. Nitrate in the small streams she monitors fell by 12% between 2024 and 2025.',
      ],
      'One river, six views',
    );
    const { ctx, s } = sentenceIn(feature, 'The first-year data');
    expect(ctx.analysis.entities.find((e) => e.name === 'River Tolley')?.kind).toBe('place');
    expect(ctx.speaker(s)).toBe('Vasquez-Lind');
  });
});

describe("a compound's first noun that is also a verb", () => {
  it('is no finite verb after a name and its modifier ("offshore wind farm")', () => {
    const list =
      'the Marrick Head offshore wind farm, and the Ashcombe gas-fired power station, producing 710 megawatts';
    expect(hasFiniteVerb(wordsOf(list), lexiconOf(list))).toBe(false);
    for (const clause of [
      'Orchards in the Brannock Valley no longer leave fruit rotting on the branch',
      'Councils often fund schools from the same budget',
    ])
      expect(hasFiniteVerb(wordsOf(clause), lexiconOf(clause)), clause).toBe(true);
  });
});
