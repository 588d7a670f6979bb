import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { attributionOf } from '../../../../slides/analyze/figures';
import { keyFigures, saysWhatItMeasures, statLabel } from '../../../../slides/draft/select';

/**
 * A stat item is a figure and the noun phrase that says what it counts: the label ends where the phrase does, not
 * a word count later, and a figure that measures nothing on its own is no stat item.
 */

/** What the analysis says each figure of one sentence measures, by the figure's text. */
function measures(sentence: string): Record<string, string> {
  const analysis = analyzeArticle(article([sentence], 'Figures'));
  return Object.fromEntries(analysis.figures.map((f) => [f.text, f.measures]));
}

describe('where a stat label ends', () => {
  it('stops before a clause that opens on its own determiner or subject pronoun', () => {
    const m = measures(
      'That is more than the 150 beds the recovery plan will add, and roughly a third of the deficit we forecast for 2027.',
    );
    expect(m['150']).toBe('beds');
    expect(m['roughly a third']).toBe('the deficit');
  });

  it("stops before the clause's verb when the figure's noun is its subject", () => {
    expect(measures('About 60 former staff took jobs at the new plant last spring.')['About 60']).toBe(
      'former staff',
    );
    expect(measures('Another 18% came from shared state between tests.')['18%']).toBe('');
  });

  it("keeps a compound's second noun that the tagger reads as a verb", () => {
    expect(measures('Norrvik has about 2,100 certified heat pump installers.')['about 2,100']).toBe(
      'certified heat pump installers',
    );
  });

  it('keeps a modifier that has the form of a verb', () => {
    expect(
      measures('The hub would add around 4,100 additional planned operations each year.')['around 4,100'],
    ).toBe('additional planned operations each year');
    expect(measures('Shares trade at 0.9 times trailing earnings.')['0.9']).toBe('times trailing earnings');
  });

  it('ends a long label before the phrase that locates it, not inside its noun', () => {
    expect(
      measures(
        'Doing so would require roughly 27,000 additional hours of home care a week across the region, at a cost.',
      )['roughly 27,000'],
    ).toBe('additional hours of home care a week');
    // A short label keeps its phrase whole.
    expect(measures('He farms 140 hectares with his brother.')['140']).toBe('hectares with his brother');
  });

  it('leaves no full stop at the end of a label', () => {
    expect(measures('The council set aside $610,000 for them.')['$610,000']).toBe('for them');
  });
});

describe('what is no figure', () => {
  it('reads "two and a half times" as a multiple, not a half', () => {
    const analysis = analyzeArticle(
      article(['That is more than two and a half times the 150 beds the plan adds.'], 'Beds'),
    );
    expect(analysis.figures.map((f) => f.text)).not.toContain('half');
  });

  it('reads "percentage point" whole', () => {
    expect(measures('It could take around 0.2 percentage point off quarterly growth.')).toHaveProperty(
      'around 0.2 percentage point',
      'off quarterly growth',
    );
  });

  it("reads a financial year's second year as no count", () => {
    const analysis = analyzeArticle(article(['The 2025/26 budget rises by £56 million.'], 'Budget'));
    expect(analysis.figures.map((f) => f.text)).toEqual(['£56 million']);
  });

  it('reads a time of day as no count', () => {
    const analysis = analyzeArticle(article(['The alarm sounded at 1 a.m. on Sunday.'], 'Alarm'));
    expect(analysis.figures).toEqual([]);
  });

  it('takes no small number word with its hedge for a count', () => {
    const analysis = analyzeArticle(
      article(['She worked only three of fourteen shifts on the ward that month.'], 'Shifts'),
    );
    expect(analysis.figures.map((f) => f.text)).not.toContain('only three of');
  });
});

describe('labels that measure nothing', () => {
  it('refuses a label that opens on what the figure is compared with or spent on', () => {
    for (const label of [
      'for similar patients',
      'amid a row',
      'with tax measures',
      'either side of a central rate',
    ])
      expect(saysWhatItMeasures(label), label).toBe(false);
    expect(saysWhatItMeasures('additional hours of home care a week')).toBe(true);
  });

  it('credits a group that opens the sentence in lower case', () => {
    expect(attributionOf('Officials said about 40 tonnes of oil had leaked.')).toBe('officials');
    expect(attributionOf('Maren Holt said about 40 tonnes of oil had leaked.')).toBe('Maren Holt');
  });
});

describe('titles that keep their object and their range', () => {
  it('does not cut a title before its object pronoun or between the ends of a range', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'The scheme has been popular with parents who use it, and take-up is high: around 212,000 children benefit in a typical month.',
          'Prices for fast frequency response fell 64 percent between 2022 and 2024 as new batteries crowded in, and several operators have told us their revenue projections no longer hold.',
        ],
        'Vouchers',
      ),
      'The scheme',
    );
    expect(ctx.pointTitle('figures', [s], (x) => ctx.figureTexts(x).slice(0, 1))).not.toMatch(/\buse$/);
    const prices = ctx.analysis.sentences.find((x) => x.text.startsWith('Prices'));
    expect(ctx.pointTitle('figures', [prices], (x) => ctx.figureTexts(x).slice(0, 1))).not.toMatch(
      /between 2022$/,
    );
  });
});

