import { describe, expect, it } from 'vitest';
import { article, bottomOf as bottom, sentenceIn } from '../../../helpers/draftContext';
import {
  dropsReckonedValue,
  isComplete,
  lexiconOf,
  trailingPhraseCuts,
} from '../../../../slides/draft/clauses';
import { headlineTight } from '../../../../slides/draft/headline';
import { isSignpost, isTableText } from '../../../../slides/draft/structure';
import { draftDeck } from '../../../../slides/draft';

/**
 * A report talks about itself ("Section 3 examines why nurses leave", "A note on methodology appears at the end"):
 * that map of the document is no evidence, and never a bullet or a title. A timeline row is a whole event, never a
 * phrase whose only verb sits in a relative clause or is a participle. A part of a whole keeps its possessive.
 */

const REPORT = [
  'Morvania is losing nurses faster than it trains them, and the gap will widen unless pay and rosters change.',
  'The report is structured as follows. Section 2 sets out the scale of the shortage today and our projections to 2035. Section 3 examines why nurses leave, drawing on our survey. Sections 4 and 5 assess the two main sources of new nurses. A note on methodology appears at the end.',
  'In 2018 the gap was about 4,400 nurses, or 7% of the posts hospitals funded.',
  'Of the cohort that qualified in 2016, 46% had left public hospitals by 2023.',
  'The study draws on a survey of 3,215 nurses conducted for the Halden Institute between February and April 2024.',
  'In 2021 the ministry raised starting pay by 6%, but exits rose again in 2022.',
  'In March 2023 the largest union called its first national strike in a decade.',
  'Hospitals spent €612 million on agency nurses in 2023, three times what they spent in 2018.',
  'Retention, not recruitment, should be the aim of workforce policy, and the detailed results are set out in Table 1.',
];

describe("a report's map of itself", () => {
  it('reads section roadmaps and pointers as signposts, and a finding as none', () => {
    expect(isSignpost({ text: 'Section 3 examines why nurses leave, drawing on our survey.' })).toBe(true);
    expect(isSignpost({ text: 'Sections 4 and 5 assess the two main sources of new nurses.' })).toBe(true);
    expect(isSignpost({ text: 'The report is structured as follows.' })).toBe(true);
    expect(isSignpost({ text: 'A note on methodology appears at the end.' })).toBe(true);
    expect(isSignpost({ text: 'The results are set out in Table 1.' })).toBe(true);
    expect(isSignpost({ text: 'Section 7 of the act gives ministers the power to set pay.' })).toBe(false);
    expect(isSignpost({ text: 'Table 1 shows that exits rose by 30% in five years.' })).toBe(false);
  });

  it('puts no signpost on any slide', () => {
    const text = draftDeck(article(REPORT, 'Morvania must keep the nurses it has')).text;
    const shown = text.split('\n').filter((line) => /^(?:#|- )/.test(line));
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.join('\n')).not.toMatch(
      /Section \d|Sections \d|note on methodology|structured as follows|Table 1/,
    );
  });
});

describe('a timeline row', () => {
  it('is no phrase whose verb is in a relative clause, or a participle', () => {
    const cohort = 'Of the cohort that qualified in 2016, 46% had left public hospitals by 2023.';
    expect(isComplete('Of the cohort that qualified in 2016', lexiconOf(cohort))).toBe(false);
    const closed = 'In 2016, the board closed the Vessen plant.';
    expect(isComplete('In 2016, the board closed the Vessen plant', lexiconOf(closed))).toBe(true);
    const survey = 'The study draws on a survey of 3,215 nurses conducted for the Halden Institute in 2024.';
    expect(
      isComplete('A survey of 3,215 nurses conducted for the Halden Institute in 2024', lexiconOf(survey)),
    ).toBe(false);
    const firm = 'The firm collapsed in 2016 after a decade of losses.';
    expect(isComplete('The firm collapsed in 2016', lexiconOf(firm))).toBe(true);
  });

  it('shows only whole events in a drafted report', () => {
    const text = draftDeck(article(REPORT, 'Morvania must keep the nurses it has')).text;
    const rows = text.split('\n').filter((line) => /^- \*\*/.test(line));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.join('\n')).not.toMatch(/Of the cohort that qualified|A survey of 3,215 nurses conducted/);
  });
});

describe('headline style', () => {
  it('keeps the possessive of a part of a whole ("much of its effect")', () => {
    const source =
      'The package will lose much of its effect, because the reasons nurses leave are interlinked.';
    expect(headlineTight('The package will lose much of its effect', lexiconOf(source))).toBe(
      'The package will lose much of its effect',
    );
    const other = 'The bank lost its licence in May.';
    expect(headlineTight('The bank lost its licence in May', lexiconOf(other))).toBe(
      'The bank lost licence in May',
    );
  });
});

