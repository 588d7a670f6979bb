import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import/plainText';
import { importMarkdown } from '../../../../slides/import/markdown';
import { importHtml } from '../../../../slides/import/html';
import { importPdf } from '../../../../slides/import/pdf';
import { buildTextPdf } from '../../../helpers/pdf';

const LEDE =
  "Tavora's economy contracted for a second consecutive quarter between July and September, official figures showed on Friday, tipping the country into its first technical recession since the pandemic and piling pressure on the government.";
const SECOND =
  'Gross domestic product fell 0.4% in the third quarter compared with the previous three months, the statistics office said, worse than the 0.1% decline economists had forecast.';

describe("a news page's head pasted as text", () => {
  const page = [
    'Tavora slips into recession as factory output and tourism fall',
    'GDP shrank 0.4% in the third quarter after a 0.2% fall in the spring',
    'Camila Ferreira, economics correspondent\nFri 14 Nov 2025 09.02 GMT\nUpdated 3:14pm GMT',
    'Shipping containers stacked at the port of San Aurel, where export volumes fell for a third straight quarter.\nPhotograph: Joaquim Leal/Meridian Ledger',
    LEDE,
    SECOND,
    'Correction, 17 November 2025: An earlier version of this article gave the fall as 0.5%. It was 0.4%.',
  ].join('\n\n');
  const article = importText(page, { format: 'txt' });

  it('reads the date from its time stamp line, and drops the "Updated" time', () => {
    expect(article.author).toBe('Camila Ferreira');
    expect(article.date).toBe('Fri 14 Nov 2025');
  });

  it("drops the lead picture's caption with its credit, and the correction note", () => {
    expect(article.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('keeps a headline above a logo line: only a caption sentence goes with a credit', () => {
    const report = importText(
      [
        'Tessaly Cold Chain Q3 2025 Earnings Call Transcript',
        'Logo of Keelwater Research: a lighthouse above three waves.',
        LEDE,
        SECOND,
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(report.title).toBe('Tessaly Cold Chain Q3 2025 Earnings Call Transcript');
  });
});

describe('a short sentence that opens a paragraph', () => {
  const para = (first: string) =>
    `${first} It is the object that appears most often in the ledger's column of things not fixed, and the reasons for that are revealing.`;

  it('stays in its paragraph when it says something, here and there in an essay', () => {
    const blocks = [
      LEDE,
      para('Consider the washing machine.'),
      SECOND,
      LEDE.replace('Tavora', 'Velmark'),
      para('Perhaps.'),
      SECOND.replace('0.4%', '0.3%'),
      LEDE.replace('Tavora', 'Osk'),
      para('Tallis keeps a different score.'),
    ];
    const article = importText(['The Mender’s Ledger', ...blocks].join('\n\n'), { format: 'txt' });
    expect(article.paragraphs).toEqual(blocks);
  });

  it("is a heading when a list's items open on labels, an instruction among them", () => {
    const article = importText(
      [
        'Cold homes: what the estuary must do',
        LEDE,
        'Fund enforcement. Government should give councils a ring-fenced £2.4 million a year to restore their teams.',
        'Stop forced prepayment. Suppliers should be barred from moving families with a child under five onto meters.',
        'Write off the worst debts. A relief scheme should clear energy arrears above £500 for households on benefits.',
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(article.paragraphs).toContain('Fund enforcement');
    expect(article.paragraphs).toContain('Write off the worst debts');
  });
});

describe('a Markdown post', () => {
  const post = [
    '# We turned off staging',
    '',
    'I have a confession: my team has not had a staging environment for more than two years, and we ship many times a day.',
    '',
    '| Measure | Before | After |',
    '| --- | --- | --- |',
    '| Change failure rate | 14% | 6% |',
    '| Deploys a week | 30 | 400 |',
    '',
    'A flag definition looks like this:',
    '',
    '```yaml',
    'guardrails:',
    '  error_rate_delta: 0.5%',
    '```',
    '',
    'The numbers are what convinced the rest of the company, more than any argument I made.',
    '',
    '*If you liked this, you might also like: [Feature flags are a liability](/posts/flags).*',
    '',
    '*Comments are moderated and may take a day to appear. Be kind.*',
  ].join('\n');
  const article = importMarkdown(post);

  it('reads a table row by row, as a web page is read', () => {
    expect(article.paragraphs).toContain('Change failure rate — Before: 14%; After: 6%');
    expect(article.paragraphs).toContain('Deploys a week — Before: 30; After: 400');
  });

  it('says that it left a code block out', () => {
    expect(article.warnings).toContain('left out 1 code block');
  });

  it('drops the closing "you might also like" promo and the comments notice', () => {
    expect(article.paragraphs.at(-1)).toBe(
      'The numbers are what convinced the rest of the company, more than any argument I made.',
    );
  });
});

describe('dates only the page furniture gives', () => {
  it("reads a saved page's date from its byline line when no metadata gives one", () => {
    const html = `<html><head><title>Buyback will buy paper, not water</title><meta name="author" content="Tomas Reinholt"></head><body>
<article><header><p class="eyebrow">Commentary</p><h1>Buyback will buy paper, not water</h1>
<p class="dek">The state's plan pays for water rights that were never used.</p>
<p class="meta">By <a href="/experts/reinholt">Tomas Reinholt</a> · October 14, 2025 · 8 min read</p>
<div class="share-bar"><a href="#">Share on X</a> <a href="#">Print</a></div></header>
<div class="body"><p>${LEDE}</p><p>${SECOND}</p><p>${LEDE.replace('Tavora', 'Velmark')}</p></div></article></body></html>`;
    expect(importHtml(html).date).toBe('October 14, 2025');
  });

  it("reads a PDF's date from its running header", async () => {
    const header = (page: number) => ({
      text: 'THE VERRIN COURIER Opinion | Thursday, November 20, 2025',
      size: 8,
      y: 815,
      page,
    });
    const bytes = await buildTextPdf([
      header(1),
      { text: 'Let 16-year-olds vote in our town halls', size: 20, y: 740 },
      { text: 'Verrin should lower the voting age to 16 for municipal elections.', size: 10.5, y: 700 },
      { text: 'Four of our own towns have already tried it, and the results are in.', size: 10.5, y: 685 },
      header(2),
      {
        text: 'Turnout among the young voters was higher than among any other age group.',
        size: 10.5,
        y: 740,
        page: 2,
      },
    ]);
    const article = await importPdf(bytes);
    expect(article.date).toBe('Thursday, November 20, 2025');
    expect(article.paragraphs.join(' ')).not.toMatch(/COURIER/);
  });
});
