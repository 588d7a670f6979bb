import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import';

/**
 * Numbered paragraphs and end marks are structure, not furniture: a judgment's "[12]" numbers its paragraphs, and
 * a release's "###" may close the statement above a press conference. Dropping either loses the article.
 */
describe('a judgment summary numbered in brackets', () => {
  const source = [
    'Harlow v Tessaly Couriers Ltd: the court holds that couriers are workers',
    'Judgment handed down 4 May 2026. Summary prepared by Ines Marlowe, Partner, and Owen Pike, Senior Associate.',
    '[1] By a majority of three to two, the court held that couriers who deliver for the app are workers under the Act.',
    '[2] The majority looked at how the work was done in practice, not at the labels in the written contract.',
    '[3] The dissent warned that businesses relying on flexible labour would face years of uncertainty.',
    'Our view is that the ruling will change how every delivery app writes its contracts (see the majority at [41]–[44]).',
  ].join('\n\n');
  const article = importText(source, { format: 'txt' });

  it('keeps every numbered paragraph, without its number', () => {
    expect(article.paragraphs.slice(0, 3)).toEqual([
      'By a majority of three to two, the court held that couriers who deliver for the app are workers under the Act.',
      'The majority looked at how the work was done in practice, not at the labels in the written contract.',
      'The dissent warned that businesses relying on flexible labour would face years of uncertainty.',
    ]);
    expect(article.paragraphs.join(' ')).toContain('at [41]–[44]');
  });

  it('reads who prepared the summary, without their posts, and keeps the date of the judgment as its standfirst', () => {
    expect(article.author).toBe('Ines Marlowe and Owen Pike');
    expect(article.standfirst).toBe('Judgment handed down 4 May 2026.');
    // The judgment's date is not the summary's: the summary may report what followed it.
    expect(article.date).toBeUndefined();
  });

  it('still drops a note that a mark in the text points to', () => {
    const noted = importText(
      [
        'Harbour dues rise again',
        'The authority raised harbour dues by 4% this year, the third rise in a row.[1] Fishing crews say they cannot pay.',
        'The authority says the money goes on dredging the channel, which silts up every winter.',
        '[1] Harbour Authority annual report 2025, table 3.',
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(noted.paragraphs.join(' ')).not.toContain('annual report 2025');
    expect(noted.paragraphs[0]).toContain('third rise in a row. Fishing crews');
  });
});

describe('a central bank release with a press conference below its statement', () => {
  const source = [
    'NORTHMARK RESERVE BANK\nOffice of Public Affairs\nPress Release',
    'For release at 2:00 p.m. EST\nNov. 5, 2026',
    'Board lowers policy rate to 3.5 percent and signals a pause',
    'The Board decided to lower the policy rate by 25 basis points, to 3.5 percent, the first cut since 2023.',
    'One member dissented, preferring to hold the rate while services inflation stays above 4 percent.',
    '###',
    'Excerpt from the Governor’s press conference',
    '(Transcript is preliminary and subject to revision.)',
    'GOVERNOR ANSEL PRATT: We cut because the labour market has cooled faster than we expected this autumn.',
    'GOVERNOR ANSEL PRATT: We do not see the need for a further move in the near term, and the minutes will say why.',
    '###',
    'Media contact: press@northmark.example, 555 0100',
  ].join('\n\n');
  const article = importText(source, { format: 'txt' });

  it('keeps the press conference after the first end mark, and ends the page at the last', () => {
    const text = article.paragraphs.join('\n');
    expect(text).toContain('the labour market has cooled faster');
    expect(text).toContain('We do not see the need for a further move');
    expect(text).not.toContain('press@northmark.example');
    expect(text).not.toMatch(/preliminary and subject to revision/);
  });

  it('reads the release time and date, and the issuer without its office', () => {
    expect(article.title).toBe('Board lowers policy rate to 3.5 percent and signals a pause');
    expect(article.date).toBe('Nov. 5, 2026');
    expect(article.publisher).toBe('Northmark Reserve Bank');
  });
});

describe('a live page’s rota of writers', () => {
  it('names its writers, without "By" and their shifts', () => {
    const article = importText(
      [
        'Harbour strike live: dockers walk out over automation plan',
        'By Tamsin Ogundele (now) and Rhys Pellow (earlier)',
        'The first day of a 72-hour stoppage at the port began at six this morning, and no ships have been unloaded since.',
        'Both sides have accepted the mediator’s invitation to talks, which begin on Friday at ten.',
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(article.author).toBe('Tamsin Ogundele and Rhys Pellow');
  });
});
