import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import/plainText';
import { importPdf } from '../../../../slides/import/pdf';
import { buildTextPdf } from '../../../helpers/pdf';

/**
 * The head of a page is its metadata, never its body or its headline: a masthead and section labels above a pasted
 * op-ed's headline, a brief's credit line of author, issuer, series and date, a paper's issuer above its title and
 * its authors' affiliation below; a listening widget and a paper's index terms are furniture; a paper's footnotes
 * go even when their number is set on a line of its own; acknowledgements, references and appendices close it.
 */

const BODY = [
  'Walk down Calloway Street in the Eastgate district of Brennock and count the boarded windows. I did it last Sunday and got to eleven before the street ran out.',
  'On 27 March councillors should vote to raise the council tax premium on long-term empty homes from 100% to 300%, and ring-fence every penny it raises for housing homeless families.',
  'The numbers are stark. According to the council, 6,400 homes in Brennock have been empty for more than six months, while 3,900 households live in temporary accommodation.',
];

describe('a pasted op-ed', () => {
  it('takes its masthead as the publisher and its section labels out, leaving the headline as the title', () => {
    const text = [
      'The Northern Ledger',
      'Housing',
      'Opinion',
      'Brennock has 6,400 empty homes and 3,900 families in emergency rooms. It is time to tax the empties',
      'A steep levy on homes left vacant for more than a year would bring hundreds back into use',
      'By Harriet Okonjo-Vale',
      'Updated 14 March 2025, 9:12am GMT',
      'Listen to this article · 6 min',
      ...BODY,
    ].join('\n\n');
    const article = importText(text, { format: 'txt' });
    expect(article.title).toBe(
      'Brennock has 6,400 empty homes and 3,900 families in emergency rooms. It is time to tax the empties',
    );
    expect(article.publisher).toBe('The Northern Ledger');
    expect(article.author).toBe('Harriet Okonjo-Vale');
    expect(article.paragraphs).toEqual(BODY);
  });

  it('keeps a short headline above its standfirst (one short line is no label)', () => {
    const text = [
      'Tax the empties',
      'A steep levy on empty homes would pay for emergency housing in Brennock',
      'By Harriet Okonjo-Vale',
      ...BODY,
    ].join('\n\n');
    expect(importText(text, { format: 'txt' }).title).toBe('Tax the empties');
  });
});

describe("a policy brief's credit line", () => {
  it('gives the author, issuer and date, and is no paragraph', () => {
    const text = [
      "Fill the posts that are empty: a targeted answer to Lennmark's teacher shortage",
      'Dr Selma Karvonen · Altmoor Institute for Public Policy · Policy Brief No. 31 · March 2025',
      ...BODY,
    ].join('\n\n');
    const article = importText(text, { format: 'txt' });
    expect(article.author).toBe('Dr Selma Karvonen');
    expect(article.publisher).toBe('Altmoor Institute for Public Policy');
    expect(article.date).toBe('March 2025');
    expect(article.paragraphs).toEqual(BODY);
  });
});

describe('a working paper as a PDF', () => {
  it('finds the title under a long issuer line, reads the authors and their affiliation, and drops notes and back matter', async () => {
    const lines = [
      { text: 'Centre for Transport Economics · University of Dunbarrow', size: 9, y: 800 },
      { text: 'Working Paper No. 25/03', size: 9, y: 788 },
      { text: 'Did the Greywell Clean Air Charge Work?', size: 20, y: 740 },
      { text: 'Hannah Wyck and Rafael Ostrander', size: 11, y: 700 },
      { text: 'Centre for Transport Economics, University of Dunbarrow', size: 11, y: 676 },
      { text: 'February 2025', size: 11, y: 652 },
      {
        text: 'Working papers are circulated for discussion and comment. The views expressed are those of the authors.',
        size: 9,
        y: 630,
      },
      { text: 'JEL codes: R41, R48, Q53', size: 9, y: 610 },
      {
        text: 'The charge cut traffic entering the zone by 17.4% in its first two years.',
        size: 10.5,
        y: 570,
      },
      {
        text: 'Roadside nitrogen dioxide fell by 11.2% relative to five comparison cities.',
        size: 10.5,
        y: 540,
      },
      { text: 'Low-income drivers from the outer districts pay 58% of the charges.', size: 10.5, y: 510 },
      { text: '1', size: 6, y: 84 },
      { text: 'Greywell City Council, Final Scheme Order (2021).', size: 8, y: 80 },
      { text: 'Acknowledgements', size: 10.5, y: 780, page: 2 },
      { text: 'We thank the transport data team at Greywell City Council.', size: 10.5, y: 750, page: 2 },
      { text: 'References', size: 10.5, y: 720, page: 2 },
      {
        text: 'Ostrander, R. and Wyck, H. (2022). Measuring road pricing. Journal of Transport.',
        size: 10.5,
        y: 690,
        page: 2,
      },
    ];
    const article = await importPdf(await buildTextPdf(lines, 'Untitled'));
    expect(article.title).toBe('Did the Greywell Clean Air Charge Work?');
    expect(article.author).toBe('Hannah Wyck and Rafael Ostrander');
    expect(article.publisher).toBe('Centre for Transport Economics, University of Dunbarrow');
    const text = article.paragraphs.join('\n');
    expect(text).toContain('The charge cut traffic entering the zone by 17.4%');
    expect(text).not.toMatch(
      /circulated for discussion|JEL codes|Final Scheme Order|We thank|Journal of Transport/,
    );
    expect(article.warnings).toContain('left out 1 footnote');
  });
});
