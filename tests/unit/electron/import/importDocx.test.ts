import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../../electron/services/import/importDocx';
import { buildDocx, buildStyledDocx, documentXml } from '../../../helpers/docx';
import { buildZip } from '../../../helpers/zip';

const PARAGRAPHS = [
  { text: 'The corridor deal, explained', style: 'Heading1' },
  { text: 'By Jane Doe' },
  { text: 'Ministers agreed on Monday to reopen the border crossing by spring, ending a two-year closure.' },
  { text: 'Trade between the two countries fell by a third while the crossing was closed.' },
  { text: 'Sign up for our newsletter for more analysis.' },
];

describe('importDocx', () => {
  it('reads a Word document through mammoth into the HTML path', async () => {
    const article = await importDocx(buildDocx(PARAGRAPHS));
    expect(article).toMatchObject({
      title: 'The corridor deal, explained',
      author: 'Jane Doe',
      format: 'docx',
    });
    expect(article.paragraphs).toEqual([PARAGRAPHS[2]?.text, PARAGRAPHS[3]?.text]);
    expect(article.warnings).toContain('dropped 1 boilerplate line');
  });

  it("takes Word's Title style for the headline, and the series and post lines around it for the head", async () => {
    const brief = [
      { text: 'Marrow Institute Policy Brief No. 12 | Housing Programme' },
      { text: 'Build first, subsidise later: how Vessa should spend its housing fund', style: 'Title' },
      { text: 'Ada Kerrin, Senior Fellow, Housing Programme' },
      { text: 'Key points', style: 'Heading1' },
      { text: '• The fund pays for 4,000 homes a year, half what the city needs.' },
      {
        text: 'The housing fund was set up in 2019 to close a gap that has only widened since, and its rules still favour subsidy over supply.',
      },
    ];
    const article = await importDocx(buildStyledDocx(brief, { Title: 'Title', Heading1: 'heading 1' }));
    expect(article).toMatchObject({
      title: 'Build first, subsidise later: how Vessa should spend its housing fund',
      author: 'Ada Kerrin',
      publisher: 'Marrow Institute',
    });
    expect(article.paragraphs[0]).toBe('Key points');
    // The typed bullet is the list's glyph, not the item's text.
    expect(article.paragraphs[1]).toBe('The fund pays for 4,000 homes a year, half what the city needs.');
  });

  it('joins a drop cap to its paragraph, leaves out a pull quote and takes the dek under the headline', async () => {
    const essay = [
      { text: "The Mender's Ledger", style: 'Heading1' },
      { text: 'A town that recycles half its rubbish still throws away things that could have lasted.' },
      { text: 'By Marta Ilievska' },
      { text: 'T' },
      { text: 'he first thing you notice about the repair café is the smell of solder and machine oil.' },
      { text: 'They count what leaves the house.', style: 'PullQuote' },
      {
        text: 'The recycling figures are proud ones. They count what leaves the house. They say nothing about how long it stayed.',
      },
    ];
    const article = await importDocx(
      buildStyledDocx(essay, { Heading1: 'heading 1', PullQuote: 'Pull Quote' }),
    );
    expect(article.standfirst).toBe(essay[1]?.text);
    expect(article.author).toBe('Marta Ilievska');
    expect(article.paragraphs).toEqual([
      'The first thing you notice about the repair café is the smell of solder and machine oil.',
      essay[6]?.text,
    ]);
  });

  it('refuses a zip bomb from its declared sizes, without inflating it', async () => {
    const huge = `${documentXml(PARAGRAPHS).slice(0, -30)}${' '.repeat(150 * 1024 * 1024)}</w:body></w:document>`;
    const bomb = buildZip([{ name: 'word/document.xml', data: huge }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(importDocx(bomb)).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/zip bomb/),
    });
  });

  it('refuses parts that declare sizes over the limit even when their data is small', async () => {
    const lying = buildDocx(PARAGRAPHS, [
      { name: 'word/media/image1.png', data: 'x', declaredSize: 0xfffffff0 },
    ]);
    await expect(importDocx(lying)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('refuses a truncated document as corrupt', async () => {
    const bytes = buildDocx(PARAGRAPHS);
    await expect(importDocx(bytes.subarray(0, bytes.length - 40))).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('refuses a zip that is not a Word document', async () => {
    await expect(importDocx(buildZip([{ name: 'notes.txt', data: 'hello' }]))).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/not a Word document/),
    });
  });
});

describe('a shouted kicker above a Word title', () => {
  it('is the publication and its section: no standfirst, no body paragraph', async () => {
    const article = await importDocx(
      buildStyledDocx(
        [
          { text: 'KELLAND BUSINESS REVIEW · THE MONDAY INTERVIEW' },
          { text: '"We will never be the biggest port"', style: 'Title' },
          {
            text: 'Helene Strand has run the Port of Saltmere Authority since 2021. She talks about losing a shipping line and a bet on offshore wind.',
          },
          {
            text: 'Saltmere has been a working harbour for eight centuries, and for most of the last fifty years its fortunes have been measured in one number: containers.',
          },
          {
            text: 'The headline figure for Saltmere last year was a 6% fall in container traffic. How worried are you?',
          },
          {
            text: 'Less than people expect. Losing the Northline service hurt, and I will not pretend otherwise, but it was one customer among many.',
          },
        ],
        { Title: 'Title' },
      ),
    );
    expect(article.title).toBe('"We will never be the biggest port"');
    expect(article.standfirst ?? '').not.toMatch(/KELLAND|MONDAY INTERVIEW/);
    expect(article.paragraphs.join(' ')).not.toMatch(/KELLAND|MONDAY INTERVIEW/);
    expect(article.publisher).toBe('Kelland Business Review');
    expect(article.paragraphs.join(' ')).toContain('Helene Strand has run the Port of Saltmere Authority');
  });
});
