/**
 * Page furniture is dropped in every import path (text, paste, Markdown, HTML, Word, PDF): one article carrying
 * every kind of furniture named in issue 10 goes through each importer, and exactly its body comes out, with the
 * bio kept as metadata and the date written as people write it. Body text that merely mentions a newsletter or
 * quotes a post in running prose stays.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../../electron/services/import/importDocx';
import { readableDate } from '../../../../slides/import/articleHead';
import { boilerplateKind, stripBoilerplate } from '../../../../slides/import/boilerplate';
import { importHtml } from '../../../../slides/import/html';
import { importPdf } from '../../../../slides/import/pdf';
import { importText } from '../../../../slides/import/plainText';
import type { ImportedArticle } from '../../../../slides/import/types';
import { buildDocx } from '../../../helpers/docx';
import { buildTextPdf, type PdfLineSpec } from '../../../helpers/pdf';

const TITLE = 'Granton fights to keep its maternity ward';
const BYLINE = 'By Dana Whitcombe';

const BODY = [
  'Ridgeline Health said on February 20 that it would close the birthing unit at Granton Memorial on June 1.',
  'Ferrer summed up the finding for a general audience shortly after publication:',
  'In a post on X, Ferrer wrote that water breaks are not a luxury, and the line drew thousands of replies.',
  'The union said its newsletter had reached 3,000 members and that it would sign up more in the spring.',
  'Updated figures published in March show that births at the unit fell to 212 last year.',
  'Share prices of the hospital chain fell 4 percent after the announcement, traders said.',
  'Kayla Brandt, who leads the petition, said she would be at the board meeting on April 17.',
];

/** Every kind of furniture, as one block each, grouped by where a page puts it. */
const TOP = [
  'Published March 14, 2024, 8:05am EST',
  'Updated March 14, 2024, 10:28am EST',
  'Photo: Marcus Reyes for The Lakeshore Courier',
  'Share this article: Facebook · X · Email · Copy link',
  '7 min read',
];
const POST = [
  'New paper out today: heat stress is a kidney stress. Water breaks are not a luxury. pic.twitter.com/Qm81ZpXk2v',
  '— Lucia Ferrer (@LuciaFerrerNeph) March 3, 2024',
];
const MIDDLE = [
  'Read: Wait times at rural clinics hit a five-year high',
  'Related: Why Ohio cannot hire enough nurses',
  'More: Our rural health tracker',
  '@LuciaFerrerNeph',
  '214 comments',
];
const END = [
  'A version of this article appears in print on March 12, 2024, Section B, Page 3 of the European edition.',
  'This article appeared in the Weekend edition of The Lakeshore Courier.',
  'We want to hear from you. Send a letter to the editor at letters@courier.example.',
  "Sign up to get the week's best health stories every Friday.",
  'Subscribe for $1 a week.',
  'Independent reporting depends on readers like you. Donate to the Courier today.',
  'The views expressed here are the author’s own.',
];
const BIO = [
  'Dana Whitcombe is a senior correspondent at The Lakeshore Courier, where she covers rural health.',
  'Her main research focus is hospital finance in small towns.',
];
const FURNITURE = [...TOP, ...POST, ...MIDDLE, ...END];

/** The article's blocks in page order: head, body with furniture between, closing furniture, bio. */
function pageBlocks(): string[] {
  return [
    TITLE,
    BYLINE,
    ...TOP,
    BODY[0]!,
    MIDDLE[0]!,
    BODY[1]!,
    ...POST,
    BODY[2]!,
    ...MIDDLE.slice(1),
    ...BODY.slice(3),
    ...END,
    ...BIO,
  ];
}

