import { describe, expect, it } from 'vitest';
import {
  parseByline,
  parseDateLine,
  splitHeadline,
  withoutPost,
} from '../../../../slides/import/articleHead';
import { importMarkdown } from '../../../../slides/import/markdown';
import { importText } from '../../../../slides/import/plainText';

/**
 * The lines a publisher puts around an article (a byline with the writer's post and the reading time, a
 * declaration of interests, a site-and-desk line, a footer under a closing rule, a call for questions) are its
 * head and furniture, never its paragraphs.
 */

const BODY = [
  'On 18 February 2025 the Supreme Court of Aldmark ruled, by three votes to two, that a rider who delivered food for the app Parcelo was an employee and not an independent contractor.',
  'The ruling has been greeted as a victory for secure work. In the short run it will be something else: a wave of back-pay claims that the smaller platforms cannot pay.',
  'Parcelo has already said it will cut its fleet by a fifth. Smaller rivals have said less, but their accounts show how little room they have.',
  'Parliament should act before the summer recess, with a capped settlement scheme and a clear statutory test for platform work.',
];

describe('bylines', () => {
  it('reads the name from a byline with a kicker, the writer’s post, the date and the reading time', () => {
    expect(parseByline('By Maren Okafor-Lund, Oceans Editor 18 February 2025 9 min read')).toEqual({
      author: 'Maren Okafor-Lund',
      rest: '18 February 2025',
    });
    expect(
      parseByline(
        'Hannelore Brisk, senior lecturer in employment law, University of Vessberg · 3 March 2025',
      ),
    ).toEqual({ author: 'Hannelore Brisk', rest: '3 March 2025' });
    expect(parseByline('Explainer · By Kaisa Lindqvist, energy correspondent · 10 March 2025')).toEqual({
      author: 'Kaisa Lindqvist',
      rest: '10 March 2025',
    });
    expect(parseByline('The ruling has been greeted as a victory for secure work, by some.')).toBeUndefined();
  });
});

describe('furniture around the body', () => {
  it("drops a writer's declaration of interests under the byline", () => {
    const article = importMarkdown(
      [
        '# Feldt v Parcelo: the court has made riders employees',
        '',
        '*Hannelore Brisk, senior lecturer in employment law, University of Vessberg · 3 March 2025*',
        '',
        "*Brisk advised the Aldmark Riders' Union on an earlier, unrelated case in 2021. She has no involvement in Feldt v Parcelo.*",
        '',
        '---',
        '',
        ...BODY.flatMap((p) => [p, '']),
      ].join('\n'),
    );
    expect(article.author).toBe('Hannelore Brisk');
    expect(article.date).toBe('3 March 2025');
    expect(article.paragraphs).toEqual(BODY);
  });

  it('drops the footer under a closing rule, but not the body after a rule that divides it', () => {
    const footer = importText(
      [
        'The new stadium is a bet on promotion',
        '',
        'By Callum Ferris',
        '',
        ...BODY.flatMap((p) => [p, '']),
        '---',
        'The Balance Sheet appears every Monday. Figures are from the club’s published accounts for 2023/24.',
      ].join('\n'),
      { format: 'txt' },
    );
    expect(footer.paragraphs).toEqual(BODY);
    const divided = importText(
      [
        'The new stadium is a bet on promotion',
        '',
        BODY[0],
        '',
        BODY[1],
        '',
        '---',
        '',
        BODY[2],
        '',
        BODY[3],
      ].join('\n'),
      { format: 'txt' },
    );
    expect(divided.paragraphs).toEqual(BODY);
  });

  it('reads a site-and-desk line under the headline as the publisher, not the standfirst', () => {
    const article = importText(
      [
        'PORT CALDER BUDGET 2025/26: WHERE YOUR MONEY GOES',
        '',
        'The Calder Ledger | Local Democracy Desk',
        'By Tobias Renwick',
        '28 February 2025',
        '',
        ...BODY.flatMap((p) => [p, '']),
      ].join('\n'),
      { format: 'txt' },
    );
    expect(article.publisher).toBe('The Calder Ledger');
    expect(article.standfirst).toBeUndefined();
    expect(article.author).toBe('Tobias Renwick');
    expect(article.paragraphs).toEqual(BODY);
  });

  it("drops a call for readers' questions", () => {
    const article = importMarkdown(
      [
        '# Your questions answered',
        '',
        ...BODY.flatMap((p) => [p, '']),
        "*Have a question we haven't answered? Email energy@norrvikpost.example. Our coverage is supported by readers.*",
      ].join('\n'),
    );
    expect(article.paragraphs).toEqual(BODY);
  });
});

