import { describe, expect, it } from 'vitest';
import { article, contextOf } from '../../../helpers/draftContext';
import { authoredSections } from '../../../../slides/analyze/interview';
import { lexiconOf } from '../../../../slides/draft/clauses';
import { dropArticles, dropAsides, headlineTight } from '../../../../slides/draft/headline';
import { compressionCandidates } from '../../../../slides/draft/compress';
import { withSpeaker } from '../../../../slides/draft/speakers';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { parseByline } from '../../../../slides/import/articleHead';
import { importMarkdown } from '../../../../slides/import/markdown';
import { badOpening, cutsMeaning } from '../../../../slides/draft/titleShape';
import { bottomLine } from '../../../../slides/draft/sections/opening';
import { timelineSlide } from '../../../../slides/draft/sections/timeline';
import { draftDeck } from '../../../../slides/draft';
import type { ImportedArticle } from '../../../../slides/import/types';

/**
 * A debate's sides are their writers' opinions, never the briefing's facts; an article's verdict (said in a
 * heading, a standfirst's "argues our editor", "on balance, we think", a "but" in the headline, "the lesson is
 * simple:") is its bottom line, in words that state it.
 */

const bottom = (source: ImportedArticle) => {
  const ctx = contextOf(source);
  return bottomLine(ctx);
};

const DEBATE = [
  'INTRODUCTION',
  'On 9 April the Vellmark assembly will vote on a plan to close the old harbour to cargo ships and turn its quays into housing.',
  'Supporters say the quays would take 2,400 homes; opponents say the port still pays for itself. We asked two people who know the harbour to make the case.',
  'YES: Ines Carrow, urban economist',
  'The harbour handled 1.2 million tonnes of cargo in 2014 and 0.4 million last year. A port that has lost two thirds of its trade is not an asset but a very expensive car park for cranes.',
  'The quays could take 2,400 homes within eight years, and the city has no other land of that size within walking distance of its centre.',
  'NO: Dunstan Wray, former harbour master',
  'I ran this harbour for eleven years, and I understand why the quays look empty from a flat window. They are empty because the dredging budget was cut in 2019, not because ships stopped wanting to come.',
  'Restore the dredging and the bulk traders will return within two seasons; close the harbour and that trade goes to Osterhaven for good.',
  'CONCLUSION By Marit Lunde',
  'Both of our writers agree that the harbour cannot stay as it is. Where they part is on whether its decline can be reversed.',
  'On balance, we think the assembly should not close the harbour to cargo on 9 April. The stronger course is to restore the dredging for three years and judge the port on what it does with it.',
];

describe('a debate', () => {
  it('reads each side as its writer’s section, up to the next writer’s heading', () => {
    const sections = authoredSections(DEBATE);
    expect(sections?.headings).toEqual(new Set([3, 6, 9]));
    expect(sections?.authors.get(4)).toBe('Ines Carrow');
    expect(sections?.authors.get(8)).toBe('Dunstan Wray');
    expect(sections?.authors.get(11)).toBe('Marit Lunde');
    expect(sections?.authors.has(1)).toBe(false);
    // One writer's headed section is no debate.
    expect(authoredSections(DEBATE.slice(0, 6))).toBeUndefined();
  });

  it("credits each side's claims to its writer, and leaves the byline writer's verdict the article's own", () => {
    const source = { ...article(DEBATE, 'Should Vellmark close its old harbour?'), author: 'Marit Lunde' };
    const ctx = contextOf(source);
    const sentence = (start: string) => ctx.analysis.sentences.find((s) => s.text.startsWith(start))!;
    expect(ctx.speaker(sentence('A port that has lost two thirds'))).toBe('Carrow');
    expect(ctx.speaker(sentence('Restore the dredging'))).toBe('Wray');
    expect(ctx.speaker(sentence('On balance, we think'))).toBeUndefined();
    const { text } = draftDeck(source);
    expect(text).toMatch(/Wray: /);
    expect(text).not.toMatch(/Lunde: /);
  });

  it('titles the bottom line with what "on balance, we think" the article concludes', () => {
    const source = { ...article(DEBATE, 'Should Vellmark close its old harbour?'), author: 'Marit Lunde' };
    expect(bottom(source).title).toBe('Bottom line: The assembly should not close harbour to cargo');
  });
});

