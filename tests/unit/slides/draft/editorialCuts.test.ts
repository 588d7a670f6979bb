import { describe, expect, it } from 'vitest';
import { article, bottomOf, sentenceIn } from '../../../helpers/draftContext';
import { compressSentence, keepsSubjectWithoutVerb } from '../../../../slides/draft/compress';
import { dropAsides, headlineTight } from '../../../../slides/draft/headline';
import { isComplete, lexiconOf, opensSeries } from '../../../../slides/draft/clauses';
import { withSpeaker } from '../../../../slides/draft/speakers';
import { cutsMeaning } from '../../../../slides/draft/titleShape';

/**
 * An editorial's long sentences, cut as a briefer would not: a subject whose relative clause runs on in a series
 * is never left without its main verb; a series keeps its items ("food, rent and, yes, transport"); a span is not
 * cut from what it is measured from ("start a month | before the first price rise"), though a rate may end a
 * bullet ("12,600 dollars a month"); "He added …" names who added; and a paper's view on a topic states it.
 */

const lexicon = (text: string) => lexiconOf(text);

describe('a subject whose relative clause runs on in a series', () => {
  const sentence =
    'A subsidy that spends more on petrol than on schools, sends 9% of its fuel over the border and gives the richest households almost seven times as much as the poorest does not deserve another three years.';

  it('is no bullet without the main verb', () => {
    const cut = 'A subsidy that spends more on petrol than on schools, sends 9% of its fuel';
    expect(keepsSubjectWithoutVerb(cut, sentence, lexicon(sentence))).toBe(true);
    expect(compressSentence(sentence)).toMatch(/does not deserve/);
  });

  it('leaves a whole clause alone ("The companies that owned them, she shows, had been granted …")', () => {
    const review =
      'The companies that owned them, she shows, had been granted monopoly rights by Parliament, and for half a century they used those rights to charge high tolls.';
    const kept = 'The companies that owned them, she shows, had been granted monopoly rights by Parliament';
    expect(keepsSubjectWithoutVerb(kept, review, lexicon(review))).toBe(false);
  });
});

describe('a series with a word set off inside it', () => {
  it('keeps every item ("food, rent and, yes, transport")', () => {
    const text = 'Families spent the money on food, rent and, yes, transport';
    expect(dropAsides(text, lexicon(text))).toBe(text);
  });
});

describe('a span cut from what it is measured from', () => {
  const source =
    'The cash payments should start a month before the first price rise, so that households have the money in hand.';

  it('changes what the sentence says', () => {
    expect(cutsMeaning('The cash payments should start a month', source, lexicon(source))).toBe(true);
  });

  it('is no rate ("about 12,600 dollars a month, … after counting the servers")', () => {
    const savings =
      'The savings are real: about 12,600 dollars a month, or roughly 150,000 dollars a year, after counting the servers.';
    expect(
      cutsMeaning(
        'The savings are real: about 12,600 dollars a month, or roughly 150,000 dollars a year',
        savings,
        lexicon(savings),
      ),
    ).toBe(false);
  });
});

describe('a saying opened by a pronoun', () => {
  it("names the speaker in the pronoun's place, with no label before it", () => {
    expect(withSpeaker('He added that the bank would not need to raise interest rates', 'Sanna')).toBe(
      'Sanna added that the bank would not need to raise interest rates',
    );
    expect(withSpeaker('He runs the bank', 'Sanna')).toMatch(/^Sanna: /);
  });

  it('is said so in the notes', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'Governor Eva Sanna told the finance committee that a phased removal would add about 1.1 percentage points to inflation. He added that the bank would not need to raise interest rates in response if the timetable were announced well in advance of the first cut.',
        ],
        'Central bank weighs in on the fuel subsidy',
      ),
      'He added',
    );
    expect(ctx.spoken(s, 20)).toMatch(/^Sanna added that/);
  });
});

describe("a paper's view on a topic", () => {
  it('states the view, the topic standing for "it"', () => {
    const slide = bottomOf(
      article(
        [
          'Velmark spends more on its fuel subsidy than on its schools. The richest fifth of households capture 46% of its value.',
          'A pilot of direct payments reached 41,000 households, and 96% of payments arrived within three days.',
          'Parliament should cut the subsidy in six steps and start the payments a month before the first price rise.',
        ],
        "The Ledger's view on the fuel subsidy: scrap it, and pay poorer households directly",
      ),
    );
    expect(slide.title).toBe('Bottom line: Scrap fuel subsidy, and pay poorer households directly');
  });
});

