import { describe, expect, it } from 'vitest';
import { article, bottomOf, sentenceIn } from '../../../helpers/draftContext';
import { draftDeck } from '../../../../slides/draft';
import { compressionCandidates, cutsAway } from '../../../../slides/draft/compress';
import { lexiconOf } from '../../../../slides/draft/clauses';
import { TOLD_LIKEWISE } from '../../../../slides/draft/headline';
import { restates } from '../../../../slides/draft/plan';
import { eventDateOf } from '../../../../slides/analyze/dates';

/**
 * What a bottom line is made of: findings, never where the evidence came from ("The findings draw on a survey of
 * …"), a sentence that points to the next one ("Teachers told us the same story"), the one case a "Case study"
 * section tells, or a claim its title already states; a conclusion the writer announces as a view ("My reading is
 * that …") is one. And who speaks when a description stands between the name and the verb, and which year a
 * sentence that sets a year against the present dates (none).
 */

const REPORT = article(
  [
    'Executive summary',
    'Rural bus routes in the Fenwold district have been cut by a third since 2019, and the cuts have fallen hardest on older residents without cars. The problem is no longer the fare but whether a bus runs at all.',
    'The figures draw on a survey of 640 residents in twelve villages, carried out between March and June 2025, and on timetables published by the district council.',
    'Teachers told us the same story from the school gate. Mrs Ilse Marwood, head of Brackley Primary, said pupils now miss the first lesson twice a week because the early bus was withdrawn.',
    'Key findings',
    'Routes are disappearing. The district ran 41 rural routes in 2019 and runs 27 today.',
    'Waiting times have doubled. The average gap between buses in the villages surveyed rose from 70 minutes to 145.',
    'The council has stopped subsidising evening services. Every route that ran after 7pm in 2019 has been withdrawn.',
    'Case study: Walter, Brackley',
    'Walter, 79, lives alone in Brackley and gave up driving in 2022. His nearest surgery is nine miles away, and the only bus that reaches it now runs on Tuesdays.',
    'He has missed two hospital appointments this year because the return bus was cancelled without notice.',
    'What should change',
    'The district should restore a minimum of one daily return service to every village of more than 200 people, funded from the new transport levy.',
    'Our view is that a bus that does not run is the most expensive service of all, because its costs reappear in missed care and lost work.',
  ],
  'Stranded: rural bus cuts in the Fenwold district',
);

const ctx = (source: ReturnType<typeof article>, text: string) => {
  const found = sentenceIn(source, text);
  return found.ctx.speaker(found.s);
};

const texts = (items: readonly { text: string }[]) => items.map((item) => item.text).join('\n');

describe("a report's bottom line", () => {
  it('states findings, not where the evidence came from or a pointer to the next sentence', () => {
    const bottom = texts(bottomOf(REPORT).items);
    expect(bottom).not.toMatch(/draw on a survey/);
    expect(bottom).not.toMatch(/the same story/);
  });

  it('ends the summary at a "Case study" heading', () => {
    const source = article(
      [
        'Key findings',
        'Routes are disappearing across the district. The district ran 41 rural routes in 2019 and runs 27 today.',
        'Case study: Walter, Brackley',
        'Walter, 79, lives alone in Brackley and gave up driving in 2022. His nearest surgery is nine miles away.',
        'What should change',
        'The district should restore a daily return service to every village of more than 200 people.',
      ],
      'Stranded: rural bus cuts in the Fenwold district',
    );
    expect(texts(bottomOf(source).items)).not.toMatch(/Walter/);
  });
});

describe('a stance that points to what another sentence says', () => {
  it('is known by its verb and "the same" or "another"', () => {
    for (const text of [
      'Health workers told us the same story from the other side',
      'Labour groups see another risk',
      'Businesses along the line tell similar stories',
      'The mayor made the same point',
    ])
      expect(TOLD_LIKEWISE.test(text), text).toBe(true);
    for (const text of [
      'Health workers told the same story as the survey did',
      'The council gave another £2 million to the scheme',
      'We saw the same pattern in 2019 as in 2015',
    ])
      expect(TOLD_LIKEWISE.test(text), text).toBe(false);
  });
});