const RESULTS = [
  'Corvane Foods reported revenue of $880 million for the second quarter, up 4% on the year, and an operating margin of 9.2%, up from 5.1%.',
  'Orders for the second half fell 11%, and the company cut its volume forecast for the year for the second time.',
  'The margin gains came from closing two plants and trimming the range; demand has not yet followed.',
  'The shares rose 9% on the day.',
];

describe('the verdict, wherever the article states it', () => {
  it('keeps both sides of a headline\'s "but": the first alone says the opposite of the point', () => {
    const source = article(
      RESULTS,
      "Corvane's margins jump as plant closures bite, but its order book tells a weaker story",
    );
    expect(bottom(source).title).toBe('Bottom line: Margins jump, but order book tells weaker story');
  });

  it('takes the claim a standfirst credits to the writer ("…, argues our markets editor")', () => {
    const source = {
      ...article(RESULTS, 'Corvane is cheaper to run, and no easier to sell'),
      standfirst:
        'Second-quarter results beat forecasts on the back of plant closures. The cost cuts matter far less than the orders, argues our markets editor.',
    };
    // Never "The cost cuts matter": the comparison is the claim.
    expect(bottom(source).title).toBe('Bottom line: Cost cuts matter far less than orders');
  });

  it('takes a headline that asks for something over a standfirst that argues only its premise', () => {
    const source = {
      ...article(
        [
          'Fuel duty raised 4.1 billion last year, but the finance ministry expects receipts to fall by two thirds by 2035 as electric cars replace petrol ones.',
          'A charge per kilometre driven is the fairest replacement. It follows the use of the roads rather than the fuel in the tank.',
          'Parliament should legislate this year. Waiting until receipts collapse would make the change far harder.',
        ],
        'Cities should charge drivers by the kilometre',
      ),
      author: 'Mara Quell',
      standfirst:
        "Fuel duty is disappearing as cars go electric, and Estravia's roads need a new way to be paid for, argues Mara Quell.",
    };
    // Never "Fuel duty is disappearing": that is why the writer asks, not what she asks for.
    expect(bottom(source).title).toBe('Bottom line: Cities should charge drivers by the kilometre');
  });

  it('states a headline’s comparison without its verb, less who found it', () => {
    const source = article(RESULTS, 'Plastic fibres far more common below storm drains, river survey finds');
    expect(bottom(source).title).toBe('Bottom line: Plastic fibres far more common below storm drains');
  });

  it('takes a verdict the article puts in a heading', () => {
    const source = article(
      [...RESULTS, 'Our verdict: real savings, borrowed growth', 'The savings are real and will last.'],
      "Corvane's second quarter: what the numbers say",
    );
    expect(bottom(source).title).toBe('Bottom line: Real savings, borrowed growth');
  });

  it('shows what "the practical lesson is simple:" announces, and never titles with the announcement', () => {
    const source = article(
      [
        ...RESULTS,
        'Next time the company offers guidance, investors will discount it. For shareholders, the practical lesson is simple: the recovery is a cost story until orders turn.',
      ],
      "Corvane's second quarter: what the numbers say",
    );
    const slide = bottom(source);
    expect(slide.title).toBe('Bottom line: Recovery is a cost story until orders turn');
    expect(slide.items.map((i) => i.text).join(' ')).not.toMatch(/lesson is simple|Next time/);
  });
});

