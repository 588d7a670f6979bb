import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import/plainText';
import { importHtml } from '../../../../slides/import/html';
import { importPdf } from '../../../../slides/import/pdf';
import { buildTextPdf } from '../../../helpers/pdf';

/**
 * A page's head and foot read as a briefer would read them: the masthead and its section label are no headline,
 * a promo box's headlines and a report's cover notices are no paragraphs, a data table reads row by row, and
 * footnotes (in Word and in PDF) are asides, never the article's last word.
 */

const BODY = [
  'The harbour board voted on Tuesday to close the old fish quay for eighteen months while its piles are replaced.',
  'Skippers say the temporary berth at Gull Point has no shelter in an easterly and will cost them a season.',
  'The board says the piles are rotten and the quay could fail in a winter storm, as the survey made clear in 2023.',
];

describe('a pasted news page', () => {
  const page = [
    'The Eastmoor Courier',
    'News | Business | Sport | Opinion | Subscribe',
    'LOCAL NEWS',
    'Fish quay to close for 18 months as skippers warn of a lost season',
    'The board says rotten piles leave it no choice. Skippers say the stopgap berth is useless in an easterly.',
    'By Mairi Dunn, Harbour Correspondent',
    ...BODY,
    'Related stories',
    'Cannery closes after 88 years',
    'Godwit numbers at 20-year high, survey finds',
    'Council sets budget with 4.9% tax rise',
    '© Eastmoor Courier Ltd 2025. All rights reserved.',
  ].join('\n\n');

  it('takes the masthead above a shouted section label as the publisher, and the headline under them', () => {
    const article = importText(page, { format: 'txt' });
    expect(article.title).toBe('Fish quay to close for 18 months as skippers warn of a lost season');
    expect(article.publisher).toBe('The Eastmoor Courier');
    expect(article.paragraphs).not.toContain('LOCAL NEWS');
  });

  it('drops the headlines a "Related stories" box lists, up to the next sentence', () => {
    const article = importText(page, { format: 'txt' });
    expect(article.paragraphs.slice(-BODY.length)).toEqual(BODY);
    expect(article.paragraphs.join('\n')).not.toMatch(/Related stories|Cannery|Godwit|tax rise/);
  });
});

describe('an interview in Markdown', () => {
  it('reads "Interview by" as the byline and the site\'s line as the date', () => {
    const article = importText(
      [
        '# "Leaks are a data problem": Dana Kulik on fixing a water network',
        '*The Ledger Review · Ideas · 6 May 2025*',
        '*Interview by Marcus Albin*',
        ...BODY,
      ].join('\n\n'),
      { format: 'md' },
    );
    expect(article.author).toBe('Marcus Albin');
    expect(article.date).toBe('6 May 2025');
    expect(article.publisher).toBe('The Ledger Review');
    expect(article.paragraphs).toEqual(BODY);
  });
});