describe('one value, one key figure', () => {
  it('shows a value once on the stat slides, hedged or not', () => {
    const source = article(
      [
        'The heatwave damaged roughly 11,000 hectares of reef across the Shoals in 2024, the survey found.',
        'Researchers planted 12,000 bred corals, and 88 per cent of the bred fragments survived the summer.',
        'That is under 1 per cent of the 11,000 damaged hectares, and 61 per cent of the comparison fragments died.',
        'The programme cost US$216,000, or roughly US$270,000 a hectare, and 4,000 comparison corals were raised too.',
      ],
      'Bred corals survive the heat',
    );
    const figures = keyFigures(analyzeArticle(source), 20).map((f) => f.text.replace(/^roughly /, ''));
    expect(figures.filter((f) => f === '11,000')).toHaveLength(1);
  });
});

/** The label a stat item shows beside each figure of one sentence, with capitals kept only for the given names. */
function labels(sentence: string, names: readonly string[] = []): Record<string, string> {
  const analysis = analyzeArticle(article([sentence], 'Figures'));
  const s = analysis.sentences[0]!;
  return Object.fromEntries(analysis.figures.map((f) => [f.text, statLabel(f, s, (w) => names.includes(w))]));
}

describe('what a stat item says beside its figure', () => {
  it('says the clause a sentence opens on its figure', () => {
    expect(
      labels('About 27% of registered nurses are over 55, and most of them will retire soon.')['About 27%'],
    ).toBe('of registered nurses are over 55');
    expect(labels('Around 40% of Dravenian mortgages carry variable interest rates.')['Around 40%']).toBe(
      'of Dravenian mortgages carry variable interest rates',
    );
  });

  it('names the subject whose level the sentence states, with its time', () => {
    expect(labels('Unemployment stood at 2.9 percent in December.')['2.9 percent']).toBe(
      'unemployment in December',
    );
    expect(
      labels('But annual spending on agency nurses rose to €612 million, and more went on overtime.')[
        '€612 million'
      ],
    ).toBe('annual spending on agency nurses');
    expect(labels('Gross margin was 38.6%, up 240 basis points.')['38.6%']).toBe('gross margin');
  });

  it('says a change as the change it is', () => {
    expect(labels('Gross domestic product grew by only 0.3% in 2023.')['only 0.3%']).toBe(
      'growth in gross domestic product in 2023',
    );
    expect(labels('Wages have risen by 14%.')['14%']).toBe('rise in wages');
    expect(labels('Sales in Kessly fell 9 percent.', ['Sales'])['9 percent']).toBe('fall in Sales in Kessly');
  });

  it('keeps whose level it is, and stops before a number', () => {
    expect(labels('Support fell to 31% among people who commute by train.')['31%']).toBe(
      'support among people who commute by train',
    );
    expect(
      labels('Exports of goods fell 6.1% in the quarter to 14.2 billion pesos, while imports fell.')[
        '6.1%'
      ] ?? '',
    ).not.toMatch(/to 14$/);
  });

  it('says who gives or holds a share', () => {
    expect(
      labels('Businesses with fewer than 50 employees provide 44% of private-sector jobs in this country.')[
        '44%'
      ],
    ).toBe('of private-sector jobs, provided by businesses with fewer than 50 employees');
    expect(labels('Kelmari refineries supply 68% of the region’s germanium.', ['Kelmari'])['68%']).toBe(
      'of the region’s germanium, supplied by Kelmari refineries',
    );
    // "It", "they": a pronoun names no one who holds the share.
    expect(labels('They hold 71% of all deposits.')['71%']).toBe('of all deposits');
  });

  it('keeps the measure where the words before the figure are no subject', () => {
    expect(
      labels('Between 2021 and 2023 our test minutes a year grew by roughly 70 percent.')[
        'roughly 70 percent'
      ],
    ).toBe('');
    expect(labels('A year ago that figure was 15%.')['15%']).toBe('');
    expect(labels('The council set aside $610,000 for them.')['$610,000']).toBe('for them');
  });

  it('counts a figure only its subject explains among the key figures, unless asked for measured ones only', () => {
    const analysis = analyzeArticle(
      article(['Youth unemployment climbed to 19.6%, the highest level since the pandemic.'], 'Figures'),
    );
    expect(keyFigures(analysis, 9).map((f) => f.text)).toContain('19.6%');
    expect(keyFigures(analysis, 9, false).map((f) => f.text)).not.toContain('19.6%');
  });

  it('credits no one for "An estimated" figure', () => {
    expect(attributionOf('An estimated 297,000 people were unemployed in the quarter.')).toBeUndefined();
  });
});
