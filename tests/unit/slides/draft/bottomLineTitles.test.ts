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

const HOMES = [
  'The housing minister said on Monday that Norland had built more homes in the past two years than at any time this century.',
  'Net additions to the housing stock reached 71,900 last year, but that figure counts office conversions and, since 2023, student beds.',
  'New-build completions alone came to 41,700, which is 17% below their level in 2007–09.',
  'On the measure most people mean by building homes, the claim does not hold.',
];

describe("a headline's question and its answer", () => {
  it('states the answer when it is a clause ("… this century? The minister\'s claim is misleading")', () => {
    const slide = bottomOf(
      article(
        HOMES,
        "Has Norland built more homes in two years than at any time this century? The minister's claim is misleading",
      ),
    );
    expect(slide.title).toBe("Bottom line: The minister's claim is misleading");
  });

  it('never states a list of topics as the answer ("Priced out? Rents, pay and housing supply …")', () => {
    const slide = bottomOf(
      article(HOMES, 'Priced out? Rents, pay and housing supply in the Norland city region'),
    );
    expect(slide.title).not.toMatch(/Rents, pay/);
  });
});

const FLOOD = [
  'On the night of 17 February the River Orrin rose over the Fennick Barrier and poured into Marrow. By morning 2,340 homes had been flooded.',
  'The authority issued its severe flood warning at 02:10, forty minutes after water entered homes on Quay Street.',
  'Two of the four pumps at the Fennick pumping station were out of action, and the authority had rated the station high risk since 2019.',
  'The rain was heavy, but it was forecast three days ahead.',
];

describe("a standfirst's second sentence", () => {
  it('states the thesis when the first does not fit, up to the dash that turns it', () => {
    const slide = bottomOf({
      ...article(FLOOD, 'Five things we learned from the Orrin Valley flood inquiry'),
      standfirst:
        'Six weeks of public hearings into the February floods that swamped Marrow point to one conclusion: the storm was forecast, the defences had been left to decay, and the warning came too late. The weather was not the main culprit – the people and bodies meant to manage the river were.',
    });
    expect(slide.title).toBe('Bottom line: The weather was not the main culprit');
  });

  it('never titles the bottom line with what only exists ("There is a better design")', () => {
    const slide = bottomOf({
      ...article(FLOOD, 'Five things we learned from the Orrin Valley flood inquiry'),
      standfirst: 'There is a better way to run the river.',
    });
    expect(slide.title).not.toMatch(/There is/);
  });
});

describe('an interviewee\'s "What I\'m arguing is that …"', () => {
  it('puts what they argue on the bottom line, with their name', () => {
    const slide = bottomOf(
      article(
        [
          'Host: You have said Norland does not need more hospital beds. Is that not provocative?',
          "Okonjo: I know it sounds that way. What I'm arguing is that a large part of that capacity should be in people's own homes rather than in a new building.",
          'Host: What did the Vell pilot find?',
          'Okonjo: We treated 3,100 patients at home. Readmission within 30 days was 11% for our patients and 15% for the comparison group.',
          'Host: And the cost?',
          'Okonjo: An average episode cost 9,800 crowns, against 13,400 crowns for a comparable ward stay.',
        ],
        'Episode 87: The hospital that comes to you',
      ),
    );
    expect(slide.items.map((i) => i.text)).toContain(
      "Okonjo: a large part of that capacity should be in people's own homes rather than in a new building",
    );
  });
});

describe("a report's summary on the bottom line", () => {
  it('takes each item’s first short sentence when its opening runs long ("We conclude that …" counts as short)', () => {
    const slide = bottomOf(
      article(
        [
          'Summary',
          'Since April 2024 a national cap of 25 crowns on single bus fares has made bus travel cheaper for everyone, and in towns and cities it has worked: passenger journeys there rose by 14% in two years. But the cap does nothing for people who have no bus to catch.',
          'We conclude that the Government’s support for buses is aimed at the wrong problem in rural areas, where services have kept disappearing for a decade despite record spending. The fare cap costs 310 million crowns a year.',
          '1 Introduction',
          'We launched this inquiry on 12 June 2026 to examine why rural bus services continue to decline.',
          'Rural route-kilometres fell by 17% between 2019 and 2026.',
        ],
        'Keeping rural buses running',
      ),
    );
    const texts = slide.items.map((i) => i.text);
    expect(texts).toContain('The cap does nothing for people who have no bus to catch');
    expect(texts.some((t) => t.includes('aimed at the wrong problem in rural areas'))).toBe(true);
  });
});
