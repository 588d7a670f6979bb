import { describe, expect, it } from 'vitest';
import { article, bottomOf, sentenceIn } from '../../../helpers/draftContext';
import { lexiconOf } from '../../../../slides/draft/clauses';
import { compressionCandidates, compressSentence } from '../../../../slides/draft/compress';
import {
  concedesOnly,
  cutsMeaning,
  leadingClause,
  mainClause,
  turnClause,
} from '../../../../slides/draft/titleShape';
import { draftDeck } from '../../../../slides/draft';
import { parseDeck } from '../../../../slides/format/parse';
import { FIGURE_APPOSITIVE, POINTING_OBJECT } from '../../../../slides/draft/planContext';
import { POINTS_AWAY } from '../../../../slides/draft/plan';

/**
 * Titles and bullets that keep what their sentence says, found on articles of new shapes: a turn on "but" (the
 * concession alone says the opposite: "The 40,000 figure is accurate as arithmetic" from "…, but misleading"), a
 * comparison and its "than", a ratio and its base, an aside a cut stops inside, a negation a shortening drops; and
 * who a quotation's "she" is, what a headline's verb is, and how a section heading labels its slide.
 */

const RULING =
  "The ruling was widely expected after the appeal court's decision, but its reasoning is broader than many in the industry had hoped.";

