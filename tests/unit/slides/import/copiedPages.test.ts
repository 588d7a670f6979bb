import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import/plainText';
import { importHtml } from '../../../../slides/import/html';
import { importDocx } from '../../../../electron/services/import/importDocx';
import { buildStyledDocx } from '../../../helpers/docx';

/**
 * A whole web page copied as text (its menu a word per line, its cookie banner and buttons, its tag list under the
 * article), a Word memo's protective marking, and a page's pull quote: furniture around the article, never its text.
 */

const LEDE =
  'The three ferry operators on the Tessel crossing have ordered eleven battery-electric vessels between them, the largest such order in the region.';
const LAST =
  'Two of the eleven vessels will carry diesel generators as a backup, at a cost of about €1.2 million each.';

const COPIED_PAGE = [
  'The Courier',
  'Skip to content',
  'Markets',
  'Companies',
  'Opinion',
  'Sign in',
  'We and our 87 partners use cookies to store and access information on your device.',
  'Accept all',
  'Reject all',
  'Manage settings',
  'Harbour ferries bet on batteries as fuel costs bite',
  'Operators on the Tessel crossing say the switch pays back in six years, but the grid connection is the hard part',
  'By Mara Ellison',
  '4 March 2026',
  'Gift this article',
  LEDE,
  'Fuel now accounts for almost 40% of their operating costs, up from about a quarter in 2021.',
  '"The numbers stopped being close two years ago," said Ivo Brandt, chief executive of Tessel Lines.',
  LAST,
  'Topics',
  'Shipping',
  'Energy',
  'Follow',
].join('\n');

describe('a whole web page copied as text', () => {
  const article = importText(COPIED_PAGE, { format: 'paste' });

  it('finds the headline, standfirst, byline and date under the menu and cookie banner', () => {
    expect(article).toMatchObject({
      title: 'Harbour ferries bet on batteries as fuel costs bite',
      author: 'Mara Ellison',
      date: '4 March 2026',
      publisher: 'The Courier',
    });
    expect(article.standfirst).toMatch(/^Operators on the Tessel crossing/);
  });

  it('keeps the article whole, from its lede to its last sentence, and none of the page around it', () => {
    expect(article.paragraphs[0]).toBe(LEDE);
    expect(article.paragraphs.at(-1)).toBe(LAST);
    expect(article.paragraphs).toHaveLength(4);
    expect(article.warnings.join(' ')).toMatch(/dropped \d+ boilerplate lines/);
  });

  it('keeps one short closing line: a sign-off or a last word is no tag list', () => {
    const signed = importText(
      ['Ferries bet on batteries as fuel costs bite', LEDE, LAST, 'Next week: the grid'].join('\n'),
      { format: 'txt' },
    );
    expect(signed.paragraphs.at(-1)).toBe('Next week: the grid');
  });
});

describe("a Word memo's protective marking", () => {
  it('is dropped at the top and the bottom, and the Title style still heads the memo', async () => {
    const memo = await importDocx(
      buildStyledDocx(
        [
          { text: 'UNCLASSIFIED // FOR EXERCISE USE' },
          { text: 'Harbour power: will the Tessel ferries run on time?', style: 'Title' },
          { text: 'Key judgments', style: 'Heading1' },
          {
            text: 'We assess with moderate confidence that the first battery ferries will enter service late, because the port substation will not be ready before 2028.',
          },
          { text: 'We judge it unlikely that the regional grant will be paid this year.' },
          { text: 'OFFICIAL-SENSITIVE' },
        ],
        { Title: 'Title', Heading1: 'heading 1' },
      ),
    );
    expect(memo.title).toBe('Harbour power: will the Tessel ferries run on time?');
    expect(memo.paragraphs.join('\n')).not.toMatch(/UNCLASSIFIED|OFFICIAL/);
    expect(memo.paragraphs.at(-1)).toMatch(/^We judge it unlikely/);
  });
});

describe("a page's pull quote", () => {
  it('is said once, where the body says it; a quotation set off in the body stays', () => {
    const html = `<html><body><article><h1>The ambulance bills nobody checked</h1>
<p>For six years the county paid its ambulance contractor for journeys that never happened, invoices show.</p>
<blockquote class="pullquote"><p>Nobody ever asked to see the logbooks.</p></blockquote>
<p>"Nobody ever asked to see the logbooks," said a former dispatcher. The county says it is reviewing every invoice.</p>
<blockquote><p>We have always billed for the work we did, and we will show that to any review.</p></blockquote>
<p>The review is due to report in June.</p></article></body></html>`;
    const { paragraphs } = importHtml(html);
    expect(paragraphs.filter((p) => p.includes('Nobody ever asked'))).toHaveLength(1);
    expect(paragraphs).toContain(
      'We have always billed for the work we did, and we will show that to any review.',
    );
  });
});

describe("a memo's handling lines", () => {
  it('are dropped: distribution, release caveat, who it was prepared for, a fiction notice', async () => {
    const memo = await importDocx(
      buildStyledDocx(
        [
          { text: 'Harbour power: will the Tessel ferries run on time?', style: 'Title' },
          { text: 'Distribution: Regional desks and course participants only' },
          {
            text: 'We assess with moderate confidence that the first battery ferries will enter service late, because the port substation will not be ready before 2028.',
          },
          { text: 'We judge it unlikely that the regional grant will be paid this year.' },
          { text: 'Not for release outside the analytic training programme.' },
          { text: 'This product was prepared for analytic training.' },
          { text: 'All persons, places and organisations named are fictional.' },
        ],
        { Title: 'Title' },
      ),
    );
    expect(memo.paragraphs).toHaveLength(2);
    expect(memo.paragraphs.join(' ')).not.toMatch(/Distribution|Not for release|prepared for|fictional/);
  });
});