describe('a Word document, through mammoth', () => {
  const html = [
    '<h1>Pay is beating prices again, but the lost ground will take until 2027 to win back</h1>',
    '<p class="subtitle">Mirela Ostrovan, Senior Fellow, Social Policy Programme</p>',
    ...BODY.map((p, i) =>
      i === 1 ? `<p>${p}<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>` : `<p>${p}</p>`,
    ),
    '<table><thead><tr><th><p>Sector</p></th><th><p>Pay growth in 2024</p></th><th><p>Real pay against 2021</p></th></tr></thead>',
    '<tbody><tr><td><p>Hospitality</p></td><td><p>7.4%</p></td><td><p>+1.2%</p></td></tr>',
    '<tr><td><p>Education</p></td><td><p>2.9%</p></td><td><p>-8.9%</p></td></tr></tbody></table>',
    '<p>The recovery is real, then, but it is fragile, slow and unequal.</p>',
    '<p>Velland Business Weekly is published by Corbel Lane Media. To reproduce this article, contact permissions@vbw-media.example.</p>',
    '<ol><li id="footnote-1"><p> Real wages here are earnings deflated by the consumer price index. <a href="#footnote-ref-1">↑</a></p></li></ol>',
  ].join('');

  it('reads a data table row by row, each cell named by its column', () => {
    const article = importHtml(html, { format: 'docx' });
    expect(article.paragraphs).toContain(
      'Hospitality — Pay growth in 2024: 7.4%; Real pay against 2021: +1.2%',
    );
    expect(article.paragraphs).toContain(
      'Education — Pay growth in 2024: 2.9%; Real pay against 2021: -8.9%',
    );
    expect(article.paragraphs).not.toContain('7.4%');
  });

  it('leaves the footnotes out, with a warning, so the conclusion stays the last paragraph', () => {
    const article = importHtml(html, { format: 'docx' });
    expect(article.paragraphs.at(-1)).toBe(
      'The recovery is real, then, but it is fragile, slow and unequal.',
    );
    expect(article.paragraphs.join(' ')).not.toMatch(/↑|consumer price index/);
    expect(article.warnings).toContain('left out 1 footnote');
  });

  it('never takes a byline set in the Subtitle style for the standfirst', () => {
    const article = importHtml(html, { format: 'docx' });
    expect(article.standfirst).toBeUndefined();
  });

  it('leaves a layout table (one long cell a row) as it is', () => {
    const long =
      'This cell holds a paragraph of prose that runs on well past what any data table would put in a cell, as a page laid out in tables does for its main column of text.';
    const article = importHtml(
      `<h1>A page laid out in tables</h1><table><tr><td><p>${long}</p></td><td><p>Menu</p></td></tr><tr><td><p>${BODY[0]}</p></td><td><p>Links</p></td></tr></table><p>${BODY[1]}</p>`,
      { format: 'html' },
    );
    expect(article.paragraphs).toContain(long);
  });
});

describe("a report's cover", () => {
  it('reads who issues it, its number line and its notices as the head, never as paragraphs', () => {
    const article = importText(
      [
        'Learning on the Job: Rebuilding Apprenticeships in the Marlen Valley',
        'Final report of the Fairholt Commission on Skills and Work',
        'Report No. 14 · March 2025',
        'Commissioners: Dr Ruth Okonjo-Harte (chair), Gareth Pembury, Sunita Vale, Professor Alan Drummond',
        'The Fairholt Commission on Skills and Work is an independent commission established in 2021 by the Marlen Valley Combined Authority to advise on skills, training and employment. Its reports do not necessarily reflect the views of the Combined Authority. © Fairholt Commission on Skills and Work 2025. This report may be reproduced with acknowledgement.',
        ...BODY,
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(article.publisher).toBe('Fairholt Commission on Skills and Work');
    expect(article.date).toBe('March 2025');
    expect(article.paragraphs).toEqual(BODY);
  });
});

describe('a PDF with footnotes', () => {
  it('drops the notes at the foot of the page and their marks, and joins a paragraph run on over the page', async () => {
    const bytes = await buildTextPdf([
      { text: 'Apprenticeships in the Marlen Valley', size: 20, y: 780 },
      { text: 'Starts fell by 44% in ten years, and by 61% among', size: 10.5, y: 740 },
      { text: 'school leavers under 19.', size: 10.5, y: 725 },
      { text: '1', size: 6, y: 729, x: 170 },
      {
        text: 'The decline is not a loss of interest. It is the result of funding rules that',
        size: 10.5,
        y: 700,
      },
      { text: 'favour large employers and existing staff over young people who want', size: 10.5, y: 685 },
      {
        text: '1 Marlen Valley Combined Authority, Labour Market Bulletin, December 2024.',
        size: 8.5,
        y: 80,
      },
      {
        text: 'to learn a trade, and the region can reverse it without new money.',
        size: 10.5,
        y: 780,
        page: 2,
      },
      {
        text: 'The levy that large firms leave unspent would pay for a guarantee to every school leaver.',
        size: 10.5,
        y: 755,
        page: 2,
      },
      {
        text: 'Everything else follows from that choice, which the region can make this year.',
        size: 10.5,
        y: 730,
        page: 2,
      },
    ]);
    const article = await importPdf(bytes);
    const text = article.paragraphs.join('\n');
    expect(text).not.toMatch(/Labour Market Bulletin/);
    expect(article.paragraphs[0]).toBe(
      'Starts fell by 44% in ten years, and by 61% among school leavers under 19.',
    );
    expect(text).not.toMatch(/19\.1|191/);
    expect(text).toContain('young people who want to learn a trade');
    expect(article.warnings).toContain('left out 1 footnote');
  });
});