describe('headline style that keeps the sense', () => {
  const lexicon = lexiconOf('x');
  it('drops a yearly change’s baseline, and keeps the article of a part of a whole', () => {
    expect(headlineTight('Revenue rose 6% from a year earlier to $880 million', lexicon)).toBe(
      'Revenue rose 6% to $880 million',
    );
    expect(dropArticles('Fourteen of the sites were bathing waters')).toBe(
      'Fourteen of the sites were bathing waters',
    );
  });

  it('never opens a title on "next time", and never cuts a noun’s participle from what it says of the noun', () => {
    expect(badOpening('Next time it offers guidance', lexiconOf('Next time it offers guidance'))).toBe(true);
    const source = 'A full closure now would be a bet placed before the harbour trade is known.';
    expect(cutsMeaning('A full closure would be a bet placed', source, lexiconOf(source))).toBe(true);
    const vote = 'We think the assembly should not close the harbour to cargo on 9 April.';
    expect(cutsMeaning('The assembly should not close the harbour to cargo', vote, lexiconOf(vote))).toBe(
      false,
    );
  });
});

describe('a review’s sentences, cut without losing their grammar', () => {
  it('never makes a bullet of the participle phrase after a dash', () => {
    const sentence =
      'Her claim, made in the first chapter and repeated in every other, is that dry towns have not been running out of water so much as running up a debt — drawing down wells, lakes and rivers faster than they refill, and booking the difference as if it were income.';
    const candidates = compressionCandidates(sentence, { lexicon: lexiconOf(sentence), maxWords: 20 });
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.filter((c) => /^Drawing\b/.test(c))).toEqual([]);
  });

  it('never cuts a clause after a colon short, nor a degree before its result', () => {
    const point = 'Her point is structural: so long as farm water is cheap, the books will never balance.';
    expect(cutsMeaning('Her point is structural: so long', point, lexiconOf(point))).toBe(true);
    const taken = 'Holm is so taken with the idea of debt that she lets it explain everything.';
    expect(cutsMeaning('Holm is so taken with the idea of debt', taken, lexiconOf(taken))).toBe(true);
  });

  it('keeps a relative clause whose opening an aside interrupts, and an adjective’s "one" with its article', () => {
    const sentence =
      'Holm is careful not to blame farmers, many of whom, she notes, were paid to plant orchards.';
    expect(dropAsides(sentence, lexiconOf(sentence))).toContain('many of whom');
    expect(dropArticles('It is an uneven book but an important one')).toBe(
      'It is an uneven book but an important one',
    );
  });

  it('names the writer where the pronoun stood, however the sentence goes on', () => {
    expect(withSpeaker('"We did not run out of water," she writes in the closing pages', 'Holm')).toBe(
      '"We did not run out of water," Holm writes in the closing pages',
    );
  });

  it("reads a review's line of the book's details as the page's", () => {
    expect(boilerplateKind('The Dry Years: Rain and Debt by Ana Holm, Quarry & Finch, 320pp, £25')).toBe(
      'bookDetails',
    );
    expect(boilerplateKind('The book runs to 320 pages and argues that water is debt.')).toBeUndefined();
  });
});

