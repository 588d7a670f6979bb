import { describe, expect, it } from 'vitest';
import { article, bottomOf, contextOf } from '../../../helpers/draftContext';
import { argumentUnits } from '../../../../slides/draft/select';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { compressionCandidates, compressSentence, cutsAway } from '../../../../slides/draft/compress';
import { dropArticles } from '../../../../slides/draft/headline';
import { isComplete, lexiconOf, trailingPhraseCuts } from '../../../../slides/draft/clauses';
import { draftDeck } from '../../../../slides/draft';

/**
 * A working paper: its data, strategy and robustness sections say how the findings were got, so their units weigh
 * less than the findings' for a slide; a figure's caption is never a bullet, whatever its second sentence says; a
 * purpose clause is never a bullet alone; a range's start keeps its end.
 */

const PAPER = [
  'Seven of twelve container terminals automated their yards between 2011 and 2018. Automation raised throughput per crane hour by 22 percent and cut dock employment by 17 percent.',
  '2 Setting and data',
  'We study twelve container terminals that handled more than 500,000 containers in 2010, spread across five countries. Terminal data come from port-authority filings, and wages from national labour registers.',
  '3 Results',
  'Automation raised throughput per crane hour by 22 percent. Dock employment fell by 17 percent, about 1,700 jobs, relative to the counterfactual.',
  'Figure 2: Event-study estimates of the effect of automation on dock employment. Horizontal axis: years relative to automation; the year before automation is the reference.',
  'The regional median wage did not move. The gains went to the operators, whose margins rose by 6.3 points.',
  '4 Conclusion',
  'Port automation did what its engineers promised and not what its advocates promised.',
];

describe('a working paper', () => {
  it('weighs a unit under "Setting and data" or "Robustness and limits" less than the same unit under a finding', () => {
    const scoreUnder = (heading: string) => {
      const paragraphs = PAPER.map((p) => (p === '2 Setting and data' ? heading : p));
      const units = argumentUnits(analyzeArticle(article(paragraphs, 'Cranes without crews')));
      return units.find((u) => u.sentences[0]?.text.startsWith('We study twelve'))?.score ?? NaN;
    };
    const finding = scoreUnder('2 What the terminals found');
    expect(scoreUnder('2 Setting and data')).toBeLessThan(finding - 0.2);
    expect(scoreUnder('4.4 Robustness and limits')).toBeLessThan(finding - 0.2);
  });

  it('never drafts a figure caption, not even its second sentence', () => {
    const { text } = draftDeck(article(PAPER, 'Cranes without crews'));
    expect(text).not.toMatch(/^- .*Horizontal axis/m);
    const ctx = contextOf(article(PAPER, 'Cranes without crews'));
    const caption = ctx.analysis.sentences.filter((s) => s.paragraph === 6);
    expect(caption.length).toBe(2);
    for (const s of caption) expect(ctx.silent.has(s.ref)).toBe(true);
  });
});

