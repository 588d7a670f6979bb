import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { draftDeck } from '../../../../slides/draft';
import { lexiconOf } from '../../../../slides/draft/clauses';
import { compressSentence } from '../../../../slides/draft/compress';
import { dropAsides, headlineTight, statesPoint } from '../../../../slides/draft/headline';
import { interviewShape } from '../../../../slides/analyze/interview';
import { missingSpeaker } from '../../../../slides/check/textRules';
import { PlanContext } from '../../../../slides/draft/planContext';
import { statesThesis } from '../../../../slides/draft/select';
import { cutsMeaning } from '../../../../slides/draft/titleShape';
import { parseDeck } from '../../../../slides/format/parse';
import { wordsOf as checkWords } from '../../../../slides/check/words';

/** Slides show the points their notes say, and the cuts that make room for them keep what the source says. */

const bulletsOf = (body: string) =>
  body
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) =>
      line
        .replace(/<!--[\s\S]*?-->/g, '')
        .slice(2)
        .trim(),
    );

describe('asides that are not asides', () => {
  it('keeps the predicate that resumes after a subordinate aside, and a noun after stacked adjectives', () => {
    const cost = 'The replacement, when it finally opened in 2024, cost £2.3 million';
    expect(dropAsides(cost, lexiconOf(cost))).toBe(cost);
    const wider = 'An independent review recommends a wider, lower embankment';
    expect(dropAsides(wider, lexiconOf(wider))).toBe(wider);
    // A closing aside with no verb and no figure still goes.
    const aside = 'The council closed the bridge, in the end';
    expect(dropAsides(aside, lexiconOf(aside))).toBe('The council closed the bridge');
  });
});

describe('cuts a bullet or title may not make', () => {
  it('refuses a cut after the first item of a series, or before the contrast the sentence turns on', () => {
    const series =
      'The current system asks younger people, renters and those on low incomes to subsidise the parking of wealthier households.';
    expect(cutsMeaning('The current system asks younger people', series, lexiconOf(series))).toBe(true);
    const contrast =
      'A boiler should be replaced when replacing it is better, not because the manufacturer stopped making a spare part.';
    expect(
      cutsMeaning('A boiler should be replaced when replacing it is better', contrast, lexiconOf(contrast)),
    ).toBe(true);
    const whileRot = 'A council can report a balanced budget while its buildings quietly rot.';
    expect(cutsMeaning('A council can report a balanced budget', whileRot, lexiconOf(whileRot))).toBe(true);
    // A whole clause cut before an aside is still fine.
    const whole = 'The bank cut its main rate to 4%, the first cut in two years.';
    expect(cutsMeaning('The bank cut its main rate to 4%', whole, lexiconOf(whole))).toBe(false);
  });

  it('titles nothing with what the author says is not the point', () => {
    const title = 'The point is not that we should never replace things';
    expect(statesPoint(title, lexiconOf(title))).toBe(false);
  });

  it("never gives an organisation's name to a group the sentence names itself", () => {
    const source = article(
      [
        'A tanker ran aground off the Danish coast in March.',
        'The Danish Defence Command said the ship had been detained. Danish officials have argued for months that the rules written for a different era leave coastal states exposed.',
      ],
      'Grounded tanker exposes gaps in oversight',
    );
    const { ctx, s } = sentenceIn(source, 'Danish officials');
    expect(ctx.bulletText(s)).toMatch(/^Danish officials argued/);
  });
});

