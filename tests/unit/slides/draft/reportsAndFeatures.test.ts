import { describe, expect, it } from 'vitest';
import { article, bottomOf, contextOf } from '../../../helpers/draftContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { timelineSlide } from '../../../../slides/draft/sections/timeline';
import { lexiconOf, trailingPhraseCuts } from '../../../../slides/draft/clauses';
import { leadingClause } from '../../../../slides/draft/titleShape';

/**
 * A fisheries report and a news feature: a sound and a reach are places, never people shortened to "Sound"; a
 * one-year timeline does not say its year twice; a feature's standfirst that says what its subject owns ("Its
 * pilot money runs out on 30 June") names the subject; and "took the pressure off …" is never cut at "off".
 */

const REPORT = article(
  [
    'Brannock Sound supports the largest inshore crab fishery on the north coast. The Outer Reach holds its densest juvenile beds.',
    'In 2024 first-sale landings were worth £8.2 million, and the potting fleet numbered 36 vessels.',
    'Undersized crabs made up 58% of survey hauls in 2024. The 11 divers landed 74 tonnes in 2024.',
    'We recommend a 25% cut in pot numbers from the 2026 season and a transition fund of £3.1 million.',
  ],
  'Fewer pots, more divers: rebuilding the Brannock Sound crab stock',
);

describe('a report on a sound', () => {
  it('reads "Brannock Sound" and "the Outer Reach" as places, not people', () => {
    const kinds = new Map(analyzeArticle(REPORT).entities.map((e) => [e.name, e.kind]));
    expect(kinds.get('Brannock Sound')).toBe('place');
    expect(kinds.get('Outer Reach')).toBe('place');
  });

  it('titles a one-year timeline without saying its year twice', () => {
    const title = timelineSlide(contextOf(REPORT))?.title ?? '';
    expect(title).not.toMatch(/^2024: .*\b2024$/);
  });
});

describe("a feature's standfirst", () => {
  it('names what "Its" stands for when the first sentence gives no title', () => {
    const feature = {
      ...article(
        [
          'At ten past seven on a wet Tuesday evening, the waiting room of the old Marlow library is full.',
          'The Marlow Evening Clinic opened in October 2023 as a 21-month pilot funded by the Ashby Health Board.',
          'In its first year, minor-injury attendances at the nearest emergency department fell by 31%.',
          'The board deferred a vote in February and is due to decide the clinic’s future on 24 April.',
        ],
        'Half the wait, and a closing date: inside Marlow’s evening clinic',
      ),
      standfirst:
        'A nurse-led walk-in clinic has taken the pressure off the nearest emergency department. Its pilot money runs out on 30 June, and nobody will yet say what comes next.',
    };
    expect(bottomOf(feature).title).toBe("Bottom line: Clinic's pilot money runs out on 30 June");
  });

  it('is never cut at "off" ("has taken the pressure | off the hospital")', () => {
    const text = 'A nurse-led walk-in clinic has taken the pressure off the nearest emergency department';
    expect(trailingPhraseCuts(text, lexiconOf(text))).not.toContain(
      'A nurse-led walk-in clinic has taken the pressure',
    );
  });
});

describe('an explainer that asks a question and answers it in a key-points box', () => {
  const explainer = {
    ...article(
      [
        'Key points',
        'In dry weather, the Wenn at Harrow Flats usually meets the standard for safe bathing.',
        'For about 48 hours after heavy rain, sewage overflows push bacteria levels far above safe limits.',
        "Wenn Valley Water's overflow at Orbury spilled 61 times in 2024; a storage tank is not due until 2030.",
        'On a warm evening at Harrow Flats the riverbank looks like a lido, and the water is full of swimmers.',
        'The inspectorate treats counts above 1,000 cfu/100ml as a risk to health, and takes samples every week.',
      ],
      'Is the river safe to swim in?',
    ),
    standfirst:
      'Hundreds of people now swim in the Wenn at Orbury every summer. The tests give a clear answer.',
  };

  it("titles the bottom line from the box, not from the standfirst's scene", () => {
    expect(bottomOf(explainer).title).not.toMatch(/Hundreds of people/);
  });

  it('never cuts "push bacteria levels | far above safe limits"', () => {
    const text = 'Sewage overflows push bacteria levels far above safe limits';
    expect(leadingClause(text, text, lexiconOf(text), 6)).toBeUndefined();
  });
});