describe('a sentence that opens on a condition or a scene', () => {
  const cases = [
    {
      text: 'Our assessment is that unless safe water and sanitation are scaled up within the next four weeks, before the short rains expected in mid-March, the district faces a serious risk of a cholera outbreak that could cost more lives than the flood itself.',
      leadIn:
        'Our assessment is that unless safe water and sanitation are scaled up within the next four weeks',
    },
    {
      text: 'Without a multi-year, ring-fenced funding settlement and practical help for small authorities to use their new powers, we conclude that the Act will widen the gap between urban and rural services rather than close it.',
      leadIn:
        'Without a multi-year, ring-fenced funding settlement and practical help for small authorities to use their new powers',
    },
  ];

  it('is never cut to the condition alone, before its main clause', () => {
    for (const { text, leadIn } of cases) {
      const lexicon = lexiconOf(text);
      expect(cutsAway(leadIn, text, lexicon)).toBe(true);
      expect(compressionCandidates(text, { lexicon, maxWords: 20 })).not.toContain(leadIn);
      for (const maxWords of [14, 20]) expect(compressSentence(text, { lexicon, maxWords })).not.toBe(leadIn);
    }
  });

  it('gives no bullet that is the condition alone', () => {
    for (const { text, leadIn } of cases) {
      const ctx = contextOf(
        article(['The floods displaced 184,000 people in February.', text], 'After the floods'),
      );
      const s = ctx.analysis.sentences.find((x) => x.text === text);
      expect(s).toBeDefined();
      expect(ctx.item(s!).text).not.toBe(leadIn);
    }
  });

  it('is never cut to a time it opens on, nor a comparison to one side', () => {
    const after =
      'Three weeks after the Lenavi River burst its banks, the emergency in Sumbara District has changed character.';
    expect(cutsAway('Three weeks after the Lenavi River burst banks', after, lexiconOf(after))).toBe(true);
    const compared = "The numbers say Castlebrook Athletic's players are running as much as ever.";
    expect(
      cutsAway("The numbers say Castlebrook Athletic's players are running", compared, lexiconOf(compared)),
    ).toBe(true);
  });

  it('is cut after its main clause', () => {
    const text = 'Without new funding, the Act will fail, the committee said in its report on Tuesday.';
    expect(cutsAway('Without new funding, the Act will fail', text, lexiconOf(text))).toBe(false);
  });
});

describe('a sentence that opens on its purpose', () => {
  const text =
    'To measure what the closures mean for patients, we calculated the road distance from every home to the nearest open pharmacy for each year since 2015.';

  it('is never cut to the purpose clause alone', () => {
    expect(compressSentence(text, { lexicon: lexiconOf(text), maxWords: 14 })).not.toBe(
      'To measure what the closures mean for patients',
    );
  });

  it('drops the purpose clause first, keeping what was done', () => {
    expect(compressSentence(text, { lexicon: lexiconOf(text), maxWords: 20 })).toMatch(
      /^We calculated the road distance/,
    );
  });

  it('keeps "To sum up:" with what it sums up', () => {
    const sum = 'To sum up: revenue was flat, but the company underneath it is changing fast.';
    expect(compressSentence(sum, { lexicon: lexiconOf(sum), maxWords: 14 })).toMatch(/revenue was flat/i);
  });
});

describe('a range', () => {
  it('keeps its end when a cut would fall between its start and its end', () => {
    const text =
      'We calculated the road distance from every residential address in the census grid to the nearest pharmacy';
    const cuts = trailingPhraseCuts(text, lexiconOf(text));
    expect(cuts).not.toContain('We calculated the road distance from every residential address');
  });
});

