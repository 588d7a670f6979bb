import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../../../slides/import/articleHead';
import { importText } from '../../../../slides/import/plainText';
import { importHtml } from '../../../../slides/import/html';
import { compressSentence } from '../../../../slides/draft/compress';

/**
 * What a publisher adds around a report (a correction notice in two sentences, an appeal for money under its
 * call, a series note, a dateline with its place, a shouted section label, a bio in two sentences) is never a
 * paragraph, a standfirst or a bullet.
 */

const BODY = [
  'Harbour seals in the Vell estuary carried twice the load of flame retardants found in seals from the open coast, a survey of 310 animals has found.',
  'The survey, run by the Osterhaven Marine Institute, sampled blubber from seals stranded between 2019 and 2024.',
  'Dr Iona Brede, who led the work, said the estuary drains three industrial districts whose factories used the chemicals until 2015.',
  'The institute wants the chemicals added to the list the port authority must monitor each year.',
];

/** A plain-text page: its head lines, the body, then its foot lines, each a block. */
const page = (head: string[], foot: string[] = []) =>
  importText([...head, ...BODY, ...foot].join('\n\n'), { format: 'txt' });

const HEADLINE = 'Estuary seals carry twice the flame retardants of coastal seals';

describe('notices at the foot of a story', () => {
  it('drops a correction notice whose second sentence says what the earlier version said', () => {
    const article = page(
      [HEADLINE, 'By Pell Anselm, Environment correspondent'],
      [
        'This article was amended on 3 May 2025 to correct the number of stranded seals that the institute sampled between 2019 and 2024 in the estuary and on the open coast. An earlier version said there were 340.',
      ],
    );
    expect(article.paragraphs).toEqual(BODY);
  });

  it('drops an appeal for money at the foot of the page, however many sentences follow its call', () => {
    const article = page(
      [HEADLINE],
      [
        'Support our journalism. Reporting from the coast takes time, patience, boats and money, and none of it comes cheap. We answer to no owner and no shareholder, and every story we publish stays free for everyone to read. If you can, please help us with a gift today. It takes less than a minute, and every reader who gives keeps us going for another year.',
      ],
    );
    expect(article.paragraphs).toEqual(BODY);
  });

  it("drops the note placing a piece in the publisher's series", () => {
    const article = page([
      'Should the estuary be closed to shipping?',
      'This debate is part of our series "Coast in Question", in which two contributors take opposing sides.',
    ]);
    expect(article.standfirst).toBeUndefined();
    expect(article.paragraphs).toEqual(BODY);
  });
});

describe('the head of a story', () => {
  it('reads a dateline of a place and a weekday as the date', () => {
    expect(parseDateLine('Osterhaven, Wednesday 11 June 2025')).toBe('Wednesday 11 June 2025');
    expect(parseDateLine('New Vell, 4 March 2024')).toBe('4 March 2024');
    expect(parseDateLine('The survey found twice the load, 4 March 2024')).toBeUndefined();
  });

  it('never takes a shouted section label for the standfirst', () => {
    expect(page(['Should the estuary be closed to shipping?', 'INTRODUCTION']).standfirst).toBeUndefined();
    expect(page(['Should the estuary be closed to shipping?', 'Key points']).standfirst).toBeUndefined();
  });

  it("takes a closing bio of two sentences, the outlet's post first, as the writer's bio", () => {
    const article = importHtml(
      `<html><head><title>Estuary seals carry twice the flame retardants</title></head><body><article>
        <h1>Estuary seals carry twice the flame retardants of coastal seals</h1>
        <p class="byline">By Pell Anselm</p>
        ${BODY.map((p) => `<p>${p}</p>`).join('\n')}
        <p><em>Pell Anselm is Coast Courier’s environment correspondent. She previously reported on fisheries for Radio Vell.</em></p>
      </article></body></html>`,
    );
    expect(article.paragraphs).toEqual(BODY);
    expect(article.authorBio).toContain('previously reported on fisheries');
  });

  it("leaves a wire dateline naming a place and its region out of the lede's bullet", () => {
    const lede =
      'OSTERHAVEN, Vellmark, Oct 29 (Coast Wire) - Harbour seals in the Vell estuary carry twice the flame retardants of coastal seals.';
    expect(compressSentence(lede)).toMatch(/^Harbour seals in the Vell estuary carry twice/);
  });
});

