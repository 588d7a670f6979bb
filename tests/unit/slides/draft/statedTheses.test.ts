import { describe, expect, it } from 'vitest';
import { article, bottomOf } from '../../../helpers/draftContext';
import { importHtml } from '../../../../slides/import/html';
import { isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import type { ImportedArticle } from '../../../../slides/import/types';

/**
 * The ways an article states its own conclusion that the bottom line reads: an assessment's key judgments ("We
 * assess with high confidence that …"), "The argument of this paper is that …", an investigation that "has found
 * that …", a one-line verdict ("councillors should vote no"), and a standfirst that sets up a framing to argue
 * against ("… is usually described as …. Its history suggests something else: …").
 */

const texts = (items: readonly { text: string }[]) => items.map((item) => item.text).join('\n');

const MEMO = article(
  [
    'This assessment examines the likely consequences, over the next twelve months, of the decision to end fuel subsidies in Oskaria from October.',
    'Key judgments',
    'We assess with high confidence that pump prices will rise sharply and that protests will follow in the main cities.',
    'We judge it unlikely, with moderate confidence, that the unrest will threaten the president. The army leadership remains tied to the presidency.',
    'We assess with moderate confidence that the government will slow the reform if protests reach the oil province.',
    'Discussion',
    'Fuel subsidies cost the budget 4.1 percent of GDP in 2024, more than health and education combined. Reserves fell to 2.8 months of imports in June.',
    'Previous attempts to cut subsidies, in 2018 and 2022, both ended in street protests that lasted several weeks.',
    'The cash transfer scheme will pay each eligible household 60 marks a month, which covers most of the rise for a family that owns no car.',
    'The opposition is split, and its two wings have not marched together since 2019.',
  ],
  'Oskaria: Fuel Subsidy Reform Likely to Bring Renewed Unrest, Not Regime Change',
);

describe("an assessment's key judgments", () => {
  it('make its bottom line, each without its "we assess … that" lead-in, and no evidence sentence titles it', () => {
    const bottom = bottomOf(MEMO);
    const said = texts(bottom.items);
    expect(said).toMatch(/^The government will slow the reform if protests reach the oil province$/m);
    expect(said).not.toMatch(/We assess/);
    expect(said).not.toMatch(/4\.1 percent|cash transfer|opposition is split/);
    expect(bottom.title).not.toMatch(/army leadership/i);
  });
});

describe('a thesis the article announces', () => {
  const body = [
    'The Kestria–Dunmar thaw has surprised almost everyone who watched the two countries fight in 2011.',
    'Trade between them has tripled since the accord, and their leaders now speak by telephone every month.',
    'The argument of this paper is that the thaw rests on a narrow bargain over gas transit rather than on any settlement of the border.',
    'Transit fees now bring Dunmar 1.2 billion a year, and Kestria depends on the pipeline for half its gas.',
    'The border commission has met nine times and has not agreed a single kilometre of the line.',
    'Domestic politics favour the deal for now, but both governments face elections in 2027.',
  ];

  it('"The argument of this paper is that …" is the bottom line, said without its lead-in', () => {
    const bottom = bottomOf(article(body, 'Cold pragmatism in the Kestria–Dunmar thaw'));
    expect(bottom.title).toBe('Bottom line: Thaw rests on narrow bargain');
  });

  it('what an investigation "has found" is the bottom line', () => {
    const investigation = article(
      [
        'Mrs Sewell waited 47 minutes for an ambulance on the night of her fall.',
        'A six-month investigation by the Courier, based on 212,000 dispatch records, internal emails and interviews with 31 staff, has found that Rapidline billed the health board for journeys that never happened.',
        'The company started the clock on emergency calls when a crew was assigned rather than when the call came in.',
        'Rapidline said it disputed the findings and that its reporting followed the contract.',
        'The health board renewed the contract in November 2023, for seven years and 312 million pounds.',
      ],
      'The ambulance files',
    );
    expect(texts(bottomOf(investigation).items)).toMatch(/Rapidline billed the health board for journeys/);
  });
});

describe("a writer's announced argument", () => {
  it('"My argument is that …" is the bottom line, said without its lead-in', () => {
    const post = article(
      [
        'On 9 February our primary database failed over to its standby in forty seconds.',
        'The outage that followed lasted three hours, and our own clients caused almost all of it.',
        'My argument is that a retry policy without a budget is a load amplifier, and fixing it is cheaper than extra capacity.',
        'Each pod keeps a connection pool of up to 400 connections, and two layers of our stack retried failed calls.',
        'Database traffic peaked at about 15,400 requests a second, five times the normal load.',
        'We now cap retries at 10% of requests and wait a random interval before each one.',
      ],
      'Our database recovered in 40 seconds. Our retries kept us down for three hours.',
    );
    expect(texts(bottomOf(post).items)).toMatch(/^A retry policy without a budget is a load amplifier/m);
  });

  it("a proposal announced before a colon titles the bottom line ahead of the standfirst's scene-setting", () => {
    const oped: ImportedArticle = {
      ...article(
        [
          'Every weekday morning a few thousand of this city’s teenagers wait at bus stops with a fare card in their hand.',
          'That is the case, in a sentence, for what I will propose when the charter committee meets next month: Port Ellery should lower the voting age to 16.',
          'Our neighbour, Vessing, lowered its voting age for municipal elections to 16 in 2021.',
          'Turnout among its 16- and 17-year-olds was 58% at the first election, higher than among voters in their twenties.',
          'The usual objection is that teenagers know too little, but every secondary school in the city teaches a term of civics.',
          'I think the committee will say yes, and I think the voters will too.',
        ],
        'Why shouldn’t a 16-year-old vote on the bus fare she pays?',
      ),
      standfirst:
        'Port Ellery is about to rewrite its city charter. Lowering the voting age to 16 belongs in it.',
    };
    const bottom = bottomOf(oped);
    expect(bottom.title).toMatch(/^Bottom line: Port Ellery should lower (?:the )?voting age/);
  });
});

describe('two conclusions a paper announces at once', () => {
  it('"argues that A and that B": the title states A, the first bullet B', () => {
    const paper = article(
      [
        'Executive summary',
        'About 410,000 premises in Lunesse still cannot get a broadband connection of at least 30 Mbps.',
        'This paper argues that the voucher approach has reached its limit and that the remaining budget should be moved into county contracts awarded by reverse auction.',
        'On the current trend, universal coverage would not be reached before 2045.',
        'Key findings',
        'The voucher scheme has spent 23% of its budget in four years and connected 61,000 premises.',
        'The average cost of connecting a remote premises is 4,900 euros, against a voucher of 1,500 euros.',
      ],
      'Connecting the last tenth: a working paper',
    );
    const bottom = bottomOf(paper);
    expect(bottom.title).toBe('Bottom line: The voucher approach has reached its limit');
    expect(bottom.items[0]?.text).toMatch(/^The remaining budget should be moved into county contracts/);
    expect(texts(bottom.items)).not.toMatch(/voucher approach has reached/);
  });
});

describe('"the company" in a title', () => {
  const story = (name: string, short: string) =>
    article(
      [
        `${name} holds the emergency ambulance contract for the Westmarch region.`,
        `${short} is paid a fixed annual sum, with bonuses linked to its response times.`,
        `${short} said it disputed the findings and that its reporting followed the contract.`,
        `A six-month investigation by the Courier, based on 212,000 dispatch records, has found that the company systematically flattered its emergency response times.`,
        `The health board renewed the contract in November 2023, for seven years and 312 million pounds.`,
        `${short} declined to say how many calls were re-timed.`,
      ],
      'The ambulance files',
    );

  it('names the company the article has just named, by the one word it uses for it', () => {
    expect(bottomOf(story('Rapidline Medical Transport', 'Rapidline')).title).toBe(
      'Bottom line: Rapidline systematically flattered its emergency response times',
    );
  });

  it('keeps "the company" when the only name for it is a long one, or a people\'s adjective', () => {
    const long = bottomOf(story('Corvanian Ocean Holdings', 'The operator')).title;
    expect(long).not.toMatch(/Corvanian/);
  });
});

describe('a verdict of a few words', () => {
  it('"vote no" is a whole clause, and the bottom line does not repeat its title as a bullet', () => {
    expect(isComplete('Councillors should vote no', lexiconOf('Councillors should vote no'))).toBe(true);
    const column = article(
      [
        'Port Aldric city council will vote on June 24 on whether to lend the Mariners 180 million marks for a new stadium.',
        'My argument is simple: councillors should vote no.',
        "The club's owner would own the stadium, and the land under it, once the loan is repaid.",
        'Independent estimates put the value of that land at around 120 million marks.',
        "The club's consultants produced a report promising 900 jobs, most of them part-time and seasonal.",
        'The city would do better to spend the money on the harbour schools, which need 140 million marks of repairs.',
      ],
      "Not one more mark of public money for the Mariners' new stadium",
    );
    const bottom = bottomOf(column);
    expect(bottom.title).toBe('Bottom line: Councillors should vote no');
    expect(texts(bottom.items)).not.toMatch(/^councillors should vote no$/im);
  });
});

describe('a standfirst that sets up a framing to argue against', () => {
  const explainer: ImportedArticle = {
    ...article(
      [
        'The Ildra rises in the Dravenian highlands and reaches the sea through Solmara, 640 kilometres later.',
        'In 1962 the two countries signed a treaty that split the river’s summer flow evenly between them.',
        'The treaty said nothing about when the water should be released, and Dravenia’s new dam let it choose.',
        'Solmara’s farmers lost their spring crop in 1978, when the reservoir was filled in April.',
        'A tribunal ruled on 14 June 2004 that the flow must be measured at a gauge both sides can inspect.',
        'Since then each drought has brought the same quarrel over whose figures are right.',
      ],
      'Whose river? How the Ildra dispute grew over six decades',
    ),
    standfirst:
      'The quarrel over the Ildra is usually described as a fight over water. Its history suggests something else: a fight over who controls the tap, and whether either side believes the other’s numbers.',
  };

  it('states the reading the piece offers, of what the framing named, and never the framing itself', () => {
    const bottom = bottomOf(explainer);
    expect(texts(bottom.items)).toMatch(
      /^The quarrel over the Ildra: a fight over who controls the tap, and whether either side believes/m,
    );
    expect(bottom.title).not.toMatch(/usually described/i);
    expect(texts(bottom.items)).not.toMatch(/usually described/i);
  });
});

describe('a headline that is a quotation and nothing else', () => {
  it('puts the sentence it quotes first on the bottom line', () => {
    const feature = article(
      [
        'Saltmere has been a working harbour for eight centuries, and for fifty years its fortunes were measured in containers.',
        'The port handled 1.9 million containers in 2024, down 6% on the year before, after Northline moved its Asia service to Vossburg.',
        'Helene Strand, the port’s chief executive, has answered with a 640 million euro bet on offshore wind.',
        '"We will never be the biggest port, and we can be the one that matters for energy," Strand said.',
        'Two wind developers have signed twelve-year leases on the new quay, which opens in 2027.',
        'The dockers’ union says the wind work will need a third fewer people than the container trade did.',
      ],
      '"We will never be the biggest port"',
    );
    const bottom = bottomOf(feature);
    expect(`${bottom.title}\n${texts(bottom.items)}`).toMatch(/Strand: we will never be the biggest port/i);
  });
});

describe('the head of a Word document', () => {
  it('does not take a section heading under the headline ("Scope note") for the standfirst', () => {
    const html = [
      '<h1>Oskaria: Fuel Subsidy Reform Likely to Bring Renewed Unrest</h1>',
      '<h2>Scope note</h2>',
      '<p>This assessment examines the likely consequences of the decision to end fuel subsidies from October.</p>',
      '<h2>Key judgments</h2>',
      '<p>We assess with high confidence that pump prices will rise sharply and that protests will follow in the main cities.</p>',
      '<p>We judge it unlikely that the unrest will threaten the president, because the army leadership remains loyal.</p>',
      '<p>We assess with moderate confidence that the government will slow the reform if protests reach the oil province.</p>',
    ].join('\n');
    const imported = importHtml(html, { format: 'docx' });
    expect(imported.standfirst).toBeUndefined();
    expect(imported.paragraphs.join('\n')).toMatch(/^This assessment examines/m);
  });
});