describe('what a sentence comes to, and whose it is', () => {
  const turned = (sentence: string) =>
    compressionCandidates(sentence, { lexicon: lexiconOf(sentence), maxWords: 20 });

  it('states the turn of "improved … but remained …" with the subject both verbs share', () => {
    const sentence =
      'Dr Ines Vell, a soil scientist at Harlow College who has followed the trials, said the sensors had improved faster than she expected but remained far from ready to replace field surveys.';
    expect(turned(sentence)).toContain('The sensors remained far from ready to replace field surveys');
    // "far from" is no filler: without "far" the sentence says the opposite.
    expect(turned(sentence).filter((c) => /remained from/.test(c))).toEqual([]);
    // A second verb of saying is the speaker's, not the reported subject's.
    const warned =
      'Vell said the college would consider "any serious offer for the farm," but warned that a year of delay would cost roughly $2 million.';
    expect(turned(warned).join(' | ')).not.toMatch(/^The college warned|\| The college warned/);
  });

  it("titles an expert's judgment with the expert's name", () => {
    const source = article(
      [
        'Nine farms in the valley now trial machines that map soil moisture from the air, up from one in 2021.',
        'Dr Ines Vell, a soil scientist at Harlow College who has followed the trials, said the sensors had improved faster than she expected but remained far from ready to replace field surveys.',
        '"The machines are very good on flat ground," Vell said. "The hillside plots are where a person with a spade is unbeatable."',
      ],
      'Valley farms turn to flying soil sensors',
    );
    const { text } = draftDeck(source);
    expect(text).toMatch(/^## Vell: sensors remained far from ready to replace field surveys$/m);
    expect(text).not.toMatch(/^## The sensors remained far from ready/m);
  });
});

describe('the conclusion a writer labels, and the life an obituary dates', () => {
  it('titles the bottom line with what "Conclusion:" introduces', () => {
    const source = article(
      [
        'Hydro supplies about 45% of our power in a normal winter. This January it supplied 27%.',
        'The cable to Brenna has been out since November, and imports covered none of the demand.',
        'Conclusion: January was a resilience failure more than a fuel-price shock. Fix the redundancy, not just the bills.',
      ],
      'Why did power prices spike in January?',
    );
    expect(bottom(source).title).toBe(
      'Bottom line: January was resilience failure more than fuel-price shock',
    );
  });

  it('never takes a birth date for the conclusion of a life', () => {
    const source = article(
      [
        'Iona Brede, who has died aged 86, was the most consequential chemist the estuary has produced.',
        'Brede was born on 3 May 1938 in Osterhaven, the daughter of a harbour pilot.',
        'Her survey of 1974 proved that the factories upstream were poisoning the seals, and the law that followed cleaned the river within a decade.',
      ],
      'Iona Brede obituary',
    );
    expect(bottom(source).title).not.toMatch(/born/);
    expect(
      bottom(source)
        .items.map((i) => i.text)
        .join(' '),
    ).not.toMatch(/born/);
  });

  it('states a verdict of two comparatives turned by "but"', () => {
    const source = article(RESULTS, 'Later, but fairer: how Corvane should cut its costs');
    expect(bottom(source).title).toBe('Bottom line: Later, but fairer');
  });
});

describe("a report's own summary, and the names over it", () => {
  it('puts the items of a "Key points" list on the bottom line, one from each', () => {
    const source = article(
      [
        'Key points',
        'The fund pays for 4,000 homes a year. That is half what the city needs.',
        'Rents rose 38% in five years while pay rose 17%.',
        'Building 3,300 homes a year would hold rents at a third of pay.',
        'Why the gap opened',
        'The city approved fewer homes every year after 2019, as the planning department lost a third of its staff and every large site waited for roads.',
        'Developers blamed costs; the council blamed developers; renters paid for both.',
      ],
      'Priced out: rents, pay and housing supply in Vessa',
    );
    expect(bottom(source).items.map((i) => i.text)).toEqual([
      'The fund pays for 4,000 homes a year',
      'Rents rose 38% in five years while pay rose 17%',
      'Building 3,300 homes a year would hold rents at a third of pay',
    ]);
  });

  it("reads writers' joined names as the byline, and a live page's rota of writers as the page's", () => {
    expect(parseByline('Tobias Renwick and Amara Felt')).toEqual({ author: 'Tobias Renwick and Amara Felt' });
    expect(parseByline('Rents and pay in Vessa')).toBeUndefined();
    expect(
      boilerplateKind(
        'Hannah Corrigan (now) and Ben Toller (earlier) Last updated: Wed 15 Oct 2025 21.44 BST',
      ),
    ).toBe('liveRota');
    expect(
      boilerplateKind(
        'The Marrow Institute is an independent research charity. Registered charity no. 1187342. This briefing may be reproduced with acknowledgement.',
      ),
    ).toBeUndefined();
  });
});

describe('a timeline of events, not of quotations', () => {
  it('never dates a row by a year inside a quotation', () => {
    const source = article(
      [
        'The council approved the new plan in March 2021, after two years of consultation.',
        'Building started in 2022 on the first of six sites.',
        'Maria Holt, the head of planning, admitted that the forecasts had been wrong. “We planned for the city we were in 2015, not the one we turned into,” she said.',
        'The first homes were finished in 2024, a year late.',
      ],
      'How Vessa fell behind on housing',
    );
    const ctx = contextOf(source);
    const rows = timelineSlide(ctx)?.items.map((i) => i.text) ?? [];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.join(' | ')).not.toMatch(/2015/);
  });
});

describe('who makes a point, and the point they make', () => {
  it('credits the subject, not a name inside the relative clause about them', () => {
    const source = article(
      [
        'The Dry Years argues that cities treat their aquifers as income. Holm backs a steep tariff for heavy users.',
        'The hydrologist Femi Adaralegbe, whom Holm quotes approvingly elsewhere, warns in a footnote that "a price signal is only a signal to those who can afford to hear it."',
        'Priya Lindqvist, who covers the utilities at Harrowgate Securities, said the two halves of the plan should be read separately.',
      ],
      'Borrowing from the ground',
    );
    const ctx = contextOf(source);
    const speakerOf = (start: string) =>
      ctx.speaker(ctx.analysis.sentences.find((x) => x.text.startsWith(start))!);
    expect(speakerOf('The hydrologist')).toBe('Adaralegbe');
    expect(speakerOf('Priya Lindqvist')).toBe('Lindqvist');
  });

  const kardan =
    'Ilse Kardan, who leads the Confederation of Corvenian Trade Unions, has made the point more memorably: “A bricklayer’s back does not get younger because a spreadsheet says it should.”';

  it('credits a quotation to the person who makes the point, not the unions she leads', () => {
    const source = article(
      ['Manual workers start work earlier and leave it sooner through ill health.', kardan],
      'Later, but fairer: how Corvenia should reform its pensions',
    );
    const ctx = contextOf(source);
    const s = ctx.analysis.sentences.find((x) => x.text.startsWith('Ilse Kardan'))!;
    expect(ctx.speaker(s)).toBe('Kardan');
    expect(ctx.bulletText(s)).toBe(
      'Kardan: "A bricklayer’s back does not get younger because a spreadsheet says it should"',
    );
  });
});

describe('a graded adjective, and a dek set in bold', () => {
  it('keeps the adjective "most" grades when headline style drops stacked adjectives', () => {
    const text = 'Brede was the most consequential marine chemist the estuary has produced';
    expect(headlineTight(text, lexiconOf(text))).toBe(text);
  });

  it('reads a bold line under the headline as the standfirst', () => {
    const imported = importMarkdown(
      [
        '# Iona Brede obituary',
        '',
        '**Marine chemist who proved the factories were poisoning the seals, and never quite forgave the river**',
        '',
        'By Pell Anselm',
        '',
        'Iona Brede, who has died aged 86, was the most consequential chemist the estuary has produced.',
        '',
        'Her survey of 1974 proved that the factories upstream were poisoning the seals.',
      ].join('\n'),
    );
    expect(imported.standfirst).toMatch(/^Marine chemist who proved/);
    expect(imported.paragraphs[0]).toMatch(/^Iona Brede, who has died/);
  });
});

describe("a release's headline, and a headline's verbless clause", () => {
  it('reads "CCA blocks …" as a headline verb after a name', () => {
    const source = article(
      RESULTS,
      "CCA blocks Halbrook's €1.6 billion takeover of Provend over higher grocery prices",
    );
    expect(bottom(source).title).toBe("Bottom line: CCA blocks Halbrook's €1.6 billion takeover of Provend");
  });

  it('never cuts a verbless clause after a comma before what it says of its noun', () => {
    const headline = 'Red warning ends after 104mph gusts, 71,000 homes still without power';
    expect(
      cutsMeaning('Red warning ends after 104mph gusts, 71,000 homes', headline, lexiconOf(headline)),
    ).toBe(true);
  });
});
