import { describe, expect, it } from 'vitest';
import { article, bottomOf as bottom, contextOf, sentenceIn } from '../../../helpers/draftContext';
import { attributionOf } from '../../../../slides/analyze/figures';
import { lexiconOf } from '../../../../slides/draft/clauses';
import {
  dropAsides,
  emptyStatement,
  headlineBase,
  reportedClause,
  statesPoint,
} from '../../../../slides/draft/headline';
import { compressionCandidates } from '../../../../slides/draft/compress';
import { danglingEnd, pronounOpener } from '../../../../slides/check/textRules';
import { cutsMeaning } from '../../../../slides/draft/titleShape';
import { sourcesSlide } from '../../../../slides/draft/sections/sources';
import { draftDeck } from '../../../../slides/draft';
import { checkDeck } from '../../../../slides/check';
import { parseDeck } from '../../../../slides/format/parse';

/**
 * The bottom line says what the article argues: a headline that gives an order is its recommendation, a story's
 * label ("How the crisis unfolded") is no point; a superlative keeps where it holds; a stance without its content
 * ("Gallacher is in no doubt") titles nothing; a quotation someone unnamed gave is never credited to the speaker
 * who passes it on; and a survey's size is no part of its name.
 */

const BODY = [
  'For sixteen years, diplomats from Tarvania and Seluria have met twice a year to talk about a sea boundary they never agree.',
  'Meanwhile coast guard cutters from both sides shadow each other over the Idris Bank, and two collided in February.',
  'A joint development zone would let both sides drill the gas field now, without giving up their claims.',
  'The obvious objection is that a deal would reward the side that pushed hardest at sea.',
  'The talks in May are the moment to agree it, before someone is killed.',
];

describe('the bottom line', () => {
  it("states a headline's order as the recommendation, cut before its subordinate clause", () => {
    const slide = bottom(article(BODY, 'Share the Idris Bank before someone sinks a boat over it'));
    expect(slide.title).toBe('Bottom line: Share the Idris Bank');
  });

  it('never reads a noun headline ("Share prices fall …") as an order', () => {
    const slide = bottom(article(BODY, 'Share prices fall as the Idris Bank talks stall again'));
    expect(slide.title).not.toMatch(/^Bottom line: Share the/);
  });

  it('takes no point from a story\'s label ("How the crisis unfolded")', () => {
    const slide = bottom(
      article(
        [
          'The Kestrel Bridge has been shut for fourteen months because warnings about corrosion went unfunded for years.',
          'The warning signs were on paper for years, and the money to act on them was never found.',
          ...BODY.slice(0, 2),
        ],
        'How the Kestrel Bridge crisis unfolded',
      ),
    );
    expect(slide.title).not.toMatch(/crisis unfolded/);
  });
});

describe('a title', () => {
  it('keeps where a superlative holds: "steepest" is never cut from "where it matters most"', () => {
    const source =
      'The fall has been steepest where it matters most: starts by young people under 19 have fallen by 61%.';
    expect(cutsMeaning('The fall has been steepest', source, lexiconOf(source))).toBe(true);
    const whole = 'The fall has been steepest in the north.';
    expect(cutsMeaning('The fall has been steepest in the north', whole, lexiconOf(whole))).toBe(false);
  });

  it('is no stance without its content ("Gallacher is in no doubt")', () => {
    for (const title of ['Gallacher is in no doubt', 'Mr Orr is less philosophical.'])
      expect(statesPoint(title, lexiconOf(title))).toBe(false);
    const point = 'Gallacher expects 650 permanent jobs';
    expect(statesPoint(point, lexiconOf(point))).toBe(true);
  });
});

describe('a bullet', () => {
  it('keeps the contrast a claim ends on ("…, not a law"), which is its other half and no aside', () => {
    const claim = 'A four-day week is a management project, not a law';
    expect(dropAsides(claim, lexiconOf(claim))).toBe(claim);
    const aside = 'The board approved the plan, a rare unanimous vote';
    expect(dropAsides(aside, lexiconOf(aside))).toBe('The board approved the plan');
  });
});

describe('an opinion or report that only a pronoun names', () => {
  it('is no bullet when "it argues" leaves its holder unnamed', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'The strongest case against the plan comes from the security establishment.',
          'Seluria, it argues, has used its coast guard to create facts at sea, and a deal would reward that.',
          ...BODY,
        ],
        'Share the Idris Bank',
      ),
      'Seluria, it argues',
    );
    expect(ctx.longBullet(s)).toBe(true);
  });

  it('keeps "that" where it is the reported clause\'s subject, and titles nothing with it', () => {
    expect(reportedClause('Mr Orr said that would not buy a breakwater')).toBeUndefined();
    expect(reportedClause('Mr Orr said that the grant would not buy a breakwater')).toBe(
      'The grant would not buy a breakwater',
    );
    expect(emptyStatement('Mr Orr said that would not buy a breakwater')).toBe(true);
    // "it" after its speaker is the speaker: "Westmoor Water said it took the findings seriously" says something.
    expect(emptyStatement('Westmoor Water said it took the findings seriously')).toBe(false);
    expect(emptyStatement('Down at the harbour, Mr Orr is less philosophical')).toBe(true);
  });
});