function expectOnlyBody(article: ImportedArticle): void {
  expect(article.title).toBe(TITLE);
  expect(article.paragraphs).toEqual(BODY);
  for (const line of [...FURNITURE, ...BIO])
    expect(article.paragraphs.join('\n'), line).not.toContain(line.slice(0, 30));
  expect(article.authorBio).toBe(BIO.join(' '));
  expect(article.author).toBe('Dana Whitcombe');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('furniture in every import path', () => {
  it('plain text and paste: every kind is dropped and counted, the bio is metadata, the date is readable', () => {
    for (const format of ['txt', 'paste'] as const) {
      const article = importText(pageBlocks().join('\n\n'), { format });
      expectOnlyBody(article);
      expect(article.date).toBe('March 14, 2024');
      expect(article.warnings).toContain(`dropped ${FURNITURE.length} boilerplate lines`);
    }
  });

  it('plain text with one line per paragraph (no blank lines)', () => {
    const article = importText(pageBlocks().join('\n'), { format: 'paste' });
    expectOnlyBody(article);
  });

  it('Markdown', () => {
    const source = [
      `# ${TITLE}`,
      BYLINE,
      ...pageBlocks().slice(2, -2),
      ...BIO.map((line) => `*${line}*`),
    ].join('\n\n');
    const article = importText(source, { format: 'md' });
    expectOnlyBody(article);
    expect(article.date).toBe('March 14, 2024');
  });

  it('Markdown: a post pasted as a block quote, with its link, is dropped; prose quoting it stays', () => {
    const source = [
      `# ${TITLE}`,
      BODY[0],
      BODY[1],
      '> New paper out today: heat stress is a kidney stress. [pic.twitter.com/Qm81ZpXk2v](https://t.co/Qm81Zp)',
      '> — Lucia Ferrer (@LuciaFerrerNeph) [March 3, 2024](https://twitter.com/LuciaFerrerNeph/status/1)',
      '',
      BODY[2],
    ]
      .join('\n\n')
      .replace('\n\n> —', '\n> —');
    const article = importText(source, { format: 'md' });
    expect(article.paragraphs).toEqual(BODY.slice(0, 3));
  });

  it('a saved web page: embedded posts by their markup, furniture in the body, the ISO date in JSON-LD', () => {
    const blocks = pageBlocks().slice(2);
    const paragraphs = blocks
      .map((block) =>
        block === POST[0]
          ? `<blockquote class="twitter-tweet"><p lang="en">${escapeHtml(block)}</p>&mdash; Lucia Ferrer (@LuciaFerrerNeph) <a href="https://twitter.com/x/status/1">March 3, 2024</a></blockquote>`
          : block === POST[1]
            ? ''
            : `<p>${escapeHtml(block)}</p>`,
      )
      .join('\n');
    const html = `<!doctype html><html><head><title>${TITLE} | The Lakeshore Courier</title>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-14T13:05:00.000Z"}</script>
      <meta property="article:published_time" content="2024-03-14T13:05:00.000Z"></head>
      <body><nav><a href="/">Home</a> <a href="/health">Health</a></nav>
      <article><h1>${TITLE}</h1><p class="byline">${BYLINE}</p>${paragraphs}</article>
      <aside><p>Related: Five things to know about rural hospitals</p></aside>
      <footer><p>© 2024 The Lakeshore Courier</p></footer></body></html>`;
    const article = importHtml(html);
    expect(article.paragraphs).toEqual(BODY);
    expect(article.date).toBe('14 March 2024');
    expect(article.authorBio).toBe(BIO.join(' '));
    expect(article.paragraphs.join(' ')).not.toMatch(/pic\.twitter|@LuciaFerrerNeph|Ferrer \(@/);
  });

  it('a saved web page keeps the bio from its author box and drops the box', () => {
    const html = `<html><head><meta name="author" content="Helena Varga"></head><body><article><h1>${TITLE}</h1>
      ${BODY.map((p) => `<p>${p}</p>`).join('')}
      <aside class="author-box"><h3>About the author</h3><p>Helena Varga is a senior fellow at the Aldersgate Centre.
      Her main research focus is industrial policy.</p></aside></article></body></html>`;
    const article = importHtml(html);
    expect(article.paragraphs).toEqual(BODY);
    expect(article.authorBio).toBe(
      'Helena Varga is a senior fellow at the Aldersgate Centre. Her main research focus is industrial policy.',
    );
  });

  it('a Word document', async () => {
    const blocks = pageBlocks();
    const article = await importDocx(
      buildDocx(blocks.map((text, index) => (index === 0 ? { text, style: 'Title' } : { text }))),
    );
    expectOnlyBody(article);
    expect(article.date).toBe('March 14, 2024');
  });

  it('a PDF: a kicker above a two-line headline, furniture between paragraphs', async () => {
    const lines: PdfLineSpec[] = [{ text: 'HEALTH', size: 8, y: 800 }];
    lines.push(
      { text: 'Granton fights to keep', size: 22, y: 770 },
      { text: 'its maternity ward', size: 22, y: 744 },
    );
    let y = 712;
    for (const block of pageBlocks().slice(1)) {
      lines.push({ text: block, size: 9, y });
      y -= 24;
    }
    const article = await importPdf(await buildTextPdf(lines));
    expectOnlyBody(article);
    expect(article.date).toBe('March 14, 2024');
  });

  it('a printed PDF: the running header and footer on every page go, a paragraph runs on across the break', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const pages = [
      [
        'Wage boom tests the central bank',
        'Wages rose 12.4 percent in January, the statistics office said, and',
      ],
      [
        'the bank held its rate at 5.75 percent to slow them.',
        '',
        'Exporters said the strong currency hurt them most',
        'in 2023.',
      ],
      ['Importers said the cheap euro helped them most', 'in 2023.'],
    ];
    pages.forEach((lines, index) => {
      const page = doc.addPage([595, 842]);
      const draw = (text: string, y: number, size = 11) => page.drawText(text, { x: 50, y, size, font });
      draw('12/03/2024, 09:14 Wage boom tests the central bank | The Ledger', 815, 8);
      draw(`https://ledger.example/economy/wage-boom ${index + 1}/3`, 25, 8);
      // An empty entry leaves a paragraph gap.
      lines.forEach((text, line) => {
        if (text) draw(text, 760 - line * 14, index === 0 && line === 0 ? 22 : 11);
      });
    });
    const article = await importPdf(await doc.save());
    expect(article.title).toBe('Wage boom tests the central bank');
    expect(article.paragraphs).toEqual([
      'Wages rose 12.4 percent in January, the statistics office said, and the bank held its rate at 5.75 percent to slow them.',
      'Exporters said the strong currency hurt them most in 2023.',
      'Importers said the cheap euro helped them most in 2023.',
    ]);
    expect(article.warnings).toContain('dropped 6 boilerplate lines');
  });

  it('an "About the author:" line is the bio, and ISO dates are written as people write them', () => {
    const article = importText(
      [TITLE, ...BODY, 'About the author: Owen Marsh is the maritime editor of Freight Quarterly.'].join(
        '\n',
      ),
      { format: 'txt' },
    );
    expect(article.paragraphs).toEqual(BODY);
    expect(article.authorBio).toBe('Owen Marsh is the maritime editor of Freight Quarterly.');
    expect(readableDate('2018-09-25T21:28:31.000Z')).toBe('25 September 2018');
    expect(readableDate('2024-04-09T07:30:00+02:00')).toBe('9 April 2024');
    expect(readableDate('2024-04-09')).toBe('9 April 2024');
    expect(readableDate('Updated sometime')).toBe('Updated sometime');
  });

  it('a bio with a capitalised title and a long research-focus sentence is still the bio', () => {
    const bio = 'Eldar Vasquez is Senior Research Fellow at the Centre for Caspian Studies in Brussels.';
    const focus = `His main research focus is ${'energy security, sanctions and regional corridors, '.repeat(8)}in the South Caucasus.`;
    const article = importText([TITLE, ...BODY, bio, focus].join('\n'), { format: 'txt' });
    expect(article.paragraphs).toEqual(BODY);
    expect(article.authorBio).toBe(`${bio} ${focus}`);
  });

  it('the post attribution drops the post above it, but not a line that introduces it', () => {
    const { kept } = stripBoilerplate([
      BODY[0]!,
      'Asante made the same point:',
      '— Kwame Asante (@ProfKAsante) March 4, 2024',
      'Good study, important question. We need better designs. — Kwame Asante (@ProfKAsante) March 4, 2024',
      BODY[1]!,
    ]);
    expect(kept).toEqual([BODY[0], 'Asante made the same point:', BODY[1]]);
  });

  it.each([
    ['A version of this article appears in print on March 12, 2024.', 'printEdition'],
    ['This essay appears in the Spring 2024 issue of The Long View.', 'printEdition'],
    ['This article was originally published on The Conversation.', 'printEdition'],
    ['Originally published at rafaelduarte.dev.', 'printEdition'],
    ['Send a letter to the editor', 'letters'],
    ['Have a response to this essay? Write to us at letters@thelongview.example.', 'letters'],
    ['This interview has been edited and condensed for clarity.', 'editorNote'],
    ['Updated March 14, 2024, 10:28am EST', 'timestamp'],
    ['Posted on 14 February 2024 by Rafael Duarte · 9 min read · 87 comments', 'timestamp'],
    ['87 comments', 'comments'],
    ['9 min read', 'readingTime'],
    ['— Lucia Ferrer (@LuciaFerrerNeph) March 3, 2024', 'socialPost'],
    ['- Kwame Asante (@ProfKAsante) March 4, 2024', 'socialPost'],
    ['Lucia Ferrer @LuciaFerrerNeph · Mar 3', 'socialHandle'],
    ['Published 18 August 2024, 06:00', 'timestamp'],
    ['Updated 2 hours ago', 'timestamp'],
    ['pic.twitter.com/Qm81ZpXk2v', 'socialHandle'],
    ['Read: Hydrogen valleys and the limits of regional subsidy', 'readMore'],
    ['Previous post: Postgres advisory locks', 'readMore'],
    ['Related posts', 'related'],
    ['Share full article', 'share'],
    ['Subscribe to Freight Quarterly for 12 issues a year.', 'subscription'],
    ['Donate to the Centre today.', 'donation'],
    ['Home Posts Talks About RSS', 'menu'],
    ['Her main research focus is industrial policy.', 'researchFocus'],
    ['The views expressed in this commentary are the author’s own.', 'disclaimer'],
    ['The Kestrel Dawn lies aground. Photograph: Lars Bjerre/Northern Ledger', 'captionCredit'],
  ])('names %j as %s', (line, kind) => {
    expect(boilerplateKind(line)).toBe(kind);
  });

  it.each([
    'The union said its newsletter had reached 3,000 members and that it would sign up more in the spring.',
    'Updated figures published in March show that births at the unit fell to 212 last year.',
    'Read the report before judging it, the minister said.',
    'Subscribers to the service rose 12 percent in a year.',
    'More than 3,000 residents signed a petition delivered on March 4.',
    'In a letter to the editor, the mayor called the closure a mistake.',
    'She posted on March 3 that the study was "a clear signal", tagging @LuciaFerrerNeph in the reply.',
    'Posted on March 3, the video drew two million views within a day.',
    'The bigger picture: what comes next',
    'The plan was originally drawn up in 2014 and has never been revised.',
    "The big picture: Iran's leverage",
    'Half of the readers subscribe to the service for a year or more.',
    'Published in 2019, the report found that 40 percent of wards were understaffed.',
  ])('keeps body text %j', (line) => {
    expect(boilerplateKind(line)).toBeUndefined();
  });
});
