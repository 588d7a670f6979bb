import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import/plainText';
import { splitSentences } from '../../../../slides/analyze/sentences';
import { findFigures } from '../../../../slides/analyze/figures';

/**
 * A briefing memo opens on "MEMORANDUM" and its TO/FROM/DATE/SUBJECT fields, then its handling lines; a research
 * paper closes on its funding, interests and data notes and opens with its correspondence and dates.
 */
const JUDGEMENTS = [
  'KJ1. The strike will probably continue until at least 30 June. The parties remain far apart on pay and automation.',
  'KJ2. Shortages of critical medicines are unlikely before late July. Most medicines arrive by air or through Eddlestone.',
  'KJ3. Disruption to supplies of chilled and fresh food is likely from early July, because the other ports lack refrigerated plug points.',
];

describe('a memo', () => {
  const memo = importText(
    [
      'MEMORANDUM',
      'TO: Permanent Secretary; Private Office of the Minister for Trade and Supply',
      'FROM: Ansel Osterlund, Head, Supply Chain Resilience Unit',
      'DATE: 16 June 2025',
      'SUBJECT: Saltmarrow port strike: assessment of impact and outlook',
      'Ref: SCRU/2025/114 · Copy 3 of 12 · Handling: not for onward circulation without originator approval. Distribution: Permanent Secretary; Private Office files.',
      '1. Bottom line up front',
      'The strike at the Port of Saltmarrow is likely to continue for at least another two weeks. We recommend that the Minister offer facilitated talks now.',
      '2. Key judgements',
      ...JUDGEMENTS,
    ].join('\n\n'),
    { format: 'txt' },
  );

  it('takes its subject for the title and its sender for the writer, and leaves out its handling lines', () => {
    expect(memo.title).toBe('Saltmarrow port strike: assessment of impact and outlook');
    expect(memo.author).toBe('Ansel Osterlund');
    expect(memo.date).toBe('16 June 2025');
    expect(memo.standfirst).toBeUndefined();
    expect(memo.paragraphs[0]).toBe('1. Bottom line up front');
    expect(memo.paragraphs.join(' ')).not.toMatch(/SCRU\/2025|Copy 3 of 12|Distribution:/);
  });

  it("reads an item's label with its sentence, and a day of a month as a date", () => {
    expect(splitSentences(JUDGEMENTS[0] ?? '')[0]).toBe(
      'KJ1. The strike will probably continue until at least 30 June.',
    );
    expect(findFigures('The strike will probably continue until at least 30 June.', 'p1.s1')).toEqual([]);
  });
});

describe("a paper's front matter and closing notes", () => {
  it('are left out, the text between them kept', () => {
    const body = [
      'We conducted a stepped-wedge cluster-randomised trial in 48 state secondary schools, moving their start time to 08:45 or later.',
      'A later start increased sleep by about half an hour a night and modestly improved attendance, with no clear effect on attainment.',
      'Schools that plan transport with their start times can expect the gains without large costs.',
    ];
    const paper = importText(
      [
        'Later school start times and adolescent sleep: a stepped-wedge trial',
        'Correspondence: l.farrant@caldmoor.example · Received 3 June 2024; accepted 19 November 2024',
        ...body,
        'Funding: Estravian Research Council, grant ERC-ED-2021-044. The funder had no role in the design, analysis or reporting of the trial.',
        'Competing interests: None declared.',
        'Data availability: De-identified data are available from the corresponding author on reasonable request.',
        'Author contributions: LF designed the trial; KB analysed the data.',
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(paper.paragraphs).toEqual(body);
  });
});

describe('a statistical release', () => {
  it('keeps its "Main points" label with the points, never as the standfirst', () => {
    const points = [
      'Total household debt reached €412.6 billion at the end of September 2025, up 4.1% on a year earlier.',
      'Consumer credit rose 6.8% on a year earlier to €48.9 billion, the fastest annual growth since 2008.',
      'Arrears on consumer credit rose to 3.6%, the highest rate in the series.',
    ];
    const release = importText(
      [
        'Household debt and financial resilience, Auvenne: July to September 2025',
        'Main points',
        ...points,
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(release.standfirst).toBeUndefined();
    expect(release.paragraphs).toEqual(['Main points', ...points]);
  });
});