describe('a sentence that turns on "but"', () => {
  it('never shortens to its concession alone', () => {
    for (const sentence of [
      'The 40,000 figure is accurate as arithmetic, but misleading as a description of what happened.',
      'Average monthly pay rose 8.7% in nominal terms in 2023, but after inflation workers were still 1.9% worse off than a year earlier.',
    ]) {
      const concession = sentence.slice(0, sentence.indexOf(', but'));
      for (const candidate of compressionCandidates(sentence))
        expect(concession.startsWith(candidate.replace(/[.]$/, '')), candidate).toBe(false);
    }
  });

  it('shortens to its turn when the turn is a clause of its own', () => {
    const sentence =
      'The retail figures were weaker than forecast, but the drop in sickness and quits is much bigger in the trial firms.';
    expect(compressionCandidates(sentence)).toContain(
      'The drop in sickness and quits is much bigger in the trial firms',
    );
  });

  it('titles the turn, its "its" named as the subject of the concession', () => {
    expect(turnClause(RULING, lexiconOf(RULING))).toBe(
      "ruling's reasoning is broader than many in the industry had hoped.",
    );
  });

  it('names a plural subject for the turn\'s "they", and a singular one for no "they"', () => {
    const plural =
      'The price rises are painful, but they are mostly a signal of real risk rather than of profiteering.';
    expect(turnClause(plural, lexiconOf(plural))).toBe(
      'the price rises are mostly a signal of real risk rather than of profiteering.',
    );
    const singular = 'The levy is modest, but they are still angry about it.';
    expect(turnClause(singular, lexiconOf(singular))).toBeUndefined();
  });

  it("gives a turn of the same subject's verbs that subject's name, and no turn a pronoun left unnamed", () => {
    const dissent =
      'Radley accepted that the tribunal was entitled to look at the reality of the relationship, but considered that the majority had gone further.';
    expect(compressionCandidates(dissent)).toContain('Radley considered that the majority had gone further');
    const unnamed =
      '"This was the right call and it buys the bank some credibility, but it does not solve the underlying problem," said Priya Anand.';
    for (const candidate of compressionCandidates(unnamed)) expect(candidate).not.toMatch(/^It does not/);
  });

  it('gives no turn that lacks a subject or points at what the cut drops', () => {
    for (const sentence of [
      'The 40,000 figure is accurate as arithmetic, but misleading as a description of what happened.',
      'To sum up: revenue was flat, but the company underneath it is changing fast.',
      'The statutory question is not what the parties agreed to call it, but whether the courier works personally.',
      'This report argues that Kaldmark should keep tradable quotas, but cap how much any one group may own.',
    ])
      expect(turnClause(sentence, lexiconOf(sentence)), sentence).toBeUndefined();
  });

  it('reads a title of the concession alone as one', () => {
    const lexicon = lexiconOf(RULING);
    expect(
      concedesOnly("The ruling was widely expected after appeal court's decision", RULING, lexicon),
    ).toBe(true);
    expect(
      concedesOnly("Ruling's reasoning is broader than many in industry had hoped", RULING, lexicon),
    ).toBe(false);
  });

  it("never titles a speaker's slide with the half of a quotation they concede", () => {
    const source = article(
      [
        'The economy of Marrel shrank for a second quarter in a row, the statistics office said on Friday.',
        '"This is not a collapse, but it is a real recession, and it is one the government saw coming," said Ines Varro, chief economist at Pell Capital. "The budget assumed 1.8% growth this year. We will be lucky to see half a percent."',
        'Exports fell 6% in the quarter as orders from abroad dried up, and factory output fell 3.1%.',
        'The finance minister, Carla Benn, told parliament the contraction was temporary and blamed conditions abroad.',
      ],
      'Marrel slips into recession as exports fall',
    );
    const { deck } = parseDeck(draftDeck(source).text);
    const shown = deck.slides.flatMap((s) => s.body.split('\n').map((line) => line.replace(/^#+\s/, '')));
    expect(
      shown.some((line) => /this is not a collapse\W*$/i.test(line.replace(/<!--.*-->/, '').trim())),
    ).toBe(false);
    const { ctx, s } = sentenceIn(source, '"This is not a collapse');
    expect(concedesOnly('Varro: this is not a collapse', s.text, ctx.lex(s))).toBe(true);
  });
});

describe('a title whose object points back', () => {
  it('is read as pointing when it ends on "those terms" or "such cases", not on "this year"', () => {
    expect(POINTING_OBJECT.test('No private insurer can keep writing business on those terms')).toBe(true);
    expect(POINTING_OBJECT.test('Courts rarely hear such cases')).toBe(true);
    expect(POINTING_OBJECT.test('Exports fell this year')).toBe(false);
  });
});

describe('who "she" is in a quotation', () => {
  const source = article(
    [
      'Voters in Estavia gave People’s Voice first place on Sunday, with 58 of 180 seats.',
      'On Monday Olander, who said she would stay on as Civic Renewal leader until a party congress in June, ruled out any deal with Kessel. "We will not govern with a party that calls judges enemies of the people," she told reporters.',
      'Many in the capital assume that Kessel will fail. But Brandvik warned that locking out the largest party carries its own danger. "If the parties shut People’s Voice out, they hand Kessel exactly the story he wants," she said.',
      'Margit Olander leads Civic Renewal. Lotte Brandvik is a political scientist at the University of Harn. Dario Kessel leads People’s Voice.',
    ],
    'Estavia’s populists win first place but may be kept out of power',
  );

  it('is the person named after an opening "On Monday", not a party in the clause about her', () => {
    const { ctx, s } = sentenceIn(source, '"We will not govern');
    expect(ctx.speaker(s)).toBe('Olander');
  });

  it('is never a person named inside the quotation itself', () => {
    const { ctx, s } = sentenceIn(source, '"If the parties shut');
    expect(ctx.speaker(s)).toBe('Brandvik');
  });
});

describe('a headline whose second clause has the only verb the tagger sees', () => {
  it('states its main clause on the bottom line', () => {
    const source = article(
      [
        'SOLVANO, May 15 (Meridian Wire) - Dravenia’s central bank raised its main interest rate by 75 basis points to 9.25% on Thursday, a bigger move than markets had expected.',
        'The bank had been expected to raise its rate by 50 basis points, according to 14 of the 19 economists polled last week.',
        'The draven firmed 1.8% against the dollar after the decision, having touched a record low earlier in the day.',
        'Annual consumer price inflation rose to 11.4% in April from 10.7% in March, data showed last week.',
      ],
      "Dravenia's central bank surprises with 75-point hike as draven slides past 43 per dollar",
    );
    expect(bottomOf(source).title).toBe("Bottom line: Dravenia's central bank surprises with 75-point hike");
  });
});

describe("a ratio's base", () => {
  it('is never cut from the figure it is counted against', () => {
    const sentence = 'For every 100 collected in premiums, 131 was paid out in claims and costs.';
    const lexicon = lexiconOf(sentence);
    expect(mainClause(sentence, lexicon)).toBe(sentence);
    for (const candidate of compressionCandidates(sentence)) expect(candidate).toMatch(/^For every 100/);
  });
});

describe('a bullet kept whole', () => {
  const compress = (text: string) => compressSentence(text, { maxWords: 20, lexicon: lexiconOf(text) });

  it('still drops the ordinal or connective that linked it to the sentence before', () => {
    expect(
      compress(
        'Fourth, Zippit dictated the route, the delivery window and the branded bag couriers had to carry (at [58]–[63]).',
      ),
    ).toMatch(/^Zippit dictated the route/);
    expect(compress('Separately, the council said it would publish the figures in June.')).toMatch(
      /^The council said/,
    );
  });

  it("names the person a role's description stands for, when the sentence must be cut", () => {
    expect(
      compress(
        'The Minister for Employment, Ewan Stroud, said on 19 February 2026 that the government would publish a consultation on a statutory definition of worker status before the summer recess.',
      ),
    ).toMatch(/^Ewan Stroud said on 19 February 2026/);
  });
});

describe("a numbered section heading as a slide's label", () => {
  it("leaves out the section's number, which is no figure of the point", () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'Insurers have left the hill districts after three years of heavy losses.',
          '2. Analysis',
          'Insurers paid out more in claims than they collected in premiums between 2019 and 2023.',
        ],
        'Why insurers are leaving the hills',
      ),
      '2. Analysis',
    );
    expect(ctx.headingLabel(s)).toBe('Analysis');
  });
});

