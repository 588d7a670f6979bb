import { describe, expect, it } from 'vitest';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { importText } from '../../../../slides/import/plainText';
import { importMarkdown } from '../../../../slides/import/markdown';

/** A pasted e-mail: a cover note that forwards an analyst's note, headers, signatures and the small print. */
const FORWARDED = [
  'Subject: Fwd: Harbour levy options - note for the Minister',
  'From: Ilse Brandt <ilse.brandt@transport.gov.example>',
  'Date: Wed, 11 Feb 2026, 08:15',
  'To: Private Office <po@transport.gov.example>',
  '',
  'Private office - forwarding Tomas\u2019s note below for tonight\u2019s box. It is the clearest case yet for changing the levy.',
  '',
  'Ilse',
  '',
  'Ilse Brandt',
  'Special Adviser to the Minister for Transport',
  'Tel: 020 7946 0233',
  '',
  '---------- Forwarded message ---------',
  'From: Tomas Okafor <tomas.okafor@transport.gov.example>',
  'Date: Tue, 10 Feb 2026 at 16:42',
  'Subject: Harbour levy options - note for the Minister',
  'To: Ilse Brandt <ilse.brandt@transport.gov.example>',
  '',
  'OFFICIAL-SENSITIVE: POLICY',
  '',
  'Ilse,',
  '',
  'As promised, my view on the harbour levy before the vote on 24 February. A flat levy of 4% on every berth would raise money for a year and then drive the short-sea lines to Kestrel Point.',
  '',
  'Bottom line: keep the levy, change the formula. A levy that rises with tonnage protects the small operators and still funds the dredging.',
  '',
  'Happy to discuss.',
  '',
  'Tomas',
  '',
  '--',
  'Tomas Okafor',
  'Principal Analyst | Ports Analysis Unit',
  'Department for Transport',
  'Working pattern: Mon-Thu',
  '',
  'This email and any attachments are confidential and intended solely for the addressee. Communications with the Department for Transport may be monitored or recorded for lawful purposes.',
  '',
  'Please consider the environment before printing this email.',
].join('\n');

describe('a pasted e-mail that forwards a note', () => {
  const article = importText(FORWARDED, { format: 'txt' });

  it('takes its title from the subject without "Fwd:", and its writer and date from the forwarded message', () => {
    expect(article.title).toBe('Harbour levy options - note for the Minister');
    expect(article.author).toBe('Tomas Okafor');
    expect(article.date).toBe('10 Feb 2026');
  });

  it('keeps the note itself, and leaves out headers, the cover note, greetings, signatures and the small print', () => {
    expect(article.paragraphs).toEqual([
      'As promised, my view on the harbour levy before the vote on 24 February. A flat levy of 4% on every berth would raise money for a year and then drive the short-sea lines to Kestrel Point.',
      'Bottom line: keep the levy, change the formula. A levy that rises with tonnage protects the small operators and still funds the dredging.',
      'Happy to discuss.',
    ]);
    expect(article.warnings.join(' ')).toMatch(/left out the note forwarding the message \(1 paragraph\)/);
  });

  it('reads a text with "From:" lines but no address or forwarded mark as no e-mail', () => {
    const memo = importText(
      [
        'Harbour levy: the case for change',
        '',
        'From: the ports desk',
        '',
        'The levy raised £4m last year, and the short-sea lines paid most of it. A levy that rises with tonnage would spread the cost more fairly across the operators that use the dredged channel.',
        '',
        'The Minister should change the formula before the vote on 24 February, and keep the levy itself.',
      ].join('\n'),
      { format: 'txt' },
    );
    expect(memo.title).toBe('Harbour levy: the case for change');
    expect(memo.paragraphs.join('\n')).toMatch(/The levy raised £4m/);
  });
});

describe('page furniture lines', () => {
  it('knows a transcript notice, a licence line and a report schedule or reference', () => {
    for (const line of [
      'Transcripts are produced with the help of automated software and lightly edited.',
      'Please check against the audio before quoting.',
      'Text licensed under CC BY 4.0.',
      'Next report: 3 March 2026',
      'Report reference: CRA-TSV-2026-04',
      'Prepared by the Country Risk Team',
      'Reporting period: 2–15 February 2026 | Issued: 17 February 2026 | Next report: 3 March 2026',
      'Adjusted operating margin and free cash flow are non-GAAP measures.',
      'Reconciliations are provided in the Annual Report.',
      "The Ledger view is the collective opinion of The Northgate Ledger's editorial board.",
      'The current staff of the Committee are Kasia Drummell-Hart (Clerk) and Tom Reyes (Second Clerk).',
    ])
      expect(boilerplateKind(line), line).toBeDefined();
    for (const line of [
      'The licence was granted under the 2019 Act.',
      'The next report will show whether rents keep rising.',
      'Prepared by hand, the figures took three weeks.',
      'Turnout: 14 March 2026 | Rents rose sharply',
      'The Ledger view is that the tram should be built.',
    ])
      expect(boilerplateKind(line), line).toBeUndefined();
  });

  it('never makes a post line of date, reading time and topic a Markdown standfirst', () => {
    const article = importMarkdown(
      [
        '# We migrated the servers, not the promises',
        '',
        '*Posted on 19 January 2026 · 14 min read · Filed under: civic tech*',
        '',
        'Eighteen months ago the city moved its open-data portal onto a managed platform. By September it had partly rolled the move back, and the budget had doubled.',
        '',
        'The easy story is that the vendor over-promised. I do not think that story holds: the platform did roughly what it said it would.',
      ].join('\n'),
    );
    expect(article.standfirst).toBeUndefined();
    expect(article.paragraphs.join('\n')).not.toMatch(/min read/);
  });
});
