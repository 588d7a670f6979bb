import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { attributionOf } from '../../../../slides/analyze/figures';
import { interviewShape } from '../../../../slides/analyze/interview';
import { draftDeck } from '../../../../slides/draft';
import { isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import { compressionCandidates } from '../../../../slides/draft/compress';
import { aboutThePiece, dropArticles, headlineBase, statesPoint } from '../../../../slides/draft/headline';
import { cutsMainVerb, cutsMeaning, wellShaped } from '../../../../slides/draft/titleShape';
import { labelStandsAlone } from '../../../../slides/draft/sections/figures';
import { parseDeck } from '../../../../slides/format/parse';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { importMarkdown } from '../../../../slides/import/markdown';
import { importText } from '../../../../slides/import/plainText';

/**
 * Drafts a presenter can stand up with: no cut that drops what a sentence says, titles that state something, the
 * article's own head and furniture told apart from its body, and quotations credited to the person who spoke.
 */

const slidesOf = (text: string) => parseDeck(text).deck.slides;
const shown = (text: string) =>
  slidesOf(text)
    .map((s) => s.body.replace(/<!--[\s\S]*?-->/g, ''))
    .join('\n');

describe('cuts that lose what the sentence says', () => {
  it('drops a long relative clause between commas and keeps the main clause', () => {
    const vacancy =
      "Vacancy rates in the capital region of Vessen, which has the country's largest teaching hospitals and its biggest nursing schools, stand at 6%.";
    expect(compressionCandidates(vacancy, { lexicon: lexiconOf(vacancy) })).toContain(
      'Vacancy rates in the capital region of Vessen stand at 6%',
    );
  });

  it('refuses the words that announce a quotation without the quotation', () => {
    const rourke =
      'The historian Elspeth Rourke puts it plainly: "No minister has ever been re-elected for a pipe that did not burst."';
    expect(cutsMeaning('The historian Elspeth Rourke puts it plainly', rourke, lexiconOf(rourke))).toBe(true);
  });

  it('refuses a time cut before "ago" and a phrasal verb cut before its particle', () => {
    const ago =
      'So when Westmoor Water announced a fortnight ago that it wants a reservoir, I was surprised.';
    expect(cutsMeaning('So when Westmoor Water announced a fortnight', ago, lexiconOf(ago))).toBe(true);
    const off = "Leakage doesn't take the summer off.";
    expect(cutsMeaning("Leakage doesn't take the summer", off, lexiconOf(off))).toBe(true);
    const from = 'Crews take the summer off the coast of Kerrow.';
    expect(cutsMeaning('Crews take the summer', from, lexiconOf(from))).toBe(false);
  });

  it('refuses a subject and its relative clause cut before the verb that follows an aside', () => {
    const objection =
      'The objection I hear most often, and the one I take most seriously, is about the street outside.';
    expect(cutsMainVerb('The objection I hear most often', objection, lexiconOf(objection))).toBe(true);
  });

  it('keeps an aside that has a contracted verb of its own', () => {
    const leaks =
      "Fixing leaks is partly capital and partly operating spend, and it's messy, distributed and unglamorous.";
    expect(headlineBase(leaks, lexiconOf(leaks), [])).toContain(
      "and it's messy, distributed and unglamorous",
    );
  });

  it('reads a noun the tagger missed as the verb of a clause that has none', () => {
    const week =
      'That week cost our customers about 12 million pounds in delays, and two shipping lines threatened to leave.';
    expect(
      isComplete('That week cost our customers about 12 million pounds in delays', lexiconOf(week)),
    ).toBe(true);
  });
});

describe('series stay whole', () => {
  it('drops a phrase that opens a series together with the series, up to the verb', () => {
    const boat =
      'On the morning of 9 June 2024, a chartered supply boat carrying fresh water, diesel and eleven relief staff approached Morrow Light.';
    const candidates = compressionCandidates(boat, { lexicon: lexiconOf(boat) });
    expect(candidates).toContain('A chartered supply boat approached Morrow Light');
    expect(candidates.filter((c) => /boat, diesel|^On the morning[^,]*diesel/.test(c))).toEqual([]);
  });

  it('refuses a cut after the first verb of a series of verbs', () => {
    const average =
      'But average means we are treating, pumping and paying for enough water to supply a city and then losing it.';
    expect(cutsMeaning('Average means we are treating', average, lexiconOf(average))).toBe(true);
  });

  it('keeps a long last item of a series as part of the series, not an aside', () => {
    const ledger =
      'Over six months the Ledger has examined tender documents, internal emails, company filings and an unpublished internal audit report, and interviewed more than twenty council staff.';
    expect(headlineBase(ledger, lexiconOf(ledger), [])).toContain(
      'internal emails, company filings and an unpublished internal audit report',
    );
    const { ctx, s } = sentenceIn(
      article([ledger, 'The contract went to a firm that was weeks old.'], 'Meters'),
      'Over six',
    );
    for (const words of [6, 8, 10])
      expect(ctx.headlineTitle(s, words, [], true) ?? '').not.toMatch(/^Internal emails and interviewed/);
  });
});

describe('names and dates as the article writes them', () => {
  it('shortens a name to its surname only when the article calls a person by it, titles them or has them speak', () => {
    const text = article(
      [
        'Investigators say the Kestrel Dawn had been inspected only once in four years before it ran aground off Skagen.',
        'The Kestrel Dawn was sold in 2019 to a company registered in the United Arab Emirates.',
        '"Nobody checked the hull," said Marek Dobrowolski, a marine surveyor in Gdansk.',
      ],
      'A tanker nobody inspected',
    );
    const { ctx } = sentenceIn(text, 'Investigators say');
    expect(ctx.surnamed).toContain('Marek Dobrowolski');
    expect(ctx.surnamed).not.toContain('Kestrel Dawn');
    expect(shown(draftDeck(text).text)).not.toMatch(/\bthe Dawn\b|\bThe Dawn\b/);
  });

  it('reads a day before its month as part of the date, not a figure', () => {
    const day = 'On the morning of 9 June 2024, a chartered supply boat approached Morrow Light.';
    expect(analyzeArticle(article([day, 'The boat turned back.'], 'Morrow Light')).figures).toEqual([]);
    const model =
      'The VM-200 meter did not receive approval from the National Measurement Office until April 2023.';
    expect(analyzeArticle(article([model, 'Kerrow bought it anyway.'], 'Meters')).figures).toEqual([]);
  });
});

describe('titles that state something', () => {
  it('keeps the article of a noun that a clause qualifies, and of a part of a whole', () => {
    expect(dropArticles('Amendment 7 would make exactly the change I described')).toBe(
      'Amendment 7 would make exactly the change I described',
    );
    expect(dropArticles('Several of the new schemes include no parking')).toBe(
      'Several of the new schemes include no parking',
    );
    expect(dropArticles('The council rejected the plan')).toBe('The council rejected plan');
  });

  it('does not title a slide with a noun and its clause, or with a figure that points back', () => {
    const threshold = 'The threshold we use to define a childcare desert is three children per place.';
    expect(
      wellShaped('The threshold we use to define a childcare desert', threshold, lexiconOf(threshold)),
    ).toBe(false);
    const half = 'In the three blocks closest to the tram stop, the figure was below half.';
    expect(statesPoint('The figure was below half', lexiconOf(half))).toBe(false);
  });

  it('keeps "There is" before a noun phrase that would otherwise have no verb', () => {
    const valley = article(
      [
        'Castlemere requires two parking spaces for every family home near its trams.',
        'There is a better example just down the valley in Wrexford, which dropped its parking rules in 2019.',
      ],
      'Parking rules',
    );
    const { ctx, s } = sentenceIn(valley, 'There is a better example');
    expect(ctx.bulletText(s)).not.toMatch(/^A better example/);
  });

  it('reads signposts as saying nothing', () => {
    expect(aboutThePiece('Let me show you the numbers')).toBe(true);
    expect(aboutThePiece("Here's how it got there")).toBe(true);
    expect(aboutThePiece('Leakage costs the company £40 million a year')).toBe(false);
  });

  it('writes a list item as a title without its number', () => {
    const steps = article(
      [
        'Westmoor Water loses 168 million litres of treated water a day through leaks, about 23 percent of what it treats.',
        'A costed programme would fix most of that within five years.',
        '1. Replace the worst 900 kilometres of cast-iron main, the stretches with the highest burst rates.',
        '2. Manage pressure across the network at night, when high pressure drives most bursts.',
        '3. Fit smart meters to every home, so leaks on the customer side are found too.',
      ],
      'Fix the pipes before you flood the valley',
    );
    const titles = slidesOf(draftDeck(steps).text).map((s) => /^## (.*)$/m.exec(s.body)?.[1] ?? '');
    expect(titles.length).toBeGreaterThan(2);
    expect(titles.filter((t) => /^\d+\.\s/.test(t))).toEqual([]);
  });
});

describe('the article, not its page', () => {
  it("reads a newsletter's masthead, tagline and byline without 'By' as its head", () => {
    const post = importText(
      [
        'Below the Tarmac',
        'Notes from a water network engineer',
        '',
        'Fix the pipes before you flood the valley',
        '',
        'Rhiannon Pask',
        'Feb 17, 2025',
        '',
        "I've spent nineteen years working on water mains in Westmoor, most of them at night in a hole in the road with a pump running.",
        '',
        'We should not build a new reservoir until we stop pouring a quarter of the water we treat into the ground, and the numbers show why.',
        '',
        'Leakage is 168 million litres a day, and fixing it would cost well under half of what the reservoir would.',
        '',
        'Thanks for reading Below the Tarmac! Subscribe for free to receive new posts.',
        '',
        'Rhiannon',
      ].join('\n'),
      { format: 'txt' },
    );
    expect(post.title).toBe('Fix the pipes before you flood the valley');
    expect(post.author).toBe('Rhiannon Pask');
    expect(post.paragraphs[0]).toMatch(/^I've spent nineteen years/);
    expect(post.paragraphs.at(-1)).toMatch(/^Leakage is 168 million/);
  });

  it('reads a "SITE | Section" line above the headline as a kicker, and a typed rule as no paragraph', () => {
    const page = importText(
      [
        'THE BALANCE SHEET | Football finance',
        '',
        "Redmere City's new stadium: a £780m bet that only works in the Premier League",
        '',
        'By Callum Everard',
        '',
        'When Redmere City unveiled the first drawings of its new ground in 2016, the price tag was £450 million.',
        '',
        'The cost has since risen to £780 million, most of it borrowed against future matchday income.',
        '',
        'The stadium is a bet on staying in the Premier League.',
        '',
        '---',
      ].join('\n'),
      { format: 'txt' },
    );
    expect(page.title).toBe("Redmere City's new stadium: a £780m bet that only works in the Premier League");
    expect(page.publisher).toBe('The Balance Sheet');
    expect(page.paragraphs.at(-1)).toBe('The stadium is a bet on staying in the Premier League.');
  });

  it("keeps a news page's dek as the dek under a masthead", () => {
    const page = importText(
      [
        'The Valley Courier',
        '',
        'Fruit growers bet on robots as seasonal workers fail to return',
        '',
        'Orchards in the Arden valley are testing picking machines and drones, but growers warn the technology is years away from replacing people',
        '',
        'By Hannah Okafor | 18 August 2024',
        '',
        'Four robotic arms reach into the canopy at Whitlow Farm, where half the pickers did not come back this year.',
        '',
        'Growers say the machines pick a third as fast as people and cost more than £250,000 each.',
        '',
        'Sign up for The Valley Courier newsletter in your inbox.',
      ].join('\n'),
      { format: 'txt' },
    );
    expect(page.title).toBe('Fruit growers bet on robots as seasonal workers fail to return');
  });

  it('takes a closing line about the author by full name as the bio', () => {
    const column = importMarkdown(
      [
        '# Castlemere should stop forcing car parks onto homes',
        '',
        'By Rosalind Achterberg',
        '',
        'The city requires two parking spaces for every family home near the tram, and each one costs £38,000 to build underground.',
        '',
        'Scrapping the rule costs the public purse nothing and could add 1,900 homes by 2040, officers estimate.',
        '',
        "Rosalind Achterberg chairs the Castlemere Housing Forum, a residents' group campaigning for more affordable homes in the city.",
      ].join('\n'),
    );
    expect(column.authorBio).toMatch(/^Rosalind Achterberg chairs/);
    expect(column.paragraphs.join('\n')).not.toContain('chairs the Castlemere Housing Forum');
  });

  it("drops a report's disclosure, a correction notice, an update line and a call for readers' tips", () => {
    expect(
      boilerplateKind(
        'Correction: An earlier version of this article said that Tallis Flow Systems was incorporated in May 2022. We apologise for the error.',
      ),
    ).toBe('correction');
    expect(
      boilerplateKind(
        'Have you been affected by a faulty smart meter in Kerrow? Contact the investigations team at tips@kerrowledger.co.uk.',
      ),
    ).toBe('readerCall');
    expect(
      boilerplateKind(
        "This article was updated on 12 March 2025 to include a response from the council's chief executive.",
      ),
    ).toBe('liveUpdate');
    const note = importText(
      [
        'Kessling: the market is pricing a timing problem as a demand problem',
        '',
        'Kessling Industrial shares fell 14 percent on Thursday after third-quarter revenue missed expectations.',
        '',
        'Order intake rose 22 percent to €1.58 billion, and the backlog reached a record €6.4 billion.',
        '',
        'We would use the weakness to add to positions.',
        '',
        'Disclosure: Fenwick Street Research is an independent research provider and does not carry out investment banking business. The author does not hold shares in Kessling Industrial Group, and Fenwick Street Research has received no compensation from the company in the past 12 months. Figures are taken from the company report. Past performance is not a guide to future returns.',
      ].join('\n'),
      { format: 'txt' },
    );
    expect(note.paragraphs.join('\n')).not.toContain('Fenwick Street Research is an independent');
    expect(note.paragraphs.at(-1)).toBe('We would use the weakness to add to positions.');
  });
});

describe('who said it', () => {
  it('credits no figure to "Our estimate"', () => {
    expect(attributionOf('Our estimate: about £420 million over five years.')).toBeUndefined();
    expect(attributionOf('Eurostat estimates that unemployment reached 6.1 percent in March.')).toBe(
      'Eurostat',
    );
  });

  it("does not read an explainer's own questions as an interview", () => {
    const paragraphs = [
      'WHAT HAPPENED?',
      'The central bank moved the official rate of the kesto from 3.20 to 3.95 to the dollar on 10 February.',
      'WHY DID THE CENTRAL BANK DO IT?',
      'Kestovia was running out of dollars: reserves fell from $14.6 billion to $5.1 billion.',
      'WHO WINS AND WHO LOSES?',
      'Exporters are the clearest winners, and people on fixed incomes the clearest losers.',
      'WHAT COMES NEXT?',
      'The IMF board is expected to vote on a $3.2 billion loan in April.',
      '"Devaluation buys time," said Pavel Orlinski, chief economist at Danubia Capital.',
    ];
    expect(interviewShape(paragraphs)).toBeUndefined();
    const answers = [
      'Why did you automate the cranes?',
      'We had no choice: our software was older than some of our apprentices, and I could not find anyone to fix it.',
      'Did the unions agree?',
      'Not at first. I spent a year in meetings with them before we signed anything.',
      'What happens to the dockers?',
      'Nobody who wants a job at this port will lose one because of a machine, and I have put that in writing.',
      'Is the container boom over?',
      'I think it is. Our volumes have been flat for three years.',
    ];
    expect(interviewShape(answers)).toBeDefined();
  });

  it("does not make a person of a quotation's first word and the country after it", () => {
    const text = article(
      [
        "Ostrel's foreign ministry spokesman, Dmitar Volken, brushed aside any talk of rebalancing.",
        '"Whatever Tavaria buys, the Sellan Resource Zone is Ostrelian water and will be administered as such," he told reporters last month.',
        'Tavaria is buying four frigates for $6.8 billion.',
      ],
      'Frigates will not hold the Morrow Bank',
    );
    const people = analyzeArticle(text)
      .entities.filter((e) => e.kind === 'person')
      .map((e) => e.name);
    expect(people).toContain('Dmitar Volken');
    expect(people.filter((p) => /Tavaria/.test(p))).toEqual([]);
    const { ctx, s } = sentenceIn(text, '"Whatever Tavaria');
    expect(ctx.speaker(s)).toBe('Volken');
  });

  it("names a place's name as a place, and an institution of several words as one organisation", () => {
    const text = article(
      [
        'Westmoor Water wants to build a £1.1 billion reservoir at Hallam Vale by 2037.',
        'Last year a group at the Westmoor branch of the Institution of Water Engineers costed a leakage programme instead.',
      ],
      'Fix the pipes first',
    );
    const names = analyzeArticle(text).entities.map((e) => `${e.name}:${e.kind}`);
    expect(names).not.toContain('Hallam Vale:person');
    expect(names).not.toContain('Water Engineers:person');
    expect(shown(draftDeck(text).text)).not.toMatch(/\bat Vale\b|Institution of Engineers/);
  });
});

describe('key dates', () => {
  it('does not date a plan by the year it expected, after the article was written', () => {
    const chronology = importMarkdown(
      [
        '# How the Alder Valley reservoir went from flagship to fiasco',
        '',
        'By Priya Castellano | 18 June 2024',
        '',
        '**March 2014.** Thameswell Water publishes a plan that names the Alder Valley as its preferred site. The plan estimates a cost of £850 million and an opening in 2025.',
        '',
        '**23 April 2020.** The Secretary of State grants consent, overruling a planning inspector.',
        '',
        '**August 2022.** Thameswell revises the estimated cost to £1.4 billion.',
        '',
        '**December 2023.** Thameswell announces a second cost revision, to £1.9 billion, and an opening date of 2031.',
        '',
        '**4 June 2024.** The Water Services Authority opens a formal inquiry into the project.',
      ].join('\n'),
    );
    const deck = slidesOf(draftDeck(chronology).text);
    const timeline = deck.find((s) => s.layout === 'timeline');
    expect(timeline?.body ?? '').not.toMatch(/\*\*2025\*\*/);
  });
});

describe('stat items', () => {
  it('shows no figure whose label ends on a possessive or opens on a pronoun', () => {
    const text = article(
      [
        "The Morrow Bank lies about 140 nautical miles from Tavaria's southern coast and about 60 from Ostrel's.",
        'Last year more than 230 Ostrelian fishing vessels worked the bank under coast guard escort.',
        'Tavaria could keep only three of its nine patrol vessels at sea at any one time.',
        'Its single leased aircraft flew 1,150 hours over the bank last year.',
        'The frigate programme costs $6.8 billion, roughly 41 percent of the procurement budget through 2032.',
        'The coast guard receives about $310 million a year, and its newest cutter is twenty years old.',
        'Frigates are the wrong tool for a contest fought by cutters and fishing boats.',
      ],
      'Frigates will not hold the Morrow Bank',
    );
    const stats = slidesOf(draftDeck(text).text).flatMap((s) =>
      s.body.split('\n').filter((l) => l.startsWith('- **')),
    );
    for (const item of stats) {
      const label = item.replace(/^- \*\*[^*]+\*\*\s*/, '').replace(/\s+—.*$/, '');
      expect(label).not.toMatch(/['’]s$/);
      expect(label).not.toMatch(/^(?:of\s+)?(?:its|their|his|her)\b/i);
    }
  });
});

describe('figures and series as written', () => {
  it('keeps a short item of a series between commas', () => {
    const orders =
      'Orders, backlog, margins and cash flow all improved; what slipped was the timing of revenue on two large projects.';
    expect(headlineBase(orders, lexiconOf(orders), [])).toMatch(/^Orders, backlog, margins and cash flow/);
    const compact =
      'A smaller, sharper compact, built around storage and recycling, can give the region a lasting place in the battery industry.';
    expect(headlineBase(compact, lexiconOf(compact), [])).toMatch(/^A smaller, sharper compact/);
  });

  it('keeps the article that means "per" after a number', () => {
    expect(dropArticles('Childcare educators earn a median of €14.20 an hour')).toBe(
      'Childcare educators earn median of €14.20 an hour',
    );
  });

  it('reads a range written with a dash as one figure, and a noun after "our" as no source', () => {
    const range = analyzeArticle(
      article(['The new range implies fourth-quarter sales of €1.45-1.55 billion.', 'Margins rose.'], 'Q3'),
    ).figures.map((f) => f.text);
    expect(range).toEqual(['€1.45-1.55 billion']);
    expect(attributionOf('Kessling trades at roughly 12 times our 2026 EBITA estimate.')).toBeUndefined();
    expect(attributionOf('Growth will slow to 1.2% next year, the Bank estimates.')).toBe('Bank');
  });
});

describe('a stat label that stops inside a clause', () => {
  it('does not stand alone when it ends on a possessive, opens on a pronoun or stops before its clause verb', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'A leakage programme would save more than 90 percent of what Hallam Vale would deliver.',
          "The bank lies about 140 nautical miles from Tavaria's coast.",
        ],
        'Leaks',
      ),
      'A leakage',
    );
    expect(labelStandsAlone(ctx, s.ref, 'of what Hallam Vale')).toBe(false);
    expect(labelStandsAlone(ctx, s.ref, "nautical miles from Tavaria's")).toBe(false);
    expect(labelStandsAlone(ctx, s.ref, 'of its nine patrol vessels')).toBe(false);
    expect(labelStandsAlone(ctx, s.ref, 'of what Hallam Vale would deliver')).toBe(true);
    expect(labelStandsAlone(ctx, s.ref, 'of treated water lost to leaks')).toBe(true);
  });
});

describe('the bottom line from the headline', () => {
  it("drops what the subject is for, and keeps the headline's claim", () => {
    const text = article(
      [
        'Northvale will add 150 beds under an £86 million plan announced on Thursday.',
        'Staff say the beds will not help while 400 patients a day are fit to leave but have no care at home.',
        'Researchers found that delayed discharges, not a shortage of beds, explain most of the rise in waits.',
        'The minister defended the plan as the fastest way to cut waits.',
        'Until social care is funded, the plan misses the real bottleneck, the researchers concluded.',
      ],
      "Northvale's £86m plan to cut hospital waits misses the real bottleneck, staff and researchers warn",
    );
    const bottom = slidesOf(draftDeck(text).text).find((s) => /^## Bottom line/m.test(s.body));
    expect(bottom?.body).toContain("## Bottom line: Northvale's £86m plan misses the real bottleneck");
  });
});

describe('a slide with room', () => {
  it('shows the sentence that goes on from one of its bullets, in its paragraph', async () => {
    const { readArticleFile } = await import('../../../../electron/services/import');
    const source = await readArticleFile(
      fileURLToPath(new URL('../../../fixtures/articles/health-explainer/article.html', import.meta.url)),
    );
    const shownText = shown(draftDeck(source).text);
    // "Most people will never work a ten-hour shift in a field at 38C" is a bullet; the next sentence turns it.
    expect(shownText).toContain('Most people will never work a ten-hour shift in a field at 38C');
    expect(shownText).toContain(
      'Kidney specialists say the findings matter more widely as heat waves become longer and more frequent',
    );
  });

  it('when it shows one bullet, takes evidence from the paragraph after one it shows', async () => {
    const { readArticleFile } = await import('../../../../electron/services/import');
    const source = await readArticleFile(
      fileURLToPath(new URL('../../../fixtures/articles/magazine-essay/article.md', import.meta.url)),
    );
    const slide = slidesOf(draftDeck(source).text).find((s) =>
      s.body.includes('Politicians respond to incentives'),
    );
    // Its one bullet quotes Rourke on burst pipes; the next paragraph says what each deferred pound costs.
    expect(slide?.body).toContain(
      'Every pound not spent on timely resurfacing becomes four to six pounds of reconstruction later',
    );
  });
});

describe('a report an interviewee relays', () => {
  it("is not titled as the interviewee's own claim", async () => {
    const { readArticleFile } = await import('../../../../electron/services/import');
    const source = await readArticleFile(
      fileURLToPath(new URL('../../../fixtures/articles/interview/article.docx', import.meta.url)),
    );
    const titles = slidesOf(draftDeck(source).text).map((s) =>
      s.body.split('\n').find((l) => l.startsWith('## ')),
    );
    // "The local network operator says a bigger connection will not be ready before 2028" is the operator's word.
    expect(titles.join('\n')).not.toMatch(/Holt: a bigger connection/);
  });
});
