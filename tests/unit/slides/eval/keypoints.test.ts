import { describe, expect, it } from 'vitest';
import {
  findNumbers,
  normalise,
  parseKeyPoints,
  scoreDraft,
  termIn,
  unfairKeyPoints,
  type KeyPoints,
} from '../../../../slides/eval/keypoints';

const ARTICLE =
  'Inflation eased to 4.2% in March, the central bank said. Exports rose by $1,200 million. ' +
  'Two-thirds of firms expect sanctions to bite. Sign up for our newsletter.';

const KEYPOINTS: KeyPoints = parseKeyPoints({
  title: 'Test',
  kind: 'econ',
  points: [
    {
      id: 'inflation-eased',
      description: 'Inflation fell',
      match: [
        ['inflation', 'price growth'],
        ['eased', 'fell'],
      ],
    },
    {
      id: 'sanctions',
      description: 'Firms expect sanctions',
      match: [['sanction'], ['firm', 'company']],
      where: 'slides',
    },
    { id: 'exports', description: 'Exports rose', match: [['export'], ['rose', 'grew']], where: 'notes' },
  ],
  figures: [
    { value: '4.2%', match: ['4.2'], measures: 'inflation in March' },
    { value: '$1,200 million', match: ['1,200 million', '$1,200'], measures: 'rise in exports' },
  ],
  boilerplate: ['Sign up for our newsletter'],
});

const score = (slidesText: string[], notesText: string[] = []) =>
  scoreDraft({ slidesText, notesText, articleText: ARTICLE }, KEYPOINTS);

describe('term matching', () => {
  it('matches whole words case-insensitively, with simple inflections', () => {
    const text = normalise('Western SANCTIONED firms; prices easing; two economies');
    expect(termIn('sanction', text)).toBe(true);
    expect(termIn('ease', text)).toBe(true);
    expect(termIn('economy', text)).toBe(true);
    expect(termIn('price', text)).toBe(true);
    expect(termIn('san', text)).toBe(false);
    expect(termIn('firmament', text)).toBe(false);
  });

  it('keeps short words and numbers exact', () => {
    const text = normalise('The warden paid 14.2 and 4.25 and 1,200 units.');
    expect(termIn('war', text)).toBe(false);
    expect(termIn('4.2', text)).toBe(false);
    expect(termIn('1200', text)).toBe(true);
    expect(termIn('1,200', text)).toBe(true);
  });

  it('reads hyphens as spaces and supports explicit prefixes', () => {
    const text = normalise('Two thirds saw inflationary pressure');
    expect(termIn('two-thirds', text)).toBe(true);
    expect(termIn('inflat*', text)).toBe(true);
    expect(termIn('inflat', text)).toBe(false);
  });
});

describe('scoreDraft', () => {
  it('counts a point covered when every group has a term in one slide', () => {
    const result = score(
      ['Price growth fell to 4.2%', 'Companies brace for sanctions'],
      ['Exports grew strongly.'],
    );
    expect(result.coverage).toBe(1);
    expect(result.missed).toEqual([]);
    expect(result.coverageSlides).toBeCloseTo(2 / 3);
    expect(result.coverageNotes).toBeCloseTo(1 / 3);
    expect(result.coverageEither).toBe(1);
  });

  it('does not combine groups across different slides, and honours where', () => {
    const result = score(['Inflation is high', 'It fell', 'Exports rose'], ['Firms face sanctions']);
    expect(result.missed).toEqual(['inflation-eased', 'sanctions', 'exports']);
    expect(result.coverage).toBe(0);
    expect(result.coverageEither).toBeCloseTo(2 / 3);
  });

  it('recalls figures by any alternative and lists the missing ones', () => {
    expect(score(['Exports up $1200 million']).missedFigures).toEqual(['4.2%']);
    expect(score(['Exports up $1,200m'], ['Inflation 4.2 per cent']).figureRecall).toBe(1);
    expect(score(['Nothing here']).figureRecall).toBe(0);
  });

  it('reports boilerplate that leaked into slides or notes', () => {
    expect(score(['Inflation eased'], ['SIGN UP for our  newsletter!']).boilerplateLeaks).toEqual([
      'Sign up for our newsletter',
    ]);
    expect(score(['Inflation eased']).boilerplateLeaks).toEqual([]);
  });

  it('flags numbers absent from the article but not formatting variants or references', () => {
    const result = score(
      ['1. Inflation eased to 4.20%', 'Exports rose by 1200 million [p2.s1]', 'Growth of 3.1% expected'],
      ['Paragraph 7 says 4.2 percent; see ¶ 3 and [8]. Slide 5 of 12. Output fell 3.1% and 9%.'],
    );
    expect(result.numbersNotInSource).toEqual(['3.1', '9']);
  });
});

describe('findNumbers', () => {
  it('canonicalises separators and decimals and skips glued tokens', () => {
    expect(findNumbers('$1,200,000 and 4.50% in G20 at p4.s2, 2019.')).toEqual(['1200000', '4.5', '2019']);
  });

  it("reads no number in a web address (a Sources line's link to /2026/oct/28/…)", () => {
    expect(
      findNumbers(
        'The Ledger, https://theledger.example/opinion/2026/oct/28/view, and www.x.example/7 cost 12%',
      ),
    ).toEqual(['12']);
  });
});

describe('parseKeyPoints', () => {
  it('fills defaults', () => {
    const parsed = parseKeyPoints(
      '{"title":"T","kind":"oped","points":[{"id":"a","description":"d","match":[["x"]]}]}',
    );
    expect(parsed.points[0]?.where).toBe('either');
    expect(parsed.expect).toBe('draft');
    expect(parsed.figures).toEqual([]);
  });

  it('rejects bad files with a one-line reason naming the field', () => {
    expect(() => parseKeyPoints('{', 'x.json')).toThrow(/^x\.json: not valid JSON/);
    expect(() => parseKeyPoints({ title: 'T', kind: 'poem', points: [] }, 'y.json')).toThrow(
      /^y\.json: kind:/,
    );
    const dup = { id: 'a', description: 'd', match: [['x']] };
    expect(() => parseKeyPoints({ title: 'T', kind: 'news', points: [dup, dup] })).toThrow(
      /points\.1\.id: duplicate/,
    );
    expect(() => parseKeyPoints({ title: 'T', kind: 'news', points: [{ ...dup, match: [[]] }] })).toThrow(
      /match/,
    );
  });
});

describe('unfairKeyPoints', () => {
  it('passes terms the article contains and names those it does not', () => {
    expect(unfairKeyPoints(KEYPOINTS, ARTICLE)).toEqual([]);
    const unfair = parseKeyPoints({
      title: 'T',
      kind: 'econ',
      points: [{ id: 'p', description: 'd', match: [['inflation'], ['deflation', 'recession']] }],
      figures: [{ value: '7%', match: ['7'], measures: 'm' }],
    });
    expect(unfairKeyPoints(unfair, ARTICLE)).toEqual([
      'point p: no term of group 2 (deflation, recession) is in the article',
      'figure 7%: "7" is not in the article',
    ]);
  });
});