describe('a page head set in emphasis, a wire label and a letter', () => {
  it('reads emphasised head lines one by one: the site and its section, then the byline', () => {
    const article = importMarkdown(
      [
        '# Pharmacy First, one year on: is it taking the pressure off GPs?',
        '',
        '*Salwen Health Watch · Explainers*',
        '*By Maud Estergaard, Health Policy Editor · 10 June 2025*',
        '',
        ...BODY.flatMap((p) => [p, '']),
      ].join('\n'),
    );
    expect(article.publisher).toBe('Salwen Health Watch');
    expect(article.author).toBe('Maud Estergaard');
    expect(article.date).toBe('10 June 2025');
    expect(article.standfirst).toBeUndefined();
    expect(article.paragraphs).toEqual(BODY);
  });

  it("takes a news agency's label off the headline", () => {
    const article = importText(
      [
        'ANALYSIS-Lusmark election: a rural revolt, not a swing to the right',
        '',
        ...BODY.flatMap((p) => [p, '']),
      ].join('\n'),
      { format: 'txt' },
    );
    expect(article.title).toBe('Lusmark election: a rural revolt, not a swing to the right');
    expect(splitHeadline('NATO-Russia talks stall over missile deployments').title).toBe(
      'NATO-Russia talks stall over missile deployments',
    );
    expect(splitHeadline('UPDATE 2-Port strike ends after pay deal')).toEqual({
      title: 'Port strike ends after pay deal',
      kicker: 'UPDATE 2',
    });
  });

  it("reads an open letter's writer and date, and drops its greeting, sign-off, signature and page notes", () => {
    const article = importText(
      [
        'AN OPEN LETTER TO THE MEMBERS OF THE TARROW BASIN WATER BOARD',
        '',
        "From Anwen Hollis, Hollis Orchards, Kell's Cross 14 April 2025",
        '',
        "Published in the Tarrow Valley Gazette, Letters and Essays page. Views are the author's own.",
        '',
        'Dear members of the Board,',
        '',
        ...BODY.flatMap((p) => [p, '']),
        'Yours faithfully,',
        '',
        'Anwen Hollis',
        "Hollis Orchards, Kell's Cross",
        '',
        '--',
        'The Tarrow Valley Gazette welcomes letters and essays of up to 1,500 words. Send them to letters@tarrowgazette.example.',
      ].join('\n'),
      { format: 'txt' },
    );
    expect(article.author).toBe('Anwen Hollis');
    expect(article.date).toBe('14 April 2025');
    expect(article.standfirst).toBeUndefined();
    expect(article.paragraphs).toEqual(BODY);
  });

  it('drops a closing block whose every sentence is furniture, and keeps a body sentence beside one', () => {
    const footer = (line: string) =>
      importMarkdown(['# Fire chief on prevention', '', ...BODY.flatMap((p) => [p, '']), line].join('\n'))
        .paragraphs;
    expect(
      footer(
        'Read more Sunday Conversations at varrowcourier.com/conversations. Got a story? Email newsdesk@varrowcourier.com',
      ),
    ).toEqual(BODY);
    expect(
      footer(
        'Salwen Health Watch is funded by readers and the Marrowby Foundation. Spotted an error? Tell us at corrections@salwenhealthwatch.org',
      ),
    ).toEqual(BODY);
    const kept = 'The review is due in October. Got a story? Email newsdesk@varrowcourier.com';
    expect(footer(kept)).toEqual([...BODY, kept]);
  });
});

describe("a newsletter's and a transcript's own lines", () => {
  it('drops the e-mail chrome, the greeting, an editorial note in brackets and the reproduction notice', () => {
    const article = importText(
      [
        'Ilse Varnholt: "A pension age for the lives people actually live"',
        '',
        'Posted by Joran Feske, political correspondent, 4 October 2025',
        '',
        'View this email in your browser',
        '',
        'Hi all,',
        '',
        ...BODY.flatMap((p) => [p, '']),
        '[End of prepared remarks. The question-and-answer session that followed was not recorded.]',
        '',
        'Follow Joran Feske for live coverage of the pensions consultation.',
        '',
        'This transcript is reproduced for reporting purposes. (c) Ministry of Work and Pensions.',
        '',
        'Paid subscribers get the weekly price tracker and the full data behind every issue.',
        '',
        'You are receiving this email because you signed up at granaryletter.com.',
        '',
        'This review was updated on 18 June 2025 to correct a typing error in a chart caption.',
      ].join('\n'),
      { format: 'txt' },
    );
    expect(article.author).toBe('Joran Feske');
    expect(article.date).toBe('4 October 2025');
    expect(article.paragraphs).toEqual(BODY);
  });

  it("reads a newsletter's issue line as its date line", () => {
    expect(parseDateLine('Issue #112 | Monday 4 August 2025')).toBe('Monday 4 August 2025');
    expect(parseDateLine('Issue 112 of the Granary Letter')).toBeUndefined();
  });

  it("keeps an author's name without the post a page's metadata gives with it", () => {
    expect(withoutPost('Dr Yusra Penhallow, Senior Fellow, Housing')).toBe('Dr Yusra Penhallow');
  });
});

describe('typed lists', () => {
  it("drops a list item's marker, so no bullet reads '- - …'", () => {
    const article = importText(
      [
        'Where the money comes from',
        '',
        ...BODY.flatMap((p) => [p, '']),
        '- Council tax: £612 million, up from £575 million (+6.4 per cent).',
        '',
        '• Government grants: £393 million, up from £385 million.',
      ].join('\n'),
      { format: 'txt' },
    );
    expect(article.paragraphs.slice(-2)).toEqual([
      'Council tax: £612 million, up from £575 million (+6.4 per cent).',
      'Government grants: £393 million, up from £385 million.',
    ]);
  });
});