describe('a conclusion the article announces', () => {
  const body = [
    'Hospitals in Morvania are short of about 9,000 nurses, and the gap is growing.',
    'Nursing schools produced 4,100 graduates in 2023, up 22% since 2018, but exits rose to 5,300.',
    'Our central conclusion is that Morvania has a leaking bucket rather than an empty tap.',
    'Pay has fallen behind neighbouring countries, and rosters change at a few hours notice.',
    'Agency spending reached €612 million in 2023, three times its level in 2018.',
    'The government should make retention, not recruitment, the aim of workforce policy.',
  ];

  it('titles the bottom line with what "Our central conclusion is that …" announces', () => {
    const slide = bottom(article(body, 'Closing the Care Gap: Morvania’s Nursing Workforce to 2035'));
    expect(slide.title).toBe('Bottom line: Morvania has leaking bucket rather than empty tap');
  });

  it('shows the announced conclusion once in the deck', () => {
    const text = draftDeck(article(body, 'Closing the Care Gap: Morvania’s Nursing Workforce to 2035')).text;
    const shown = text.split('\n').filter((line) => /^- .*data-src="p3\.s1"/.test(line));
    expect(shown.length).toBeLessThanOrEqual(1);
  });
});

describe('a value a verb of reckoning sets', () => {
  const source =
    'The economy grew by only 0.3% in the third quarter, and Ms Ostrander puts the risk of a mild recession this year at one in three.';

  it('is no phrase a cut may drop', () => {
    const cut =
      'The economy grew by only 0.3% in the third quarter, and Ms Ostrander puts the risk of a mild recession';
    expect(dropsReckonedValue(cut, source, lexiconOf(source))).toBe(true);
    expect(trailingPhraseCuts(source.replace(/\.$/, ''), lexiconOf(source))).not.toContain(
      'The economy grew by only 0.3% in the third quarter, and Ms Ostrander puts the risk of a mild recession this year',
    );
  });

  it('leaves a place after another verb, or after the noun "price", droppable', () => {
    const bread = 'The ban will barely move the price of bread at home.';
    expect(trailingPhraseCuts(bread.replace(/\.$/, ''), lexiconOf(bread))).toContain(
      'The ban will barely move the price of bread',
    );
    const other = 'The growers estimate that their members were short of about 1,200 pickers at the peak.';
    expect(
      dropsReckonedValue(
        'The growers estimate that their members were short of about 1,200 pickers',
        other,
        lexiconOf(other),
      ),
    ).toBe(false);
  });
});

describe("a research paper's body", () => {
  const PAPER = [
    'Greywell introduced a daily charge of £6 for cars entering its centre in April 2022, and this paper asks whether it worked.',
    'The Clean Air Charge applies to private cars and vans entering the inner zone, which is bounded by the inner ring road, between 07:00 and 19:00 on weekdays.',
    '3. Data and method',
    'We use monthly data from January 2018 to March 2024 from 38 traffic counters and 12 air-quality monitors.',
    '4. Results',
    'The charge had a large and immediate effect on traffic, cutting vehicles entering the zone by 17.4%.',
    'Table 1. Estimated effects of the Clean Air Charge, April 2022 to March 2024',
    'Outcome Estimated effect 95% confidence interval Vehicles entering the zone −17.4% −20.7% to −14.1% 38 counters',
    'When the scheme was approved, the Greywell Chamber of Commerce warned that it would "hollow out the city centre and send shoppers to the out-of-town parks".',
    'Bus boardings on routes serving the zone rose by 8.6% relative to the comparison cities.',
    'Roadside nitrogen dioxide fell by 11.2%, and every monitoring site met the legal limit in 2024.',
    'We conclude that the charge has worked and should be retained.',
  ];

  it('goes on past a methods section in its middle, and leaves out its tables', () => {
    const text = draftDeck(article(PAPER, 'Did the Greywell Clean Air Charge work?')).text;
    expect(text).toMatch(/8\.6%/);
    expect(text).not.toMatch(/Outcome Estimated effect|Table 1\. Estimated/);
  });

  it('reads a row of side-by-side cells as a table, and a list item without its full stop as none', () => {
    expect(
      isTableText({ text: 'Bus boardings, routes serving the zone +8.6% +5.9% to +11.3% Ticketing data' }),
    ).toBe(true);
    expect(isTableText({ text: 'Rents rose 38% between 2019 and 2024' })).toBe(false);
  });

  it('keeps a time of day whole ("between 07:00 and 19:00")', () => {
    const { ctx, s } = sentenceIn(
      article(PAPER, 'Did the Greywell Clean Air Charge work?'),
      'The Clean Air Charge',
    );
    expect(ctx.compress(s)).not.toMatch(/vans:00|\b07$/);
  });

  it('credits a chamber of commerce by its whole name', () => {
    const { ctx, s } = sentenceIn(
      article(PAPER, 'Did the Greywell Clean Air Charge work?'),
      'When the scheme',
    );
    expect(ctx.speaker(s)).toBe('Greywell Chamber of Commerce');
  });
});