describe('a speaker described before the verb', () => {
  it('is the name the description follows, not a name inside it', () => {
    const { ctx, s } = sentenceIn(REPORT, 'Mrs Ilse Marwood');
    expect(ctx.speaker(s)).toBe('Marwood');
    expect(ctx.item(s).text).not.toMatch(/^Primary:/);
  });

  it('is the name before "of", not the group after it that the article writes like a name', () => {
    const source = article(
      [
        'Private rents rose 9.1% in the year to December.',
        'Precious Tolland of Renters\' Voice argues that "any cap linked to inflation is a cap that goes up when families can least afford it".',
        'In a letter to members from Ilse Marwood, Jon Baker said the federation would "fight the cap in every court in the land".',
      ],
      'Rent cap options',
    );
    expect(ctx(source, 'Precious Tolland')).toBe('Tolland');
    expect(ctx(source, 'In a letter')).toBe('Baker');
  });

  it('is no one when the telling is passive, and the name is never rewritten as another name', () => {
    const source = article(
      [
        'For most of the last century the Grellmouth dock strike has been told as a tragedy.',
        'The chairman of the Harbour Board gave his verdict to the Grellmouth Courier the following morning.',
      ],
      'The long victory',
    );
    const { ctx: context, s } = sentenceIn(source, 'For most of the last century');
    expect(context.speaker(s)).toBeUndefined();
    expect(context.item(s).text).toMatch(/the Grellmouth dock strike/);
  });

  it('is not named again before a sentence that names who says it ("Her critics say …")', () => {
    const source = article(
      [
        'Marisol Ondrake cut the city’s bus routes from 61 to 23 in her first year as transport chief.',
        'Her critics say she treated the consultation as a formality.',
      ],
      'The network that Ondrake built',
    );
    const { ctx: context, s } = sentenceIn(source, 'Her critics say');
    expect(context.talk([s]).join(' ')).not.toMatch(/put it/);
  });

  it('is never a benefit, a scheme or a law the article names in capitals', () => {
    const source = article(
      [
        'From 6 April 2026, Working Household Credit claimants whose earnings go up will keep their full award for 13 weeks.',
        'Dalia works 16 hours a week and earns £900 a month. Her Working Household Credit award is £640 a month.',
      ],
      'Working Household Credit: the run-on explained',
    );
    const { ctx: context, s } = sentenceIn(source, 'Her Working Household Credit award');
    expect(context.referent(s)).not.toBe('Credit');
    expect(context.item(s).text).not.toMatch(/^Credit's/);
  });

  it('is the person the article names with the title a sentence calls them by ("The Minister told us")', () => {
    const source = article(
      [
        'The Minister for Transport, Rhodri Fenwick-Ashe MS, gave evidence on 18 November 2025.',
        'The Minister told us that "the Act gives authorities the tools; it is for them to use those tools", and that funding was a matter for the spending review.',
      ],
      'Rural bus franchising',
    );
    expect(ctx(source, 'The Minister told us')).toBe('Fenwick-Ashe');
  });

  it('is the name a capitalised job title follows, not the unit named in the title', () => {
    const source = article(
      [
        'Household debt fell to 121% of disposable income in the third quarter, its lowest level since 2016.',
        'Commenting on the figures, Oriane Pellequin, Head of Household Finance Statistics at the Auvenne Statistics Office, said: "The fall is genuine, but it is an average. Borrowing is growing fastest among the households least able to carry it."',
      ],
      'Household debt falls, but not for everyone',
    );
    for (const text of ['Commenting on the figures', 'Borrowing is growing fastest']) {
      const { ctx, s } = sentenceIn(source, text);
      expect(ctx.speaker(s), text).toBe('Pellequin');
    }
    const titled = article(
      [
        'The institute supports making accreditation mandatory for retrofit assessors.',
        'As our President, Professor Anselm Dray, put it to the Policy Board: "Assessors are the only check the householder has."',
      ],
      'Retrofit assessors: our response',
    );
    const { ctx, s } = sentenceIn(titled, 'As our President');
    expect(ctx.speaker(s)).toBe('Dray');
  });
});

describe('a conclusion the writer announces as a view or a central insight', () => {
  it('reaches the bottom line', () => {
    const source = article(
      [
        'The strike at the Harrowmouth container terminal entered its third day on Wednesday, with no talks scheduled.',
        'Management says the new cranes will not cost jobs this decade. The union says it has heard that before.',
        'My reading is that the deal, when it comes, will swap a longer redundancy pledge for union agreement on the crane timetable.',
        'Pay is no longer the issue. The union banked the 6.5% offer last week.',
        'Around 3,400 dockers, crane drivers and lashers are involved in the walkout.',
      ],
      'Harrowmouth port strike enters third day',
    );
    expect(
      bottomOf(source)
        .items.map((item) => item.text)
        .join('\n'),
    ).toMatch(/will swap a longer redundancy pledge/);
  });
});

describe("the bottom line's claims", () => {
  it('leave out a claim its title already states', () => {
    const title = 'Bottom line: Board lowers policy rate to 3.75 percent';
    expect(restates(title, 'today the Board lowered our policy rate')).toBe(true);
    expect(restates(title, 'Productivity grew about 1.8 percent over the past year')).toBe(false);
    expect(restates(title, 'The Board does not see a need for further cuts')).toBe(false);
  });
});

describe('a year set against the present', () => {
  it('dates no event: "ran 41 routes in 2019 and runs 27 today" is a comparison', () => {
    expect(eventDateOf('The district ran 41 rural routes in 2019 and runs 27 today.')).toBeUndefined();
    expect(eventDateOf('Output was 3% higher in 2019, while today it is 2% lower.')).toBeUndefined();
    expect(eventDateOf('The district cut 14 rural routes in 2019 and restored two of them in 2021.')).toBe(
      '2019',
    );
  });
});

describe('a conclusion its writer labels "Bottom line:"', () => {
  const source = article(
    [
      'As promised, my view on the harbour levy before the vote on 24 February. Short version: a flat levy of 4% on every berth would raise money for a year or two and then drive the short-sea lines to Kestrel Point.',
      'Berth income at Kestrel Point rose 18% in the year after its rival port brought in a flat levy in 2023.',
      'The operators say a levy that rises with tonnage would spare the small ferries. The Minister has said 4% publicly, so the change needs to be presented as strengthening the policy, not retreating from it.',
      'Bottom line: keep the levy, change the formula. A levy that rises with tonnage protects the small operators and still funds the dredging.',
    ],
    'Harbour levy options - note for the Minister',
  );

  it('titles the bottom line, an order given whole, ahead of a headline that only names the topic', () => {
    const bottom = bottomOf(source);
    expect(bottom.title).toBe('Bottom line: Keep the levy, change the formula');
  });

  it('never cuts a sentence before the purpose that explains it ("… so that …")', () => {
    const text =
      'In 2025 we made a deliberate choice to earn a little less this year so that the company can earn considerably more, and more reliably, for many years to come.';
    const lexicon = lexiconOf(text);
    for (const cut of compressionCandidates(text, { lexicon, maxWords: 14 })) expect(cut).toMatch(/so that/);
    expect(
      cutsAway('In 2025 we made a deliberate choice to earn a little less this year', text, lexicon),
    ).toBe(true);
  });

  it('never cuts a sentence before the sequel that turns it ("… for a year or two and then …")', () => {
    const text = draftDeck(source).text.replace(/<!--[\s\S]*?-->/g, '');
    expect(text).not.toMatch(/would raise money\s*$/m);
    expect(text).not.toMatch(/^- [^\n]*would raise money(?! for a year or two and then)/m);
  });
});
