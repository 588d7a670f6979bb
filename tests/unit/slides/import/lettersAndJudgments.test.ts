import { describe, expect, it } from 'vitest';
import { boilerplateKind, stripBoilerplate } from '../../../../slides/import/boilerplate';
import { importHtml } from '../../../../slides/import/html';

/**
 * A shareholder letter and a court's press summary carry their own small print: the letter's signature, its
 * forward-looking statements and the company's registration; the summary's notes that it is no part of the
 * reasons and that bracketed numbers are the judgment's paragraphs. None of it is the article. A line break
 * inside a paragraph parts its words.
 */

const LETTER_BODY = [
  'A year ago I wrote to you that Corran would put margin ahead of volume. In 2025 we sold less cement than in any year since 2016, and made more money than in any year in our history.',
  'Our cement volumes fell 6% to 11.8 million tonnes. EBITDA rose 10% to €1.03 billion, and our margin reached 21.4%.',
  'We have chosen to keep investing in our plant at Hollin rather than hand all of our surplus cash back to you this year.',
];

describe('a shareholder letter saved from Word', () => {
  const html = [
    '<h1>Letter from the Chief Executive to shareholders, 2025</h1>',
    '<p>Dear shareholders,</p>',
    ...LETTER_BODY.map((p) => `<p>${p}</p>`),
    '<p>Yours sincerely,</p>',
    '<p><strong>Margit Solheim</strong><br />Chief Executive Officer<br />Corran Materials plc<br />Askeby, 4 March 2026</p>',
    '<h2>Forward-looking statements</h2>',
    '<p>This letter contains certain forward-looking statements with respect to the financial condition of Corran Materials plc. The company undertakes no obligation to update them.</p>',
    '<p>Corran Materials plc. Registered office: 1 Quarry Road, Askeby. Registered in Aurland No. 2219804.</p>',
  ].join('');
  const article = importHtml(html, { format: 'docx' });

  it('keeps the letter and drops its signature and the small print after it', () => {
    expect(article.paragraphs).toEqual(LETTER_BODY);
  });

  it('takes its signer, named over their post, as its author', () => {
    expect(article.author).toBe('Margit Solheim');
    const signed = importHtml(
      [
        '<h1>To our members</h1>',
        ...LETTER_BODY.map((p) => `<p>${p}</p>`),
        '<p>Kind regards,</p>',
        '<p>Ana Holm</p>',
      ].join(''),
    );
    expect(signed.author).toBe('Ana Holm');
  });

  it('parts the words a line break separates', () => {
    const page = importHtml(
      '<h1>Notes</h1><p>The plant at Hollin<br>will be rebuilt by 2029, the board said in its annual review of the group.</p>',
    );
    expect(page.paragraphs?.[0]).toContain('Hollin will be rebuilt');
  });

  it("knows a company's registration line wherever it stands", () => {
    expect(boilerplateKind('Registered in England and Wales No. 123456.')).toBe('companyNotice');
    expect(boilerplateKind('The firm registered in Aurland last year to sell cement.')).toBeUndefined();
  });
});

describe("a court's press summary", () => {
  it('drops the notes on how to read it, and keeps the decision', () => {
    const decision = [
      'The Supreme Court allows the appeal by a majority of four to one.',
      'The Court holds that keeping every plate read for two years is not a proportionate means of enforcing the charge [41].',
    ];
    const { kept } = stripBoilerplate([
      'Orlo v City of Brennholt [2026] ASC 19',
      ...decision,
      'References in square brackets are to paragraphs in the judgment.',
      "NOTE: This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment of the Court is the only authoritative document. Judgments are public documents and are available at: www.court.example/decided-cases",
    ]);
    expect(kept).toEqual(['Orlo v City of Brennholt [2026] ASC 19', ...decision]);
  });
});