describe('a report whose summary states its conclusion', () => {
  const REPORT = [
    'Executive summary',
    'This winter, thousands of families renting privately rationed heat and food to keep their meters running. We conclude that the energy crisis is no longer a price problem that will fade as bills ease.',
    'The findings draw on a survey of 1,150 households on prepayment meters, carried out over the winter.',
    'Key findings',
    'Self-disconnection is common. 43% of households ran out of credit at least once.',
    'Families are trading food for heat. 38% cut back on food to keep the meter topped up.',
    'The homes are the problem. 61% of the homes surveyed are rated band E or below.',
  ];

  it('puts the conclusion it announces first on the bottom line, whole', () => {
    const { text } = draftDeck(article(REPORT, 'Cold comfort: energy debt among private renters'));
    const bottom = text.split('\n---\n')[2] ?? '';
    expect(bottom).toMatch(/^- The energy crisis is no longer a price problem that will fade as bills ease/m);
  });

  it('is titled with a claim, not a figure ("43% of households ran out of credit")', () => {
    const { text } = draftDeck(article(REPORT, 'Cold comfort: energy debt among private renters'));
    expect(text).toMatch(/^## Bottom line: /m);
    expect(text).not.toMatch(/^## Bottom line: \d/m);
  });

  it('reads a clause ending on a verb after "as" and its subject as whole', () => {
    const text = 'The energy crisis is no longer a price problem that will fade as bills ease';
    expect(isComplete(text, lexiconOf(text))).toBe(true);
  });
});

describe('a headline set in title case', () => {
  it('is no statement when its "verb" follows a hyphenated adjective ("Short-Term Lets in Coastal …")', () => {
    const slide = bottomOf(
      article(
        [
          'The number of homes let to holidaymakers by the night has more than doubled in five years.',
          'Councils say they cannot plan for housing when they do not know where the lets are.',
        ],
        'Short-Term Lets in Coastal and Rural Communities: A consultation on registration and licensing',
      ),
    );
    expect(slide.title).not.toBe('Bottom line: Short-Term Lets in Coastal and Rural Communities');
  });
});

describe('a product comparison', () => {
  const REVIEW = {
    ...article(
      [
        'The short version',
        'Our pick: Voltaro Trek 1200 ★★★★½ (4.5/5)',
        'Also great: Ampline Base 1000 ★★★★☆ (4/5)',
        'Skip: Kestrel PowerCube 1500 ★★½☆☆ (2.5/5)',
        'For most people who want a battery that can carry a household through a power cut or a long weekend off-grid, the Voltaro Trek 1200 is the one to buy.',
        'How we tested',
        'Between January and February we ran each unit until it shut off, with a fridge, a kettle and a CPAP machine.',
        'The Trek gave us 1,071 Wh of usable energy, 93 per cent of its rating, the best result in the group.',
        'The PowerCube delivered only 79 per cent of its rated 1,500 Wh, and its fan was the loudest we measured.',
      ],
      'The Best Portable Power Stations of 2025',
    ),
    standfirst: 'We ran fridges, kettles and CPAP machines off five power stations for six weeks.',
  };

  it('concludes on its verdict under "The short version", past the labelled picks', () => {
    const slide = bottomOf(REVIEW);
    expect(slide.title).toMatch(/^Bottom line: The (?:Voltaro )?Trek 1200 is the one to buy$/);
  });

  it('takes neither its title-case label nor its method for the thesis', () => {
    const slide = bottomOf(REVIEW);
    expect(slide.title).not.toMatch(/power stations of 2025|We ran/i);
  });
});

describe('a cut inside a pair of modifiers, a forecast or a letter’s close', () => {
  it('never keeps a modifier without the head noun it shares ("higher steel | and copper costs")', () => {
    const text =
      'The remainder reflected higher steel and copper costs that we were only partly able to pass on.';
    expect(compressionCandidates(text, { lexicon: lexiconOf(text), maxWords: 14 })).not.toContain(
      'The remainder reflected higher steel',
    );
    const clause = 'Sales rose in March and prices fell in April.';
    expect(cutsAway('Sales rose in March', clause, lexiconOf(clause))).toBe(false);
  });

  it('keeps the year a forecast is for in its title', () => {
    const ctx = contextOf(
      article(
        [
          'Water infrastructure does not reward short-term thinking.',
          'The pumps we install this year will still be running in 2045.',
        ],
        'Letter to shareholders',
      ),
    );
    const s = ctx.analysis.sentences.find((x) => x.text.startsWith('The pumps'))!;
    expect(ctx.headlineTitle(s, 10, [], true) ?? '').not.toMatch(/running$/);
  });

  it('keeps "a" before a fraction after its measure word', () => {
    expect(dropArticles('Journey times across the city fell by about a sixth')).toBe(
      'Journey times across city fell by about a sixth',
    );
  });

  it('reads a letter’s closing courtesies as no point of it', () => {
    const ctx = contextOf(
      article(
        [
          'In 2025 we made a deliberate choice to earn a little less so that the company can earn more for years to come.',
          'Thank you for your confidence and your patience. I look forward to seeing many of you at our annual meeting on May 7, 2026.',
        ],
        'Letter to shareholders',
      ),
    );
    for (const s of ctx.analysis.sentences.filter((x) => x.paragraph === 2))
      expect(ctx.silent.has(s.ref), s.text).toBe(true);
  });
});