describe('the shapes that carry their own furniture', () => {
  it('reads a press release’s issuer, headline and dateline, and ends it at ENDS', () => {
    const release = importText(
      [
        'PRESS RELEASE',
        'Harbour Authority of Vellmark',
        'For immediate release',
        'Authority closes the old harbour to cargo ships from July',
        'OSTERHAVEN, 9 June 2025 – The Harbour Authority has today closed the old harbour to cargo ships from 1 July, after a survey found its quay walls unsafe for heavy loads.',
        'The decision follows a six-month survey of the quays. Cargo will move to the new terminal at Brede Point, which has spare berths.',
        'ENDS',
        'Notes to editors',
        '1. The Harbour Authority is the independent body that runs the port of Osterhaven.',
        'Media enquiries: press@harbour.example',
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(release).toMatchObject({
      title: 'Authority closes the old harbour to cargo ships from July',
      publisher: 'Harbour Authority of Vellmark',
      date: '9 June 2025',
    });
    expect(release.paragraphs).toHaveLength(2);
  });

  it('reads a pasted thread: its date, its writer, its hook as the title, and none of its counts', () => {
    const thread = importText(
      [
        'Thread by @vellgrid on 18 Feb 2025',
        'Ines Vell',
        '@vellgrid',
        'Grid analyst. Views my own.',
        '1/3',
        'Why did Vellmark’s power prices spike in January? Short version: it was water, not gas. 🧵',
        '💬 52 🔁 611 ❤️ 2.3K',
        '2/3',
        'Hydro supplies about 45% of our power in a normal winter. This January it supplied 27%, after the driest autumn since 1976.',
        '3/3',
        '(end) Thanks for reading.',
      ].join('\n\n'),
      { format: 'paste' },
    );
    expect(thread).toMatchObject({
      title: 'Why did Vellmark’s power prices spike in January?',
      author: 'Ines Vell',
      date: '18 Feb 2025',
    });
    expect(thread.paragraphs).toEqual([
      'Why did Vellmark’s power prices spike in January? Short version: it was water, not gas.',
      'Hydro supplies about 45% of our power in a normal winter. This January it supplied 27%, after the driest autumn since 1976.',
    ]);
  });

  it("drops an obituary's closing credit lines, and keeps the line that dates the life", () => {
    const obituary = page(
      ['Iona Brede obituary'],
      [
        '*Iona Margit Brede, marine chemist, born 3 May 1938; died 12 January 2025*',
        '*This obituary was written by Pell Anselm. An earlier version was prepared in 2022.*',
      ],
    );
    expect(obituary.paragraphs).toEqual([
      ...BODY,
      '*Iona Margit Brede, marine chemist, born 3 May 1938; died 12 January 2025*',
    ]);
  });

  it("drops a note's superscript marker, and keeps an exponent", () => {
    const article = importHtml(
      `<h1>Estuary seals carry twice the flame retardants</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}
       <p>The estuary covers 40 km<sup>2</sup>, holds 10<sup>6</sup> seals, and the retardants stayed under the limits then in force.<sup>3</sup> Its levels have not fallen since.</p>`,
    );
    // An exponent stays part of its figure: "10<sup>6</sup>" is never "106".
    expect(article.paragraphs.at(-1)).toBe(
      'The estuary covers 40 km², holds 10⁶ seals, and the retardants stayed under the limits then in force. Its levels have not fallen since.',
    );
  });
});
