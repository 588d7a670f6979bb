import { describe, expect, it } from 'vitest';
import { article, contextOf, sentenceIn } from '../../../helpers/draftContext';
import { cutsObject } from '../../../../slides/draft/titleShape';
import { compressSentence } from '../../../../slides/draft/compress';
import { isComplete, lexiconOf, trailingPhraseCuts } from '../../../../slides/draft/clauses';
import { danglingEnd } from '../../../../slides/check/textRules';
import { draftDeck } from '../../../../slides/draft';
import { emptyStatement, simplePast } from '../../../../slides/draft/headline';

/**
 * Compression only removes what a sentence can lose: what time was spent doing ("eleven years running housing
 * services") is no reduced relative, a clause after ", and I" is no series item, an infinitive ends no series,
 * a description that points back ("Its chair, Malcolm Pryce,") gives way to the name, and "beyond their control"
 * says which circumstances.
 */

const BODY = [
  'Brennock should raise the council tax premium on homes empty for more than a year from 100% to 300%.',
  'I spent eleven years running housing services in this city, and I know no single measure will fix a housing shortage that has been building for two decades.',
  'The landlords association objects. Its chair, Malcolm Pryce, argues that owners renovating a property, or waiting for a care-home resident to return, would be punished for circumstances beyond their control.',
  'The premium raised £11 million a year in Tavistrand, and empty homes there fell by 27% in two years.',
];
const source = article(BODY, 'It is time to tax the empties');

describe('compression of an op-ed', () => {
  it('keeps what time was spent doing, and never joins two clauses by cutting "and I"', () => {
    const { ctx, s } = sentenceIn(source, 'I spent eleven years');
    const bullet = ctx.compress(s);
    expect(bullet).not.toMatch(/years know/);
    expect(bullet).toMatch(/^I spent eleven years running housing services/);
  });

  it('names the speaker a pointing description stands for, and keeps "beyond their control"', () => {
    const { ctx, s } = sentenceIn(source, 'Its chair');
    expect(ctx.compress(s)).toBe(
      'Malcolm Pryce argues that owners renovating a property, or waiting for a care-home resident to return, would be punished for circumstances beyond their control',
    );
    expect(ctx.bulletText(s)).not.toMatch(/owners return|its chair|circumstances$/i);
  });
});

describe('a quotation whose speaker follows a description', () => {
  it('is credited to the name after the description, and the slide drops the attribution the label gives', () => {
    const source = article(
      [
        'Skyvara Airways filed for bankruptcy protection on Thursday with debts of €1.42 billion.',
        'Tarnby airport in the north, where Skyvara operated 80% of flights, said it would seek an urgent meeting with the ministry. "For our region this is not a business story, it is a connectivity story," said Tarnby airport\'s chief executive, Elin Dahlqvist.',
        'About 41,000 passengers had been booked to fly with the airline over the weekend.',
      ],
      'Skyvara Airways files for bankruptcy protection',
    );
    const { ctx, s } = sentenceIn(source, '"For our region');
    expect(ctx.speaker(s)).toBe('Dahlqvist');
    expect(ctx.item(s).text).toBe(
      'Dahlqvist: "For our region this is not a business story, it is a connectivity story"',
    );
  });
});

describe('a multiple in a title', () => {
  it('keeps what it multiplies and the limit on it ("at most double the normal council tax")', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          ...BODY,
          'Until last year, councils could charge at most double the normal council tax on homes empty for more than two years.',
        ],
        'It is time to tax the empties',
      ),
      'Until last year',
    );
    for (const words of [10, 8, 6]) {
      const title = ctx.headlineTitle(s, words, [], true) ?? '';
      expect(title).not.toMatch(/double$|at double/);
    }
    expect(cutsObject('Councils could charge at most double', s.text)).toBe(true);
  });
});

describe('an essay', () => {
  it('never splices a series into a relative clause ("a delivery van | shop had been unable to sell")', () => {
    const text =
      "In the cars were a man going to his mother's funeral, a vet carrying drugs for a farm, and a delivery van holding the bread, milk and newspapers that the island's only shop had been unable to sell for more than a week.";
    const cut = compressSentence(text, { lexicon: lexiconOf(text) });
    expect(cut).not.toMatch(/van shop|van had/);
  });

  it('titles nothing with a clause cut after "how"', () => {
    expect(
      isComplete(
        'The deeper story is about how',
        lexiconOf('The deeper story is about how, over a century, it changed.'),
      ),
    ).toBe(false);
    expect(danglingEnd('The deeper story is about how')).toBe('how');
    expect(danglingEnd('Growers who cannot fill jobs should ask why')).toBeUndefined();
  });

  it('drops a participle with the date it carried from a timeline row ("creamery, opened in 1931, sent")', () => {
    const text = draftDeck(
      article(
        [
          'The islands have depended on their ferries for more than a century, and the fleet is now the oldest in Europe.',
          "Inchmorran's creamery, opened in 1931, sent its milk to Kilbrae every morning on the first boat.",
          'The first regular steam service to the islands began in 1887, run by a private company.',
          'In 1962 the first car ferry entered service, and vehicles could drive straight on at Kilbrae.',
          'In 2017 the government ordered two new ferries, which were due in 2019 but arrived in 2024.',
        ],
        'The constitution of an island',
      ),
    ).text;
    expect(text).not.toMatch(/creamery, opened, sent/);
  });
});