describe('a main claim on the bottom line', () => {
  it('is not one whose pronoun points at what only its own slide shows', () => {
    expect(POINTS_AWAY.test('land around it goes up in value')).toBe(true);
    expect(POINTS_AWAY.test('Transport planners have a name for this, induced demand')).toBe(true);
    expect(POINTS_AWAY.test('Rudnicka argues that wages are catching up')).toBe(false);
    expect(POINTS_AWAY.test('Carmakers have lost their nerve')).toBe(false);
    expect(POINTS_AWAY.test('Exports fell this year')).toBe(false);
  });
});

describe('a comparison cut before its "than"', () => {
  it('is refused when what is compared is a thing, and allowed for a manner', () => {
    const thing =
      'On risk, the problem for insurers is less the ordinary fire year than the catastrophic one.';
    const thingLexicon = lexiconOf(thing);
    expect(
      leadingClause(
        'The problem for insurers is less the ordinary fire year than the catastrophic one',
        thing,
        thingLexicon,
        10,
      ),
    ).toBeUndefined();
    const manner = 'Duarte put the dilemma more diplomatically than the mayor did.';
    expect(leadingClause(manner, manner, lexiconOf(manner), 6)).toBe(
      'Duarte put the dilemma more diplomatically',
    );
  });
});

describe('an article left before a dropped adjective', () => {
  it('never titles a slide with "an" before a consonant', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'Ebbsworth is proud of its bins, and of the recycling rate they deliver.',
          'Derek Amis, who runs the waste service, is an enthusiastic and persuasive man who can talk for an hour about contamination rates in mixed paper.',
        ],
        'What the recycling rate hides',
      ),
      'Derek Amis',
    );
    for (const words of [6, 8, 10])
      expect(ctx.headlineTitle(s, words, [], true) ?? '').not.toMatch(/\ban [b-df-gj-np-tv-z]/i);
  });
});

describe('titles that stop inside an aside or drop a turning word', () => {
  it('never stop inside an aside a participle opened', () => {
    const sentence =
      'In a note to clients, Osei wrote that the hike, combined with a cut in direct intervention, "marks a shift from defending a level to defending credibility".';
    expect(cutsMeaning('Osei wrote that the hike, combined with a cut', sentence, lexiconOf(sentence))).toBe(
      true,
    );
  });

  it('never drop the "less" a comparison turns on', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'Insurers have left the hill districts after three years of heavy losses.',
          'On who carries the risk, the problem for insurers is less the ordinary fire year than the catastrophic one.',
          'Reinsurance for extreme fire years has become scarce and expensive since 2021.',
        ],
        'Why insurers are leaving the hills',
      ),
      'On who carries the risk',
    );
    for (const words of [7, 8, 10]) {
      const title = ctx.headlineTitle(s, words, [], true) ?? '';
      if (/problem for insurers/i.test(title)) expect(title).toMatch(/\bless\b/);
    }
  });

  it("drops the 'Then' that links a story's step to the sentence before", () => {
    const { ctx } = sentenceIn(
      article(
        [
          'The minimum flow worked, more or less, for two seasons.',
          'Then the arguments returned in a new form.',
        ],
        'The river that two countries share',
      ),
      'Then the arguments',
    );
    const s = ctx.analysis.sentences.find((x) => x.text.startsWith('Then'))!;
    expect(ctx.pointTitle('judgment', [s])).not.toMatch(/^Then\b/);
  });
});

describe('a stat slide titled from a figure set beside its subject', () => {
  it('is read as having lost its subject when it opens on the figure and a comma', () => {
    expect(FIGURE_APPOSITIVE.test('46 per cent, now goes on degree-level programmes')).toBe(true);
    expect(FIGURE_APPOSITIVE.test('About $2.3 billion, the largest sum since 2019')).toBe(true);
    expect(FIGURE_APPOSITIVE.test('46 per cent of levy spending goes on degrees')).toBe(false);
  });
});

describe('a heading set in capitals', () => {
  it('labels its slide in sentence case', () => {
    const { ctx, s } = sentenceIn(
      article(
        ['The river is shared by two countries.', 'KEY TERMS', 'A gauging station measures flow.'],
        'The river',
      ),
      'KEY TERMS',
    );
    expect(ctx.headingLabel(s)).toBe('Key terms');
  });
});

describe('a series of names and the words after it', () => {
  const sentence =
    'The alternative is a three-party coalition of Labour Alliance, Civic Renewal and Green Coast, which together would hold 100 seats, a workable if uncomfortable majority.';

  it('is never cut after its first name', () => {
    for (const candidate of compressionCandidates(sentence))
      expect(candidate).not.toMatch(/Labour Alliance$/);
  });

  it('is never spliced to a word an aside kept apart from it', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'People’s Voice came first but is 33 seats short of a majority.',
          sentence,
          'President Toft will first ask the leader of the largest party to try to form a government.',
        ],
        'Estavia’s populists win but may be kept out of power',
      ),
      'The alternative',
    );
    for (const words of [7, 8, 10])
      expect(ctx.headlineTitle(s, words, [], true) ?? '').not.toMatch(/Labour Alliance workable/);
  });
});