describe('the check', () => {
  it('reads "the town it already has" as ending on its main verb, and "… the town has" as dangling', () => {
    expect(danglingEnd('Ardwick weighs a port against the town it already has')).toBeUndefined();
    expect(danglingEnd('Ardwick weighs a port the town has')).toBe('has');
  });
});

describe('"even"', () => {
  it('stays where it is the adjective a claim needs ("roughly even or ahead"), and goes as a filler', () => {
    const even = 'About two-thirds of the firms came out roughly even or ahead';
    expect(headlineBase(even, lexiconOf(even), [])).toBe(even);
    // (A leading "If …" stays with its clause: see conditionsAndSeries.test.ts.)
    const long = `Although output fell in every sector, ${even.toLowerCase()}.`;
    expect(compressionCandidates(long, { lexicon: lexiconOf(long), maxWords: 20 })).toContain(even);
    const filler = 'Prices even rose in March';
    expect(headlineBase(filler, lexiconOf(filler), [])).toBe('Prices rose in March');
  });
});

describe('the Sources slide', () => {
  it('never credits a quotation someone unnamed gave to the speaker who passes it on', () => {
    const paragraphs = [
      'Dr Teodora Vask, a labour economist, led the evaluation of the four-day week pilot across 72 firms.',
      'Vask: Sick days fell by 31% over the eighteen months.',
      'What did people do with the day?',
      'Vask: People also told us how they used it, including what one respondent called "the life admin that used to eat my Saturdays".',
      'Is it an argument for a law?',
      'Vask: No. "A four-day week is a management project, not a law," as I told the committee.',
      'What next?',
      'Vask: The government should wait for the 2026 figures before it legislates.',
    ];
    const source = article(paragraphs, 'Teodora Vask on what the pilot really showed');
    const ctx = contextOf(source);
    const refs = ctx.analysis.sentences.map((s) => s.ref);
    const slide = sourcesSlide(ctx, refs);
    const texts = slide.items.map((i) => i.text).join('\n');
    expect(texts).not.toMatch(/life admin/);
    expect(texts).toMatch(/management project, not a law,?" — Vask/);
  });
});

describe('a figure credited "according to" a survey', () => {
  it('names the survey, never a number cut at its thousands comma', () => {
    expect(
      attributionOf(
        'Younger residents, according to a council survey of 1,400 households last autumn, are more likely to agree.',
      ),
    ).toBe('a council survey');
    expect(attributionOf('Inflation eased to 4.5%, according to the statistics office.')).toBe(
      'the statistics office',
    );
  });
});

describe('the briefing check on a title slide', () => {
  it("leaves the article's own headline as the article words it, ending on a verb or not", () => {
    const source = article(
      BODY,
      'A terminal decision: Ardwick weighs a port against the town it already has',
    );
    const { deck } = parseDeck(draftDeck(source).text);
    const findings = checkDeck(deck!, { article: source });
    expect(findings.filter((f) => f.slide === 0 && f.code === 'dangling-end')).toEqual([]);
    // A title slide the user retitles is still checked.
    const edited = {
      ...deck!,
      slides: deck!.slides.map((s, i) =>
        i === 0 ? { ...s, body: s.body.replace(/^# .*$/m, '# Ardwick weighs a port against the') } : s,
      ),
    };
    expect(
      checkDeck(edited, { article: source }).some((f) => f.slide === 0 && f.code === 'dangling-end'),
    ).toBe(true);
  });
});

describe('a labelled quotation on a slide', () => {
  it("drops the attribution the label already gives ('…,\" the finance lead told me')", () => {
    const source = article(
      [
        'Brennock should raise the council tax premium on empty homes to 300%.',
        'Tavistrand introduced a 300% premium in 2022, and empty homes there fell by 27% in two years.',
        '"It was the least controversial thing we have done in this administration," Tavistrand\'s finance lead, Councillor Ruth Abernethy, told me.',
        'A terraced house in band B pays about £1,700 a year.',
      ],
      'It is time to tax the empties',
    );
    const { ctx, s } = sentenceIn(source, '"It was the least controversial');
    const item = ctx.item(s).text;
    expect(item).toMatch(
      /^Abernethy: "It was the least controversial thing we have done in this administration"$/,
    );
  });
});

describe('the check on an "it" that points nowhere', () => {
  it('reads "It is time to …" and "It is likely that …" as no pronoun, and "It fell …" as one', () => {
    expect(pronounOpener('Bottom line: It is time to tax the empties', false)).toBeUndefined();
    expect(pronounOpener('It is likely that rates will rise again', false)).toBeUndefined();
    expect(pronounOpener('It fell by 4% in May', false)).toBe('It');
    expect(pronounOpener('It is expected to rise', false)).toBe('It');
  });
});