describe('cuts inside a noun phrase', () => {
  it('never stop between coordinated names and their noun ("the main Inchmorran | and Sula routes")', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          ...BODY,
          'In 2017, with the fleet visibly ageing, the government finally ordered two new ferries for the main Inchmorran and Sula routes.',
        ],
        'The constitution of an island',
      ),
      'In 2017',
    );
    expect(ctx.headlineTitle(s, 10, [], true) ?? '').not.toMatch(/Inchmorran$/);
  });

  it('keep "in advance" with the span it directs', () => {
    const text =
      'There is a rolling programme of resurfacing and renewal, paid for from a budget that is planned years in advance, with engineers whose job is to know which stretch will need attention next.';
    expect(trailingPhraseCuts(text.replace(/\.$/, ''), lexiconOf(text))).not.toContain(
      'There is a rolling programme of resurfacing and renewal, paid for from a budget that is planned years',
    );
  });
});

describe('small words that carry the claim', () => {
  it('keeps "so far" and "to have peaked"', () => {
    const text = 'The education ministry has so far offered 3.5%, which the unions rejected in January.';
    expect(compressSentence(text, { lexicon: lexiconOf(text) })).toMatch(/has so far offered 3\.5%/);
    const peak = 'The daily count of new confirmed cases appears to have peaked on 10 March';
    expect(simplePast(peak, lexiconOf(`${peak}.`))).toBe(peak);
  });
});

describe("a quotation's lead-in", () => {
  const source = article(
    [
      ...BODY,
      'Marta Oyelaran, general secretary of the Lennmark Teachers\' Federation, put it bluntly when she gave evidence to the provincial education committee in November 2024: "New teachers are not leaving because they cannot afford a holiday.',
      'They are leaving because they are working sixty hours a week and cannot afford a flat near the school."',
    ],
    'Fill the posts that are empty',
  );

  it('is no statement ("Oyelaran put it bluntly when …")', () => {
    expect(
      emptyStatement('Oyelaran put it bluntly when she gave evidence to the provincial education committee'),
    ).toBe(true);
    expect(emptyStatement('Oyelaran put the cost at €96 million')).toBe(false);
  });

  it("is never set in quotation marks as the speaker's words", () => {
    const { ctx, s } = sentenceIn(source, 'Marta Oyelaran');
    expect(ctx.bulletText(s)).not.toMatch(/^(?:\w+: )?"Oyelaran put it/);
  });
});

describe('a name with an -ing word in it', () => {
  it('is no reduced relative, and a number\'s thousands comma ends no phrase ("Teacher Working Lives Survey of 6,200")', () => {
    const text =
      "Our analysis draws on the ministry's school workforce census for 2019/20 to 2024/25, the 2023 Teacher Working Lives Survey of 6,200 teachers, and interviews with 34 headteachers in eleven districts.";
    expect(compressSentence(text, { lexicon: lexiconOf(text) })).not.toMatch(/Teacher,200/);
    expect(compressSentence(text, { lexicon: lexiconOf(text), maxWords: 14 })).not.toMatch(/Teacher,200/);
  });
});

describe("compression never splices one clause's subject onto another's verb", () => {
  const cases: [string, RegExp][] = [
    [
      'Relative to the comparison cities, the number of vehicles entering the zone on weekdays fell by 17.4%, and the effect was stable across the two years (Table 1).',
      /number of vehicles was stable/,
    ],
    [
      'Bus boardings on routes serving the zone rose by 8.6% relative to the comparison cities, and peak- hour bus journey times through the zone fell by 9.0%, largely because buses were no longer held up in queues on the main radial roads.',
      /Bus boardings on routes fell/,
    ],
    [
      'Separately, the opposition Civic Alliance has said it will ask the court to review the four remaining decrees, and a first hearing could come before the summer recess, which begins on 18 July.',
      /^Separately and|the four could/,
    ],
  ];
  for (const [text, splice] of cases)
    it(`keeps "${text.slice(0, 40)}…" faithful`, () => {
      for (const maxWords of [undefined, 20, 14])
        expect(compressSentence(text, { lexicon: lexiconOf(text), maxWords })).not.toMatch(splice);
    });

  it('still drops a description after a name ("Kessler Robotics, the largest maker of robots, reported …")', () => {
    const text =
      'Kessler Robotics, the largest maker of robots, reported a loss of £4m in the first quarter.';
    expect(compressSentence(text, { lexicon: lexiconOf(text) })).toBe(
      'Kessler Robotics reported a loss of £4m in the first quarter',
    );
  });
});

describe('a turn of the predicate after "told us that"', () => {
  it('takes its subject from the reported clause, never "us that they"', () => {
    const text =
      'Several head teachers told us that they would welcome a stronger link with local employers but lacked the staff time to build one.';
    for (const maxWords of [undefined, 14, 10])
      expect(compressSentence(text, { lexicon: lexiconOf(text), maxWords })).not.toMatch(/^Us that/);
  });
});

describe('a pull quote', () => {
  it('is said once, where the body says it, and never titles a slide of its own', () => {
    const paragraphs = [
      'The Skerran Isles have been losing their ferries for thirty years, and the cause is how the state buys them.',
      'Dr Morag Lennie, a historian at the University of Kilbrae, argues that the ferries shaped the islands. "A ferry timetable is the constitution of an island," she told me in her office.',
      'A ferry timetable is the constitution of an island.',
      'In 1997 the Board was split in two, and fleet planning became a contract bought mainly on price.',
      'A ferry timetable is the constitution of an island.',
      'The fix is a funded programme that replaces one ship every two years and keeps a spare ship in reserve.',
    ];
    const source = article(paragraphs, 'The constitution of an island');
    const ctx = contextOf(source);
    const stand = ctx.analysis.paragraphs
      .filter((p) => p.sentences.length === 1)
      .map((p) => p.sentences[0]!.ref);
    expect(stand.filter((ref) => ctx.silent.has(ref))).toEqual(['p3.s1', 'p5.s1']);
    expect(draftDeck(source).text).not.toMatch(/^## A ferry timetable/m);
  });
});