describe('the thesis an essay announces', () => {
  it('reads the sentence after "My argument is simple." as the thesis, and puts it on the bottom line', () => {
    const paragraphs = [
      'On a wet morning in October 2022, a footbridge in the market town of Hollinby was closed with a padlock. The repair would have cost perhaps £60,000 if done in 2012. The replacement, when it finally opened in 2024, cost £2.3 million.',
      'My argument in this essay is simple. Maintenance is the most undervalued activity in modern economic life. We neglect it because it is invisible and because our institutions reward novelty.',
      'Councils protect new projects in lean years and cut maintenance budgets first. A survey estimated that English councils face a backlog of deferred maintenance worth about £16 billion. Roads account for more than two thirds of it.',
      'Households pay too. The share of appliances repaired fell from about 40 percent in the early 1990s to below 20 percent by 2020. Spare parts are often unavailable or overpriced.',
      'The good news is that the habit is not fixed. What one generation learned, another can learn again.',
    ];
    const source = article(paragraphs, 'A country that cannot fix things cannot keep them');
    const analysis = analyzeArticle(source);
    const ctx = new PlanContext(source, analysis);
    const thesis = analysis.sentences.filter((s) => statesThesis(s, ctx.byRef)).map((s) => s.text);
    expect(thesis).toEqual(['Maintenance is the most undervalued activity in modern economic life.']);
    const { deck } = parseDeck(draftDeck(source).text);
    expect(bulletsOf(deck.slides[1]?.body ?? '')[0]).toBe(
      'Maintenance is the most undervalued activity in modern economic life',
    );
    // The opening's figures reach its slide, though they close a narrative lede.
    const all = deck.slides.map((s) => s.body.replace(/<!--[\s\S]*?-->/g, '')).join('\n');
    expect(all).toContain('The replacement, when it opened in 2024, cost £2.3 million');
    expect(all).toContain('£60,000');
  });
});

