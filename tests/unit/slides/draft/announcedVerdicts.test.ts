import { describe, expect, it } from 'vitest';
import { article, bottomOf } from '../../../helpers/draftContext';

/** Verdicts a headline or the body announces, and headlines that only name a topic and its questions. */
const WATER = [
  'The boil-water notice that covered most of Corrisbeck was lifted last Friday, eleven days after two of the six filters at Ashby Lane failed.',
  'Our argument, in short: the Ashby Lane failure was not a freak accident. It was the predictable result of a decade in which Tarnside Water put off the repairs its own engineers asked for.',
  'What happened? On 3 March two filters at the Ashby Lane works failed, and cryptosporidium reached the network.',
  'What happens now? The regulator has opened an inquiry, and compensation will appear on the next bill automatically.',
];

describe('a bottom line', () => {
  it('takes the argument the body announces ("Our argument, in short: …") over a headline of topic and questions', () => {
    const slide = bottomOf({
      ...article(WATER, 'Corrisbeck’s water crisis: what went wrong at Tarnside Water, and what happens now'),
      standfirst: 'For eleven days, 184,000 people were told to boil their tap water.',
    });
    expect(slide.title).toMatch(/^Bottom line: (?:The )?Ashby Lane failure was not a freak accident$/);
  });

  it('states a negative imperative headline as the verdict, its closing aside in brackets and all', () => {
    const slide = bottomOf(
      article(
        [
          'Building permits in Port Averly fell by 41% in the two years after the rent cap came in.',
          'Most of that fall came from interest rates, which doubled over the same period; the cap explains about a third.',
          'The cap does real damage in one place: it has no exemption for new homes, as most cities that cap rents do.',
        ],
        'Don’t blame the cap (mostly)',
      ),
    );
    expect(slide.title).toBe('Bottom line: Don’t blame the cap (mostly)');
  });
});

describe("a headline's second sentence that says what the first is instead", () => {
  it('reads its "it" as the first one\'s subject', () => {
    const slide = bottomOf(
      article(
        [
          'In the week of 13 January alone, 2,310 patients waited more than 24 hours in an emergency department.',
          'Patients who need a bed are treated on trolleys in corridors, and hospitals now plan for it every winter.',
          'We ask you to open 1,800 permanent acute beds over three years.',
        ],
        'OPEN LETTER: Corridor care is no longer an emergency measure. It is the system.',
      ),
    );
    expect(slide.title).toBe('Bottom line: Corridor care is the system');
  });
});

describe("a summary whose sections' headings are questions", () => {
  it('ends at the first question, which is never a bullet of the bottom line', () => {
    const slide = bottomOf(
      article(
        [
          'TL;DR',
          'A full-time nursery place costs an average of €1,150 a month, about 31% of a couple’s net income.',
          'High costs keep mothers of young children out of full-time work and leave poorer districts with too few places.',
          'How expensive is childcare in Brenmark?',
          'Very expensive, by any comparison: a full-time place costs twice the share of income it does in comparable countries.',
          'What would fix it?',
          'Paying providers the true cost of the free hours, then extending them, would bring fees down.',
        ],
        'Why is childcare so expensive in Brenmark, and what would fix it?',
      ),
    );
    const said = slide.items.map((i) => i.text).join(' | ');
    expect(said).not.toMatch(/How expensive|What would fix/);
    expect(said).toMatch(/mothers of young children out of full-time work/);
  });
});
