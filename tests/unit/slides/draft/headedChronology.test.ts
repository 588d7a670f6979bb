import { describe, expect, it } from 'vitest';
import { article, contextOf } from '../../../helpers/draftContext';
import { isDateOnly } from '../../../../slides/analyze/dates';
import { draftDeck } from '../../../../slides/draft';
import { parseDeck } from '../../../../slides/format/parse';
import { checkDeck } from '../../../../slides/check';
import { headlineBase } from '../../../../slides/draft/headline';
import { lexiconOf } from '../../../../slides/draft/clauses';

/**
 * A chronology that dates each entry by a heading of its own ("14 March 2023", then the entry's paragraph): the
 * timeline takes the heading's date for the entry, and no slide is titled with a date alone.
 */

const entries: [string, string][] = [
  [
    '14 March 2023',
    'Harbour Ferries offers its 410 crews a 3% pay rise and says it will bring in a new rota system.',
  ],
  ['June 2023', 'Members of the Seafarers Union vote 84% in favour of strike action on a turnout of 71%.'],
  ['Summer 2024', 'The two sides meet eleven times over the summer without agreeing a rota.'],
  [
    'On 2 February',
    'The union and the company announce a provisional agreement that gives crews a say over the rota.',
  ],
];

const CHRONOLOGY = article(
  [
    'When ferry crews in Portmellan first walked out in the spring of 2023, most people in the town assumed the dispute would be over within weeks. It was about pay, or so it seemed, at a time when every union was asking for more.',
    'That, in hindsight, is the story of the dispute. The two sides were never far apart on money, and what kept the boats in harbour was a rota system and a collapse of trust over how it came in.',
    ...entries.flat(),
    'What comes next',
    'Crews vote on the deal next month, and the union expects them to accept it by a wide margin.',
  ],
  'How the Portmellan ferry dispute unfolded',
);

describe('a chronology dated by headings', () => {
  const text = draftDeck({ ...CHRONOLOGY, date: '25 February 2026' }).text;
  const deck = parseDeck(text).deck;

  it('has a timeline whose rows take their heading’s date and rest on both heading and entry', () => {
    const timeline = deck.slides.find((slide) => slide.layout === 'timeline');
    expect(timeline).toBeDefined();
    expect(timeline!.body).toMatch(/\*\*14 March 2023\*\* — [^\n]*3% pay rise/);
    expect(timeline!.body).toMatch(/\*\*June 2023\*\* — [^\n]*vote 84%/);
    expect(timeline!.body).toMatch(/data-src="p\d+\.s1 p\d+\.s1"/);
    expect(timeline!.body).not.toMatch(/\*\*On 2 February/);
  });

  it('titles no slide with a date alone, and the check finds no misdated row', () => {
    const titles = deck.slides.map((slide) => /^#{1,2} (.+)$/m.exec(slide.body)?.[1] ?? '');
    for (const title of titles) expect(isDateOnly(title), title).toBe(false);
    expect(checkDeck(deck, { article: CHRONOLOGY }).filter((f) => f.code === 'misdated-event')).toEqual([]);
  });

  it('reads a date written alone as one, and a heading that says more as none', () => {
    for (const date of [
      '14 March 2023',
      'September to December 2023',
      'Late 2024',
      'Summer 2024',
      'On 2 February',
      '18 to 27 September 2025',
    ])
      expect(isDateOnly(date), date).toBe(true);
    for (const heading of [
      '2024: the gap narrows, the trust goes',
      'Two weeks later',
      'What comes next',
      '12 schools in 2024',
    ])
      expect(isDateOnly(heading), heading).toBe(false);
    expect(contextOf(CHRONOLOGY).analysis.paragraphs.length).toBeGreaterThan(8);
  });
});

describe('a time phrase', () => {
  it('keeps its "now"', () => {
    const text = 'Neither side makes much of it in public, because by now the argument is about the rota';
    expect(headlineBase(text, lexiconOf(text), [])).toContain('by now the argument');
  });
});