describe('a series whose first item closes a phrase set off by a comma', () => {
  const levee =
    "The survey estimates that 23% of the city's land area already lies below the average high-tide level, protected by embankments, pumps and gates.";

  it('is never cut to its later items ("level pumps and gates")', () => {
    expect(compressSentence(levee)).not.toMatch(/level pumps|embankments$/);
    expect(compressSentence(levee)).toMatch(/below the average high-tide level$/);
  });

  it('is told from a count\'s list ("two things, rain and one cable")', () => {
    expect(opensSeries('protected by embankments', ' pumps and gates.', lexicon(levee))).toBe(true);
    const thread = 'The lesson is that we leaned on two things, rain and one cable, and both failed at once.';
    expect(
      opensSeries('we leaned on two things', ' rain and one cable, and both failed', lexicon(thread)),
    ).toBe(false);
  });

  it('keeps a list of several items after an "including" phrase whole', () => {
    const text =
      'Taken together with interviews with 23 people, including current and former employees, councillors, engineers and customers, they show that the team rescored the tender.';
    expect(compressSentence(text)).not.toMatch(/people councillors/);
  });
});

describe('a participle phrase opening a text', () => {
  it('wants a main clause after its comma ("Taken together with interviews with 23 people")', () => {
    const cut = 'Taken together with interviews with 23 people';
    expect(isComplete(cut, lexicon(cut))).toBe(false);
    const whole = 'Founded in 1994, it represents 23 charities';
    expect(isComplete(whole, lexicon(whole))).toBe(true);
  });
});

describe('an adjective cut from the gerund it qualifies', () => {
  it('changes the sense ("voted to ban industrial | pumping")', () => {
    const source =
      'The city council voted in December 2025 to ban industrial pumping in Port Alda and three neighbouring districts.';
    expect(
      cutsMeaning('City council voted in December 2025 to ban industrial', source, lexicon(source)),
    ).toBe(true);
    expect(
      cutsMeaning('City council voted in December 2025 to ban industrial pumping', source, lexicon(source)),
    ).toBe(false);
  });
});

describe("an explainer's question headline", () => {
  it('gives the bottom line no part of the question as its point', () => {
    const slide = bottomOf(
      article(
        [
          'The ground beneath Teravo is sinking by 3.4 centimetres a year, more than 25 times faster than the sea is rising.',
          'Pumping groundwater from about 1,900 registered wells is the main cause, the survey found.',
          'The city council voted to ban industrial pumping in the eastern districts from 2027.',
        ],
        "What is Teravo's sinking ground, and why does it matter?",
      ),
    );
    expect(slide.title).not.toMatch(/What is/);
  });
});

describe('an opening before the first comma', () => {
  it('is no adjunct when it holds the clause\'s own verb ("Within a month she had asked Amir Castelo, …")', () => {
    const text =
      'Within a month she had asked Amir Castelo, a network planner who had worked on redesigns abroad, to tell her what was wrong with the buses.';
    expect(compressSentence(text)).not.toMatch(/^A network planner/);
  });

  it("is one when its verb is a relative's or its opening participle's", () => {
    const asked =
      'Asked for the source of the claim, the Ministry of Housing pointed us to the Norland Statistics Office series on net additional dwellings.';
    expect(compressSentence(asked)).toMatch(/^The Ministry of Housing pointed us/);
    expect(isComplete('Asked for the source of the claim', lexicon(asked))).toBe(false);
  });

  it('asks, and does not say, with "to tell": the one asked is no speaker', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'Ines Varga became mayor in 2022.',
          'Within a month she had asked Amir Castelo, a network planner who had worked on redesigns abroad, to tell her what was wrong with the buses.',
        ],
        'The mayor who tore up the bus map',
      ),
      'Within a month',
    );
    expect(ctx.speaker(s)).toBeUndefined();
  });
});

describe('a superlative before the part it picks out', () => {
  it('stays in headline style ("The richest fifth of households", never "The fifth of households")', () => {
    const text = "The richest fifth of households capture 46% of the subsidy's value";
    expect(headlineTight(text, lexicon(text))).toContain('richest fifth');
  });
});

describe('a clause that is its sentence\'s subject ("The fact that …")', () => {
  it('keeps its main verb', () => {
    const sentence =
      'The fact that the Information Commissioner did not object to the policy when it was consulted in 2022 is relevant but not decisive.';
    const cut = 'The fact that the Information Commissioner did not object to the policy';
    expect(keepsSubjectWithoutVerb(cut, sentence, lexicon(sentence))).toBe(true);
    expect(keepsSubjectWithoutVerb(cut, `${cut}.`, lexicon(sentence))).toBe(false);
  });
});

describe('a title made from a sentence with a connective', () => {
  it('drops the connective ("Accumulated over two years, however, plate reads show …")', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'A single plate read reveals very little.',
          "Accumulated over two years, however, plate reads show the pattern of a person's life: the route to work, regular visits to a clinic or a place of worship, the homes of family and friends.",
        ],
        'Orlo v City of Brennholt',
      ),
      'Accumulated',
    );
    const title = ctx.pointTitle('judgment', [s]);
    expect(title).not.toMatch(/^However/i);
    expect(title).toMatch(/^Plate reads show/);
  });
});
