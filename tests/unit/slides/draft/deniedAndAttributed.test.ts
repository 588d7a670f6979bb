import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { draftDeck } from '../../../../slides/draft';
import { sentenceCase } from '../../../../slides/draft/sections/opening';
import { secondDate } from '../../../../slides/draft/sections/timeline';

/**
 * What the writer denies is no point of the briefing ("Both sides called the talks a breakthrough. They were
 * not."), and a claim keeps whoever makes it: a country the gazetteer does not know ("Kestria has insisted that
 * …"), a body a name only describes ("according to the Kestrian chamber of commerce").
 */

const TALKS = article(
  [
    'When the presidents of Kestria and Dunmar met in Valsen on 14 May, both sides called the talks a breakthrough. They were not. The two governments agreed to reopen the Orlan border crossing but left every hard question about the Tarsk valley for later.',
    'For three years Kestria has insisted that no talks could begin until Dunmar withdrew its troops from the valley. That demand has now been dropped in exchange for a promise of consultations on security.',
    'Kestria’s economy shrank by 2.3 percent last year, and the closed crossing cost its exporters an estimated 410 million euros in lost trade, according to the Kestrian chamber of commerce.',
    'So I would not call the deal a peace process. It is not. The valley remains the problem, and roughly 12,000 people live there under Dunmari administration.',
  ],
  'Kestria and Dunmar reopen a border, not a peace process',
);

describe('a sentence the writer then denies', () => {
  it('is no bullet and no title', () => {
    const { ctx, s } = sentenceIn(TALKS, 'When the presidents');
    expect(ctx.refuted(s)).toBe(true);
    const shown = draftDeck(TALKS)
      .text.split('\n')
      .filter((line) => /^(?:##|-) /.test(line))
      .join('\n');
    expect(shown).not.toMatch(/breakthrough/);
  });

  it('but a denial after a negation agrees with it', () => {
    const { ctx, s } = sentenceIn(TALKS, 'So I would not call');
    expect(ctx.refuted(s)).toBe(false);
  });
});

describe('who makes a claim', () => {
  it('is a proper name right before the verb of saying, known to the gazetteer or not', () => {
    const { ctx, s } = sentenceIn(TALKS, 'For three years Kestria');
    expect(ctx.speaker(s)).toBe('Kestria');
    expect(ctx.item(s).text).toMatch(/^Kestria: no talks could begin/);
  });

  it('is the body a name describes, not the name', () => {
    const { ctx, s } = sentenceIn(TALKS, 'Kestria’s economy shrank');
    expect(ctx.speaker(s)).toBe('Kestrian chamber of commerce');
  });
});

describe("a title's inner possessive", () => {
  const POLLS = article(
    [
      'Opposition leader Marek Hollen called the deal a reward for occupation and promised to revisit it if he wins in October. Polls give his party a narrow lead.',
      'Meridian Quay Holdings named Tom Brennock as its chief executive in March. The chief executive has given his first interview since the strike began.',
    ],
    'Kestria and Dunmar reopen a border',
  );

  it('names its owner, the person the pronoun refers to', () => {
    const { ctx, s } = sentenceIn(POLLS, 'Polls give');
    expect(ctx.pointTitle('judgment', [s])).toBe("Polls give Hollen's party a narrow lead");
  });

  it('stays when the title names its owner before it', () => {
    const { ctx, s } = sentenceIn(POLLS, 'The chief executive has given');
    expect(ctx.pointTitle('judgment', [s])).not.toMatch(/Brennock's/);
  });
});

describe("a slide whose only sentence is its title's", () => {
  it('shows no bullet that says the title again', () => {
    const source = article(
      [
        'Kestria and Dunmar agreed on 14 May to reopen the Orlan border crossing, closed since 2021.',
        'Critics in Kestria see a capitulation.',
        'The valley remains the problem, and roughly 12,000 people live there under Dunmari administration.',
      ],
      'Kestria and Dunmar reopen a border',
    );
    const { ctx, s } = sentenceIn(source, 'Critics in Kestria');
    const title = ctx.pointTitle('counterpoints', [s]);
    expect(title).toBe('Critics in Kestria see a capitulation');
    expect(ctx.besideTitle([s])).toEqual([]);
  });
});

describe('names in a Title Case headline and in a credit', () => {
  it('keeps each part of a compound name capitalised in sentence case', () => {
    expect(
      sentenceCase(
        'Why the Kestria–Dunmar Thaw Rests on Gas, Not Goodwill',
        'Officials in Kestria and in Dunmar agree that the thaw rests on gas.',
      ),
    ).toBe('Why the Kestria–Dunmar thaw rests on gas, not goodwill');
  });

  it("keeps a second sentence's capital, and a name the article writes only in a derived form", () => {
    expect(
      sentenceCase(
        'Inflation Is Cooling in Estavia. Rents Are Swallowing the Pay Rise Anyway.',
        'Consumer prices rose slowly, but the typical Estavian renter is poorer than a year ago as rents rise.',
      ),
    ).toBe('Inflation is cooling in Estavia. Rents are swallowing the pay rise anyway.');
  });

  it('credits officials a name only describes', () => {
    const source = article(
      [
        'The hotline between the two general staffs has been used eleven times according to Kestrian defence officials, mostly to deconflict patrols.',
      ],
      'The Kestria–Dunmar thaw',
    );
    const { ctx, s } = sentenceIn(source, 'The hotline');
    expect(ctx.speaker(s)).toBe('Kestrian defence officials');
  });
});

describe('a timeline row of two events', () => {
  it('knows a second date by its day and month, without a year', () => {
    const row =
      "Rapidline was sent detailed questions and a summary of the Courier's findings on 17 February";
    expect(secondDate(row, '21 January 2025')).toBe(true);
    expect(secondDate('The health board renewed the contract in November 2023', 'November 2023')).toBe(false);
  });
});

describe('a quotation a sentence frames after its colon', () => {
  it('is the bullet, with its speaker, whole or to the end of its first clause', () => {
    const source = article(
      [
        'The council will vote in May on whether to lower the voting age for city elections to 16.',
        'Councillor Gregor Malloy put the most common objection plainly at a committee meeting in February: "Sixteen-year-olds can\'t sign a lease, and I don\'t see why they should set the rates for the people who do."',
        'Supporters reply that 16-year-olds already pay fares and taxes on their wages.',
      ],
      'Votes at 16',
    );
    const { ctx, s } = sentenceIn(source, 'Councillor Gregor Malloy');
    expect(ctx.bulletText(s)).toBe('Malloy: "Sixteen-year-olds can\'t sign a lease"');
  });
});
