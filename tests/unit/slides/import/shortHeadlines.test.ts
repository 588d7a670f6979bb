import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import/plainText';
import { importMarkdown } from '../../../../slides/import/markdown';

/**
 * A magazine page pasted as text: the shouted masthead, the site's navigation, the section, then a headline of
 * four words, its standfirst, the byline and a line of issue, date and reading time. The headline is the short
 * line above the standfirst, not the masthead, and the date is the one among the labels.
 */

const BODY = [
  'My father crossed the Fenn estuary by ferry every working day for thirty-one years, and so, for a while, did I.',
  'In May 2026 the county approved a plan to build a road bridge at Marrowby and to retire both ferries when it opens, at a cost of 140 million pounds.',
  'The ferries carry about 1,300 passengers a day, most of them on foot, and cost 2.4 million pounds a year to run, which the county says it can no longer afford.',
];

const PAGE = [
  'THE ESTUARY QUARTERLY',
  'Essays | Places | Reviews | Archive | Subscribe',
  'Places',
  '',
  'The Short Way Over',
  'Marrowby is about to replace its ferries with a bridge. I went back to ride them.',
  '',
  'By Hanne Oystrand',
  'Spring 2027 issue | 3 March 2027 | 14 minute read',
  '',
  ...BODY.flatMap((p) => [p, '']),
].join('\n');

describe('a pasted magazine page with a short headline', () => {
  const imported = importText(PAGE, { format: 'txt' });

  it('takes the four-word headline, not the masthead, as the title, and the line under it as the standfirst', () => {
    expect(imported.title).toBe('The Short Way Over');
    expect(imported.standfirst).toBe(
      'Marrowby is about to replace its ferries with a bridge. I went back to ride them.',
    );
    expect(imported.publisher).toBe('The Estuary Quarterly');
  });

  it('reads the date from the line of labels and keeps every paragraph of the body', () => {
    expect(imported.author).toBe('Hanne Oystrand');
    expect(imported.date).toBe('3 March 2027');
    expect(imported.paragraphs).toEqual(BODY);
  });
});

describe("a pasted op-ed's closing bio", () => {
  it('is read as the bio when it opens on a dash, and leaves the body', () => {
    const text = [
      'Build the tram, or stop promising it',
      '',
      ...BODY.flatMap((p) => [p, '']),
      '— Mara Velkonen is a senior fellow at the Harrowgate Institute.',
    ].join('\n');
    const imported = importText(text, { format: 'txt' });
    expect(imported.authorBio).toBe('Mara Velkonen is a senior fellow at the Harrowgate Institute.');
    expect(imported.author).toBe('Mara Velkonen');
    expect(imported.paragraphs).toEqual(BODY);
  });
});

describe("a chronology's closing note", () => {
  it('drops the update notice and the desk contact at the foot, and keeps the body', () => {
    const text = [
      '# How the chip dispute unfolded',
      '',
      ...BODY.flatMap((p) => [p, '']),
      '*This timeline is updated as the dispute develops. Corrections and tips to trade-desk@example.org.*',
    ].join('\n');
    const imported = importMarkdown(text);
    expect(imported.paragraphs).toEqual(BODY);
  });
});
