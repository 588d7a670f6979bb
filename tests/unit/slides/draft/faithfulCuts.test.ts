import { describe, expect, it } from 'vitest';
import { contextOf } from '../../../helpers/draftContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { draftDeck } from '../../../../slides/draft';
import { endsCleanly, isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import { afterColon, compressionCandidates, compressSentence } from '../../../../slides/draft/compress';
import { introducedQuote } from '../../../../slides/draft/speakers';
import { cutsMainVerb, wellShaped } from '../../../../slides/draft/titleShape';
import { headlineTight, statesPoint } from '../../../../slides/draft/headline';
import { groupSpeaker } from '../../../../slides/check/speaker';
import { parseDeck } from '../../../../slides/format/parse';
import type { ImportedArticle } from '../../../../slides/import/types';
import { findFigures } from '../../../../slides/analyze/figures';
import { eventDateOf } from '../../../../slides/analyze/dates';
import { leadSentence } from '../../../../slides/draft/select';

/** Shortening never changes what a sentence says: cuts that would, and speakers that cuts would lose. */

const article = (paragraphs: string[], title = 'Our move off hosted CI runners'): ImportedArticle => ({
  title,
  paragraphs,
  format: 'md',
  warnings: [],
});

function compress(sentence: string, maxWords = 14, keep: string[] = []): string {
  return compressSentence(sentence, { maxWords, keep, lexicon: lexiconOf(sentence) });
}

/** A context over a small article, and the sentence of it that starts with `start`. */
function sentenceIn(paragraphs: string[], start: string) {
  const source = article(paragraphs);
  const ctx = contextOf(source);
  const s = ctx.analysis.sentences.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starts with ${start}`);
  return { ctx, s };
}

describe('cuts that would change the meaning', () => {
  it('keeps the end of a range with its start', () => {
    const bullet = compress(
      'Since the new control room opened in the spring of last year, the share of ships berthing within two hours of their planned slot has risen from 61 percent to 88 percent.',
      9,
      ['61 percent'],
    );
    expect(bullet).toContain('to 88 percent');
  });

  it('does not drop the last item of a series', () => {
    const bullet = compress(
      'Within a month we chose to replace the software, hire our own engineers and build a backup control room.',
      12,
    );
    expect(bullet).not.toMatch(/hire our own engineers$/);
  });

  it('drops a relative aside that holds a list whole, not half of it', () => {
    const bullet = compress(
      'Core inflation, which strips out energy, food, alcohol and tobacco, eased to 5.1% from 5.5% in January, suggesting that the slowdown is spreading.',
      12,
      ['5.1%'],
    );
    expect(bullet).toBe('Core inflation eased to 5.1% from 5.5% in January');
  });

  it('keeps an aside that the words after it lean on', () => {
    const relative = compress(
      'Gross fixed capital formation dropped by 4.4%, dragged down by construction, where high borrowing costs have choked off new projects.',
      12,
      ['4.4%'],
    );
    expect(relative).not.toMatch(/4\.4% where/);
    const appositive = compress(
      'Labour productivity grew by just 2.1 percent per annum over the past three years, according to calculations by Vistula Bank, a Warsaw lender.',
      16,
      ['2.1 percent'],
    );
    expect(appositive).not.toMatch(/years a Warsaw lender/);
  });

  it('keeps every item of a series and leaves no stray comma', () => {
    const series = compress(
      'We offered a guarantee of no compulsory redundancies until 2030, retraining for every docker who wants it, and a share of the gains paid as a bonus.',
      12,
    );
    expect(series).not.toMatch(/2030 and a share/);
    const aside = compress(
      'After the victory over Armenia, Azerbaijani officials, starting with President Ilham Aliyev, ratcheted up irredentist rhetoric laying claims on Iranian territories.',
      14,
    );
    expect(aside).not.toContain(',,');
    expect(aside).toMatch(/^Azerbaijani officials ratcheted up irredentist rhetoric/);
  });

  it('takes one clause of a coordination as a bullet, joins and all', () => {
    const bullet = compress(
      'We now run our builds on six rented bare-metal servers in a data centre in Frankfurt, our monthly CI cost has fallen from about 21,000 dollars to about 8,400 dollars, and our median build is faster than it was.',
      14,
      ['about 21,000 dollars', 'about 8,400 dollars'],
    );
    expect(bullet).toBe('Our monthly CI cost has fallen from about 21,000 dollars to about 8,400 dollars');
    // A list subject is no coordination of clauses.
    const subject = compress(
      "Residents' permit schemes, sensible charging and enforcement can protect existing neighbours more precisely than a blanket rule on new construction.",
      14,
    );
    expect(subject).not.toMatch(/^Sensible charging/);
  });

  it('does not title a slide with a subject cut from its verb', () => {
    const source =
      'Every hour we spent fixing race conditions would have paid off on the hosted service too.';
    expect(cutsMainVerb('Every hour we spent fixing race conditions', source, lexiconOf(source))).toBe(true);
    expect(cutsMainVerb('Every hour we spent would have paid off', source, lexiconOf(source))).toBe(false);
  });

  it('refuses titles cut before what says which ones, the rest of a series or the terms of a comparison', () => {
    const shaped = (title: string, source: string) => wellShaped(title, source, lexiconOf(source));
    const tax =
      'In effect, the rules impose a hidden tax on people who walk, cycle or take the bus, and they tend to be poorer.';
    expect(shaped('The rules impose a hidden tax on people', tax)).toBe(false);
    expect(shaped('The rules impose a hidden tax on people who walk, cycle', tax)).toBe(false);
    const market =
      'The market turned out to be better at judging demand than a table in a planning manual drawn up long ago.';
    expect(shaped('The market turned out to be better', market)).toBe(false);
    expect(shaped('The market turned out to be better at judging demand', market)).toBe(true);
    const there = 'Developers there did not stop building parking; they built less of it.';
    expect(shaped('Developers there did not stop building parking', there)).toBe(false);
    const cities = 'A number of cities that have dropped their minimums have not collapsed into chaos.';
    expect(shaped('A number of cities that dropped minimums', cities)).toBe(false);
  });

  it('keeps "just", "largely" and a passive\'s "are" where cutting them leaves a fragment', () => {
    expect(endsCleanly('A parking space is not free just')).toBe(false);
    const sealed =
      'Today, many machines are designed with sealed drums, so that a failed bearing means a new tub.';
    expect(headlineTight('Many machines are designed with sealed drums', lexiconOf(sealed))).toBe(
      'Many machines are designed with sealed drums',
    );
    const brokered = 'The ceasefire was brokered by Qatar in May.';
    expect(headlineTight('The ceasefire was brokered by Qatar in May', lexiconOf(brokered))).toBe(
      'The ceasefire brokered by Qatar in May',
    );
  });

  it('reads "its oil needs" and "is due to meet" as whole clauses', () => {
    const needs = 'Azerbaijan supplies Israel with about 40 percent of its oil needs.';
    expect(isComplete(needs, lexiconOf(needs))).toBe(true);
    const meet = "Ridgeline's board is due to meet on April 17.";
    expect(isComplete("Ridgeline's board is due to meet", lexiconOf(meet))).toBe(true);
    const cut = 'The bank says it will cut rates.';
    expect(isComplete('The bank says it will cut', lexiconOf(cut))).toBe(false);
  });
});

describe('what a colon joins', () => {
  it("says what follows a title's colon, its pronoun named", () => {
    expect(
      afterColon(
        'Of the two, Azerbaijan is a far more important partner for Israel: it supplies Israel with about 40 percent of its oil needs.',
        { maxWords: 20 },
      ),
    ).toBe('Azerbaijan supplies Israel with about 40 percent of its oil needs');
    expect(afterColon('The reasons are simple: cost.', { maxWords: 20 })).toBeUndefined();
  });

  it('gives the elaboration as the first bullet under the title it completes', () => {
    const source = article(
      [
        'Azerbaijan will not join an oil embargo on Israel, whatever Tehran asks of it.',
        'Of the two, Azerbaijan is a far more important partner for Israel: it supplies Israel with about 40 percent of its oil needs. In exchange, Azerbaijan receives billions of dollars of advanced weaponry from Israel. Pro-Israeli groups in Washington lobby for Baku.',
        'Iran objected to the corridor that Baku planned through Armenian territory. Tehran feared losing its border with Armenia.',
      ],
      "Why Azerbaijan won't join Iran's oil embargo",
    );
    const { text } = draftDeck(source);
    const slide = parseDeck(text).deck.slides.find((s) => /^## .*partner for Israel/m.test(s.body));
    expect(slide?.body).toMatch(/^- Azerbaijan supplies Israel with about 40 percent of its oil needs/m);
  });

  it('credits a quotation introduced by a colon to its speaker', () => {
    expect(
      introducedQuote(
        'Liam Carver, the union secretary, put it more sharply at the time: "Robots do not buy houses in Saltmarsh."',
      ),
    ).toBe('Robots do not buy houses in Saltmarsh');
    // The part before the colon makes a claim the quotation only qualifies.
    expect(
      introducedQuote(
        'Mei now says the move was the right call, with one condition: "As long as we never run it."',
      ),
    ).toBeUndefined();
    const { ctx, s } = sentenceIn(
      [
        'Liam Carver, the regional secretary of the dockers union, put it more sharply at the time: "Robots do not buy houses in Saltmarsh."',
      ],
      'Liam Carver',
    );
    expect(ctx.bulletText(s)).toBe('Carver: "Robots do not buy houses in Saltmarsh"');
  });
});

describe('who says so', () => {
  it('does not take "added" with an object for a verb of saying', () => {
    const { ctx, s } = sentenceIn(
      [
        'Between 2021 and 2023 our test minutes grew by roughly 70 percent a year, mostly because we added end-to-end tests that launch a browser.',
      ],
      'Between',
    );
    expect(ctx.longBullet(s)).toBe(false);
    const added = sentenceIn(
      ['Mei Tanaka runs our developer group.', 'She added that the bill would fall again next year.'],
      'She added',
    );
    expect(added.ctx.speaker(added.s)).toBe('Tanaka');
  });

  it('credits a promise quoted in a sentence to the one person it names, not to the last expert quoted', () => {
    const { ctx, s } = sentenceIn(
      [
        '"Both capitals like to say this is about history," said Jonas Ekberg, a maritime law specialist. "It is really about gas."',
        'Marenia\'s prime minister, Tomas Varen, came to power in 2025 partly on a promise to "never surrender one stone of Brannoch", and his coalition depends on a party that has threatened to leave if he concedes on sovereignty.',
      ],
      "Marenia's prime minister",
    );
    expect(ctx.speaker(s)).toBe('Varen');
    expect(ctx.referent(s)).toBe('Varen');
  });

  it('names a group speaking in an aside', () => {
    expect(groupSpeaker('The main risk to the disinflation story, analysts say, is wages.')).toBe('Analysts');
    expect(groupSpeaker('The main risk, some say, is wages.')).toBeUndefined();
  });

  it('knows a person the article calls by first name', () => {
    const { ctx, s } = sentenceIn(
      [
        'My colleague Mei Tanaka, who runs our developer experience group, was sceptical of the move.',
        'Mei, for the record, now says the move was the right call, with one condition: "As long as we never run our own Kubernetes for it."',
      ],
      'Mei, for',
    );
    expect(ctx.speaker(s)).toBe('Tanaka');
    expect(ctx.spoken(s)).toMatch(/^Mei Tanaka, for the record/);
    expect(ctx.bulletText(s)).not.toMatch(/Tanaka: Mei/);
  });
});

describe('figures and claims', () => {
  it("takes neither a rate's base nor a section's number for a figure", () => {
    const rate = findFigures('Morvania trains about 7.4 nurses per 10,000 inhabitants each year.', 'p1.s1');
    expect(rate.map((f) => f.text)).toEqual(['about 7.4']);
    const sections = findFigures('Sections 4 and 5 assess the two main sources of new nurses.', 'p1.s1');
    expect(sections).toEqual([]);
    const range = findFigures('The gap will widen to between 17,000 and 21,000 by 2035.', 'p1.s1');
    expect(range.map((f) => f.text)).toContain('21,000');
  });

  it("reads a figure's 'their' as the clause's own subject, and credits who warned of it", () => {
    const [third] = findFigures(
      'The Local Government Association has warned that councils have lost around a third of their environmental health staff since 2012.',
      'p1.s1',
      ['Local Government Association'],
    );
    expect(third?.measures).toBe("councils' environmental health staff");
    expect(third?.source).toBe('the Local Government Association');
  });

  it('never titles a slide with a number cut from what it counts', () => {
    const source =
      'On that basis, the public system needs about 70,300 full-time-equivalent registered nurses.';
    expect(wellShaped('The public system needs about 70,300', source, lexiconOf(source))).toBe(false);
    const by = 'The gap will reach about 21,000 by 2035, the report says.';
    expect(wellShaped('The gap will reach about 21,000', by, lexiconOf(by))).toBe(true);
  });

  it("titles a unit with the article's own statement of its thesis", () => {
    const unit = analyzeArticle(
      article([
        'Nurses are the largest profession in the health system.',
        'Agency and overtime spending reached €612 million, nearly three times its 2018 level. This report argues that the shortage is not mainly a training problem. Morvania trains more nurses per head than the European average.',
        'The staffing standard should be extended to every acute ward by 2028.',
      ]),
    ).sentences.filter((s) => s.paragraph === 2);
    expect(leadSentence(unit)?.text).toMatch(/^This report argues/);
  });
});

describe('what a slide states', () => {
  it('never takes a question for a bullet or a title', () => {
    const { ctx, s } = sentenceIn(
      [
        'Carrow already has four council car parks in the town centre, and they are rarely full. Why would the new one do better? The business case assumes the new spaces will be 75 percent full.',
      ],
      'Why would',
    );
    expect(ctx.used.has(s.ref)).toBe(true);
  });

  it('reads "the study funded by X" as a noun phrase, not a clause', () => {
    const source = 'The study, funded by the National Heart Trust, ran for four months.';
    expect(isComplete('The study funded by the National Heart Trust', lexiconOf(source))).toBe(false);
    expect(isComplete('The study was funded by the National Heart Trust', lexiconOf(source))).toBe(true);
  });

  it('refuses a perfect cut before its verb, an object cut from its complement and an -ing verb from its object', () => {
    const long = 'Night work has long been linked to high blood pressure.';
    expect(isComplete('Night work has long', lexiconOf(long))).toBe(false);
    const called =
      'Outside experts called the result encouraging but warned against reading too much into it.';
    expect(wellShaped('Outside experts called result', called, lexiconOf(called))).toBe(false);
    expect(
      wellShaped(
        'Outside experts called result encouraging but warned against reading',
        called,
        lexiconOf(called),
      ),
    ).toBe(false);
  });

  it("states a headline's finding without its closing credit", () => {
    const source = article(
      [
        'Night-shift nurses who ate all their meals within a 10-hour window saw their blood pressure fall, according to a randomised trial published on Wednesday.',
        'The trial followed 212 nurses at four hospitals for four months. Those who ate as usual saw almost no change in their readings.',
        'Outside experts called the result encouraging but warned that the study was small and short.',
      ],
      'Eating within a 10-hour window lowered blood pressure in night-shift nurses, trial finds',
    );
    const title = parseDeck(draftDeck(source).text).deck.slides[1]?.body ?? '';
    expect(title).toMatch(/^## Bottom line: Eating within a 10-hour window lowered blood pressure/m);
  });
});

describe('a speech over several paragraphs', () => {
  const paragraphs = [
    'Tenants will gain the legal right to have damp and mould investigated within 14 days under measures announced today.',
    'Announcing the measures during a visit to a housing development in Leyton, the Minister for Housing, Rachel Okonedo, said:',
    '"No child should die because of the home they live in. Alder\'s death was not an accident. It was the result of a system that let complaints go unanswered.',
    '"The measures we are announcing today mean that landlords will no longer be able to ignore tenants. If your home is making you ill, the law will be on your side."',
    'In a statement issued through the ministry, they said:',
    '"We are grateful that the government has listened. Nothing will bring our son back, but we hope that no other family will go through this."',
  ];

  it('credits every paragraph of the quotation to the speaker its lead-in names, quoted after the label', () => {
    const { ctx, s } = sentenceIn(paragraphs, '"The measures');
    expect(ctx.speaker(s)).toBe('Okonedo');
    const inside = ctx.analysis.sentences.find((x) => x.text.startsWith("Alder's death"))!;
    expect(ctx.speaker(inside)).toBe('Okonedo');
    expect(ctx.bulletText(inside)).toMatch(/^Okonedo: "/);
  });

  it('names the speaker once in the notes, and never says words no one can be named for', () => {
    const { ctx } = sentenceIn(paragraphs, '"No child');
    const quoted = ctx.analysis.sentences.filter((x) => x.paragraph === 3);
    const talk = ctx.talk(quoted).join(' ');
    expect(talk.match(/Okonedo/g)?.length).toBe(1);
    const unnamed = ctx.analysis.sentences.find((x) => x.text.startsWith('Nothing will bring'))!;
    expect(ctx.talk([unnamed])).toEqual([]);
  });

  it('takes an institution the article names for the speaker', () => {
    expect(groupSpeaker('The ministry said it would review the impact on the supply of rented homes.')).toBe(
      'The ministry',
    );
  });
});

describe('the bottom line from a headline', () => {
  const body = [
    'Two neighbours have argued over the Brannoch Islands for fifty years, and the quarrel has sharpened since gas was found nearby.',
    'The islands are a few bare rocks, but the seabed around them holds one of the largest gas fields found in the region this century.',
    'Next month their foreign ministers will meet in Geneva for the first direct talks on the islands in seven years.',
  ];
  const bottomTitle = (title: string) =>
    /^## (.*)$/m.exec(parseDeck(draftDeck(article(body, title)).text).deck.slides[1]?.body ?? '')?.[1] ?? '';

  it('reads past an ", explained" label to the question it answers', () => {
    expect(
      bottomTitle(
        'The Brannoch Islands dispute, explained: why two neighbours are fighting over a few rocks and a lot of gas',
      ),
    ).toBe('Bottom line: Two neighbours are fighting over a few rocks');
  });

  it('never states a headline cut before the words that complete its verb', () => {
    expect(bottomTitle('Why the Veskar Sea States Must Stop Treating Cable Damage as Bad Luck')).not.toMatch(
      /Cable damage$/i,
    );
  });

  it('reads a verb after its pronoun subject as a whole clause, and a noun compound as no verb', () => {
    const earns = 'A promotion gamble left the club owing more than it earns.';
    expect(isComplete('A promotion gamble left the club owing more than it earns', lexiconOf(earns))).toBe(
      true,
    );
    const window =
      'The summer transfer window, which opens on 14 June, will show whether the club can keep its promise.';
    expect(isComplete('The summer transfer window', lexiconOf(window))).toBe(false);
  });
});

describe('titles that keep their clause whole', () => {
  const shaped = (title: string, source: string) => wellShaped(title, source, lexiconOf(source));

  it("refuses a cut that drops the kept clause's verb or where something was kept", () => {
    const land =
      'Councils should scrap minimum parking requirements and let the land under our wasted car parks become homes.';
    expect(shaped('Councils should scrap minimum parking requirements and let the land', land)).toBe(false);
    const repaired =
      'The share of household appliances repaired rather than replaced fell from about 40 percent to below 20 percent.';
    expect(shaped('The share of household appliances repaired', repaired)).toBe(false);
    const kept = 'The National Bank of Poland has kept its main interest rate at 5.75 percent since October.';
    expect(shaped('The National Bank of Poland has kept main interest rate', kept)).toBe(false);
    // A participle after its noun in what is cut is a reduced relative, not the kept clause's verb.
    const manual =
      'The market turned out to be better at judging demand than a table in a manual drawn up long ago.';
    expect(shaped('The market turned out to be better at judging demand', manual)).toBe(true);
  });

  it('refuses a title cut before "as" after a verb of seeing, or before a measure\'s dimension', () => {
    const see =
      'Soltava, and most outside observers, see it as an attempt to show that the island can support life.';
    expect(shaped('Soltava see it', see)).toBe(false);
    const long = 'The largest, Great Brannoch, is about four kilometres long and has a lighthouse.';
    expect(shaped('The largest, Great Brannoch, is about four kilometres', long)).toBe(false);
  });

  it('refuses clause openers and statements that say nothing alone', () => {
    const whether = 'Whether that spending becomes a lasting boost to the economy is the question.';
    expect(shaped('Whether that spending becomes a lasting boost to the economy', whether)).toBe(false);
    expect(statesPoint('The result is the same', lexiconOf('The result is the same.'))).toBe(false);
    expect(
      statesPoint('The result is a shortage of nurses', lexiconOf('The result is a shortage of nurses.')),
    ).toBe(true);
  });

  it("keeps the name of who speaks in a quoting sentence, and drops a chronology's date from a title", () => {
    const quoted =
      'On March 8, Denmark\'s defence minister, Henrik Vestergaard, told parliament that the government would "pursue every avenue" to recover the cost.';
    expect(compress(quoted, 14)).toContain('Vestergaard');
    const { ctx, s } = sentenceIn(
      [
        'September 2023. Graham Tulloch leaves Thameswell by mutual agreement after the second cost revision.',
      ],
      'September 2023',
    );
    expect(ctx.headlineTitle(s, 10, [], true)).not.toMatch(/^September/);
  });
});

describe('numbers, dates and companies', () => {
  it("keeps a rate's unit with its number and reads 'after permitted deductions' as no verb", () => {
    const share =
      'Net income for the quarter was $212 million, or $1.58 a share, up from $1.31 a year earlier.';
    expect(wellShaped('Net income for the quarter was $212 million, or $1.58', share, lexiconOf(share))).toBe(
      false,
    );
    const deductions =
      'The club says that after permitted deductions, clubs may lose no more than £105 million.';
    expect(isComplete('The club says that after permitted deductions', lexiconOf(deductions))).toBe(false);
  });

  it('shows and says a numbered finding without its list number', () => {
    const { ctx, s } = sentenceIn(
      ['5. Agency spending is a symptom that has become a cause of the shortage it pays to cover.'],
      '5. Agency',
    );
    expect(ctx.bulletText(s)).toMatch(/^Agency spending/);
    expect(ctx.spoken(s)).toMatch(/^Agency spending/);
  });

  it('reads "over rolling" as a phrase cut short', () => {
    const rolling = 'Clubs may lose no more than £105 million over a rolling three-year period.';
    expect(isComplete('Clubs may lose no more than £105 million over rolling', lexiconOf(rolling))).toBe(
      false,
    );
  });

  it('never titles a slide with a name the article does not write ("United States" from "American")', () => {
    const text = draftDeck(
      article(
        [
          "When Harcourt Rovers won promotion in May 2024, the club's owner, the American investor Dale Whitcombe, promised supporters that the years of selling were over.",
          'Revenue fell to £186.4 million in the year to June, and wages rose to £158.2 million.',
          'The league lets clubs lose no more than £105 million over three years, and Rovers are close to that limit.',
        ],
        'Harcourt Rovers and the price of promotion',
      ),
    ).text;
    expect(
      text
        .split('\n')
        .filter((l) => l.startsWith('## '))
        .join('\n'),
    ).not.toContain('United States');
  });

  it('does not date an event by the end of the period it reports on', () => {
    expect(
      eventDateOf('The accounts for the year to 30 June 2026, published on Tuesday, show a loss.'),
    ).not.toBe('30 June 2026');
    expect(eventDateOf('The club published its accounts on 4 March 2027.')).toBe('4 March 2027');
  });

  it("titles no slide with an opinion whose speakers it cannot name, nor with an author's ordinal", () => {
    const they = sentenceIn(
      [
        'The governor and her deputies disagree.',
        'A cut, they say, would weaken the currency and push up import prices.',
      ],
      'A cut',
    );
    expect(they.ctx.headlineTitle(they.s, 10, [], true) ?? '').not.toMatch(/they say/);
    const second = sentenceIn(
      ['Second, it is expensive in the wrong place, far from where the cables run.'],
      'Second',
    );
    expect(second.ctx.headlineTitle(second.s, 10, [], true) ?? '').not.toMatch(/^Second/);
  });

  it('calls a company by the word the article calls it', () => {
    const { ctx, s } = sentenceIn(
      [
        'Kessler Robotics, the largest maker of warehouse robots, reported revenue of $2.41 billion on Wednesday.',
        'Kessler said it would cut about 600 jobs, roughly 4% of its workforce, mainly in manufacturing.',
      ],
      'Kessler said',
    );
    expect(ctx.speaker(s)).toBe('Kessler');
  });
});

describe('a subject that reports its own act, and a pronoun after an adjunct', () => {
  it('says a done act its subject reports as done, and leaves a reported view as said', () => {
    const act =
      "Danish prosecutors said on April 9 that they had opened a criminal investigation into the ship's operator for breaches of safety rules.";
    expect(compressionCandidates(act, { lexicon: lexiconOf(act) })).toContain(
      "Danish prosecutors opened a criminal investigation into the ship's operator for breaches of safety rules",
    );
    const view =
      "The finance ministry said it respected the bank's independence and remained committed to its fiscal plans.";
    expect(compressionCandidates(view, { lexicon: lexiconOf(view) }).join('\n')).not.toMatch(
      /^The finance ministry respected/m,
    );
  });

  it("names the subject a contrast's second clause points back to after its opening adjunct", () => {
    const text =
      "Denmark controls the narrow straits through which nearly all tankers leaving Russia's Baltic ports must pass, but under the United Nations Convention on the Law of the Sea it has only limited rights to stop and inspect ships in transit.";
    expect(compressionCandidates(text, { lexicon: lexiconOf(text) })).toContain(
      'Under the United Nations Convention on the Law of the Sea Denmark has only limited rights to stop and inspect ships in transit',
    );
  });
});