describe('quotations, numbered lists and studies', () => {
  const science = article(
    [
      'Older adults who took short naps showed slower memory decline over eight years, a study of 3,184 people found.',
      '"What surprised us was how clear the pattern was," said Dr Miriam Osei-Bonsu, the lead author. "A short nap seems to be associated with better outcomes. A long nap seems to be associated with worse ones. It is not that sleep during the day is good or bad."',
      'Every two years, participants also completed a standard battery of memory and thinking tests, including tasks that asked them to recall word lists. The difference was roughly equivalent, the authors estimate, to about 1.7 years of age-related memory loss.',
      'Professor Thakkar pointed out that people who are able to take a brief, controlled nap may differ from others in ways the study could not capture.',
      'The study was funded by the National Council for Ageing Research. Two of the authors reported receiving consulting fees from a company that makes sleep trackers.',
    ],
    'Short naps linked to slower memory decline, study finds',
  );

  it('gives the middle of a quotation its speaker, and titles nothing with quoted words alone', () => {
    const { ctx, s: middle } = sentenceIn(science, 'A long nap');
    expect(ctx.speaker(middle)).toBe('Osei-Bonsu');
    expect(ctx.bulletText(middle)).toBe('Osei-Bonsu: "A long nap seems to be associated with worse ones"');
    const { deck } = parseDeck(draftDeck(science).text);
    for (const slide of deck.slides) {
      const title = /^## (.+)$/m.exec(slide.body)?.[1] ?? '';
      if (/long nap seems/i.test(title)) expect(title).toContain('Osei-Bonsu');
    }
  });

  it('never cuts a compound, a coordinated modifier or a clause past a reporting aside', () => {
    const tests = science.paragraphs[2] ?? '';
    const lex = lexiconOf(tests);
    expect(
      cutsMeaning('Every two years, participants completed a standard battery of memory', tests, lex),
    ).toBe(true);
    expect(cutsMeaning('The difference was roughly equivalent', tests, lex)).toBe(true);
    const { ctx, s: thakkar } = sentenceIn(science, 'Professor Thakkar');
    // "a brief, controlled nap": the comma between adjectives opens no aside.
    expect(ctx.bulletText(thakkar)).toContain('a brief, controlled nap may differ from others');
  });

  it('puts no disclosure on the bottom line, and quotes a numbered item without its number', () => {
    const { deck } = parseDeck(draftDeck(science).text);
    expect(deck.slides[1]?.body).not.toMatch(/funded by|consulting fees/);
    const brief = article(
      [
        'Transmission, not generation, should get the next dollar of clean-energy money, because grid connection is now the bottleneck.',
        'Connection queues hold projects for seven years on average. Curtailment in some zones exceeds 10% of output.',
        'I recommend five steps.',
        '1. Phase down production incentives for mature technologies where unsubsidised prices are already competitive.',
        '2. Give a single national authority the power to approve major lines, with a binding deadline of two years.',
        'The next dollar belongs to the grid.',
      ],
      'The wires come first',
    );
    const text = draftDeck(brief).text;
    expect(text).not.toMatch(/^## \d+\./m);
    expect(text).not.toMatch(/¶\d+: "\d+\. /);
  });
});

describe("a speaker's words", () => {
  it('keeps every word inside quotation marks, dropping asides only outside them', () => {
    const source = article(
      [
        'Doctors say the effects of the closure go beyond emergencies.',
        'Dr Priya Ramaswamy, who runs a family practice on Main Street, said several of her patients had missed appointments. "Older patients, people without a reliable car, people who can\'t take a day off work," she said.',
      ],
      'A valley town loses its hospital',
    );
    const { ctx, s } = sentenceIn(source, '"Older patients');
    expect(ctx.bulletText(s)).toContain(
      '"Older patients, people without a reliable car, people who can\'t take a day off work,"',
    );
  });
});

describe('a Q&A with unlabelled answers', () => {
  const answer = (topic: string) =>
    `Because every option we had on ${topic} involved telling people something that was not true, and we decided early on that we would rather lose a vote than win one that way. That took two years of public meetings, forty of them, in every part of the town, and a good deal of patience from everybody involved.`;
  const paragraphs = [
    'Wendlow Bay is the first town in the country to vote to relocate hundreds of homes inland.',
    'Ines Calloway, a former marine engineer who has been mayor since 2019, led the yes campaign. We spoke in her office above the harbour, which will be one of the last buildings to move.',
    'You have called the relocation the only honest option. Why honest?',
    answer('the sea wall'),
    'What changed minds?',
    answer('the cliffs'),
    'Critics say you have declared half the town worthless.',
    answer('mortgages'),
    'Who pays?',
    answer('money'),
  ];

  it('reads the questions as the interviewer’s, statements addressed to "you" included, and the rest as answers', () => {
    const shape = interviewShape(paragraphs);
    expect(shape && [...shape.questions].sort()).toEqual([2, 4, 6, 8]);
    expect(shape && [...shape.answers].sort()).toEqual([3, 5, 7, 9]);
    // An essay's rhetorical questions inside its paragraphs make no interview.
    expect(interviewShape(paragraphs.filter((_, i) => ![2, 4, 6, 8].includes(i)))).toBeUndefined();
  });

  it('credits the answers to the person the headline names, and titles the bottom line with its quotation', () => {
    const source = article(paragraphs, '"The sea does not negotiate": Mayor Ines Calloway on moving a town');
    const { text } = draftDeck(source);
    expect(text).toMatch(/^## Bottom line: Calloway: The sea does not negotiate$/m);
    expect(text).not.toMatch(/^## .*(?:Critics say you|Who pays)/m);
    expect(text).toMatch(/Calloway/);
  });
});

describe('what a verb, a noun and a title count need', () => {
  it('refuses a verb cut from its object, and keeps "their" before "own"', () => {
    const src =
      'Two of the big lenders had quietly stopped offering new mortgages on the northern streets well before the vote.';
    expect(cutsMeaning('Two of the big lenders stopped offering', src, lexiconOf(src))).toBe(true);
    const own = 'Shareholders will have their own say next month';
    expect(headlineTight(own, lexiconOf(own))).toBe(own);
    expect(missingSpeaker(own, undefined)).toBeUndefined();
  });
});

describe('lists, headlines and figures a cut must respect', () => {
  const compress = (sentence: string, maxWords = 14, keep: string[] = []) =>
    compressSentence(sentence, { maxWords, keep, lexicon: lexiconOf(sentence) });

  it('drops no item of a list as if it were an aside, and leaves no stranded word after a comma', () => {
    expect(
      compress(
        'Eastmarch is a largely rural region of 1.21 million people, served by one integrated care board, two county councils and five acute hospital trusts.',
      ),
    ).not.toMatch(/people two county/);
    expect(
      compress(
        'Waiting for a care home place accounted for 24 per cent, waiting for an assessment by social care staff 17 per cent, disagreements involving family choice 8 per cent, and other reasons 5 per cent.',
      ),
    ).not.toMatch(/24 per cent disagreements/);
    expect(
      compress(
        "Brenna Holt took over the Port of Saltmarsh, the third-busiest container port on Britain's east coast, in January 2021, weeks after a computer failure left 40 ships waiting offshore.",
        20,
        ['January 2021'],
      ),
    ).not.toMatch(/, weeks$/);
  });

  it('titles the bottom line with a headline\'s future ("X to cut 1,150 jobs") cut at its join', () => {
    const source = article(
      [
        'Halvorsen Marine said on Thursday it would cut 1,150 jobs and close its oldest yard after reporting a sharp fall in half-year profit.',
        'Pre-tax profit dropped to £38 million in the six months to September, from £79 million a year earlier. The operating margin narrowed to 4.1 per cent.',
        'The company said restructuring would cost about £64 million. A further 280 roles will go at its headquarters.',
        'Shareholders will have their own say next month, when they vote on the sale of the yard.',
      ],
      'Halvorsen Marine to cut 1,150 jobs as quarterly profit halves',
    );
    const { text } = draftDeck(source);
    expect(text).toMatch(/^## Bottom line: Halvorsen Marine to cut 1,150 jobs$/m);
    // A company is no person: its name is not shortened to "Marine".
    expect(text).not.toMatch(/(?:^|[^n] )Marine said/m);
    // "half-year" holds no figure.
    expect(text).not.toMatch(/\*\*half\*\*/);
  });
});

describe('a title that would copy eight words', () => {
  it('drops its leading article, headline style, where two words or more stand before the verb', () => {
    const source = article(
      [
        'Halvorsen Marine reported a sharp fall in profit.',
        'The operating margin narrowed to 4.1 per cent from 7.8 per cent in the same period last year, which the group blamed on higher steel costs.',
      ],
      'Halvorsen Marine profit falls',
    );
    const { ctx, s } = sentenceIn(source, 'The operating margin');
    expect(ctx.headlineTitle(s, 10)).toBe('Operating margin narrowed to 4.1 per cent');
  });
});

describe('names with titles, and objects coordinated', () => {
  it('reads "State Senator Carla Whitfield" as a person, called Whitfield', () => {
    const source = article(
      [
        'The unit is losing money, its owner says.',
        'State Senator Carla Whitfield, a Republican whose district includes the county, said Medicaid rates for deliveries had not kept pace with costs. "This is a payment problem," she said.',
      ],
      'A river town fights for its maternity ward',
    );
    const { ctx, s } = sentenceIn(source, 'State Senator');
    expect(ctx.people).toContain('Carla Whitfield');
    expect(ctx.bulletText(s)).toMatch(/^Whitfield said/);
  });

  it('refuses a cut that drops the objects coordinated with the last, but not a clause of its own', () => {
    const src =
      'The closure would leave Harlan County and two neighboring counties without a place to give birth.';
    expect(cutsMeaning('The closure would leave Harlan County', src, lexiconOf(src))).toBe(true);
    const clause = 'Inflation fell to 4% in January and wages rose by 6%.';
    expect(cutsMeaning('Inflation fell to 4% in January', clause, lexiconOf(clause))).toBe(false);
  });
});

describe('a bullet whose main verb was cut', () => {
  it('is refused when its only verbs are inside a relative clause', () => {
    const source = article(
      [
        'Halvorsen Marine will close its Port Idris yard.',
        'Regional officials in the Carrow district, where unemployment already stands at 6.8 per cent against a national average of 4.3 per cent, called for an urgent meeting with the company and ministers.',
      ],
      'Halvorsen Marine to close a yard',
    );
    const { ctx, s } = sentenceIn(source, 'Regional officials');
    const bullet = ctx.bulletText(s);
    expect(ctx.longBullet(s) || /called for/.test(bullet)).toBe(true);
  });
});

describe('headline verbs, reporting asides and second objects', () => {
  it('reads the verb of a headline the tagger takes for a noun', () => {
    const source = article(
      [
        'The central bank raised its benchmark rate by half a point on Thursday, to 5.75%, its highest level since 2009.',
        'The decision was larger than most analysts had expected.',
        'Mortgage holders face higher payments.',
      ],
      'Vestrian central bank lifts rates to 5.75% as inflation refuses to cool',
    );
    expect(draftDeck(source).text).toMatch(/^## Bottom line: Vestrian central bank lifts rates to 5\.75%$/m);
  });

  it('refuses a cut after a reporting aside, or before a second object', () => {
    const aside =
      "A 5% reduction in flow, Kessaria's irrigation ministry has estimated, would cut farm output by a tenth.";
    expect(
      cutsMeaning(
        "A 5% reduction in flow, Kessaria's irrigation ministry has estimated",
        aside,
        lexiconOf(aside),
      ),
    ).toBe(true);
    const object = 'Fund agreements that pay host towns and landowners an annual share of line revenues.';
    expect(cutsMeaning('Fund agreements that pay host towns and landowners', object, lexiconOf(object))).toBe(
      true,
    );
  });
});

describe('series, conditions and chronology dashes', () => {
  const compress = (sentence: string, maxWords = 14) =>
    compressSentence(sentence, { maxWords, lexicon: lexiconOf(sentence) });

  it('keeps a series whose items repeat their preposition, and cuts no condition from its clause', () => {
    expect(
      compress(
        'Lists are useful for groceries, for packing before a trip, for the steps of a complicated recipe.',
        10,
      ),
    ).not.toBe('Lists are useful for groceries for the steps of a complicated recipe');
    const fear =
      'Kessarian officials fear that if the reservoir is filled too quickly, downstream farms will lose a season of water.';
    expect(
      cutsMeaning(
        'Kessarian officials fear that if the reservoir is filled too quickly',
        fear,
        lexiconOf(fear),
      ),
    ).toBe(true);
    const spent = 'Governments have spent years negotiating the rules for filling the dam.';
    expect(cutsMeaning('Governments have spent years', spent, lexiconOf(spent))).toBe(true);
  });

  it('drops the dash after a chronology date from its timeline row, and never titles with half a subject', () => {
    const source = article(
      [
        'Two neighbours are quarrelling over a dam on the river they share, and the talks have failed again.',
        '1931 – A colonial-era water agreement allocates most of the river’s flow to Kessaria.',
        '2011 – Aldoria lays the foundation stone of the Great Tessin Dam.',
        '2019 – Talks mediated by the regional development bank break down.',
        'The next round of talks is due in the autumn.',
      ],
      'Why Aldoria and Kessaria are fighting over the Tessin River dam',
    );
    const { text } = draftDeck(source);
    expect(text).not.toMatch(/\*\* — [–—-]/);
    expect(text).not.toMatch(/^## Bottom line: And /m);
  });
});

describe('the opening slide', () => {
  it('is made only when the opening has something a bullet can say, and titles count as the check counts', () => {
    const source = article(
      [
        'Halvorsen Marine said on Thursday it would cut 1,150 jobs and close its oldest yard after reporting a sharp fall in half-year profit, as delays on two ferry contracts and rising steel costs squeezed margins.',
        'Pre-tax profit dropped to £38 million in the six months to September, from £79 million a year earlier. The operating margin narrowed to 4.1 per cent.',
        'The company said restructuring would cost about £64 million. A further 280 roles will go at its headquarters.',
        'Shareholders will vote on the sale of the yard next month.',
      ],
      'Halvorsen Marine to cut 1,150 jobs as quarterly profit halves',
    );
    const pipeline = article(
      [
        'Automatic retries hid our flaky tests for two years.',
        'The pipeline runs about 9,200 times a month across branches and merges. Each run takes about twelve minutes.',
        'After fourteen months of tracking, flaky failures fell from 2.7% to 0.4% of runs.',
      ],
      'Retries hide flaky tests',
    );
    const { ctx, s: runs } = sentenceIn(pipeline, 'The pipeline runs');
    const title = ctx.headlineTitle(runs, 10, [], true);
    if (title) expect(checkWords(title).length).toBeLessThanOrEqual(10);
    const { deck } = parseDeck(draftDeck(source).text);
    for (const slide of deck.slides) {
      const title = /^## (.+)$/m.exec(slide.body)?.[1] ?? '';
      expect(checkWords(title.replace(/^[^:]+: /, '')).length, title).toBeLessThanOrEqual(10);
      for (const b of bulletsOf(slide.body)) expect(checkWords(b).length, b).toBeLessThanOrEqual(20);
    }
  });
});
