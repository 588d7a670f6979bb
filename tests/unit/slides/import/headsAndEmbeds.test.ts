import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import/plainText';
import { importMarkdown } from '../../../../slides/import/markdown';

/** A news page's head and an explainer's embedded post and promo list, as people paste and save them. */

const LEDE =
  'SOLVANO, May 15 (Meridian Wire) - Dravenia’s central bank raised its main interest rate by 75 basis points to 9.25% on Thursday, a bigger move than markets had expected.';
const SECOND =
  'The bank had been expected to raise its one-week repo rate by 50 basis points, according to 14 of the 19 economists polled last week.';

describe('a headline with its byline on the very next line', () => {
  const page = [
    "Dravenia's central bank surprises with 75-point hike as draven slides past 43 per dollar\nBy Katya Moreau and Lionel Achebe | May 15, 2025 4:52 PM GMT+2 | Updated 2 hours ago",
    LEDE,
    SECOND,
  ].join('\n\n');
  const article = importText(page, { format: 'txt' });

  it('keeps the headline as the title, not run together with the byline', () => {
    expect(article.title).toBe(
      "Dravenia's central bank surprises with 75-point hike as draven slides past 43 per dollar",
    );
    expect(article.author).toBe('Katya Moreau and Lionel Achebe');
    expect(article.date).toBe('May 15, 2025');
  });

  it('leaves no part of the byline line in the body', () => {
    expect(article.paragraphs[0]).toBe(LEDE);
    expect(article.paragraphs.join(' ')).not.toMatch(/Updated 2 hours ago|Katya Moreau/);
  });
});

describe("an explainer's embedded post and its closing promo list (Markdown)", () => {
  const source = [
    '# Sludge is filling farm soils with plastic, a ten-year study finds',
    'The team paired 24 sludge-treated fields with 24 untreated neighbours and sampled them every spring for ten years.',
    'Varga shared a chart of the results on the day the paper was published:',
    '> **Ines Varga** (@soilvarga) · Mar 12, 2025\n> Ten years, 48 fields, one clear signal: soils that get sewage sludge keep piling up plastic fibres. pic.twitter.com/kQ7vR2mXzL\n>\n> 412 reposts · 1.1K likes',
    'Earthworm numbers in treated fields fell by about a fifth over the decade, while yields did not change.',
    '**More from Science & Health**\n- [Why your garden compost may contain plastic](#)\n- [The quiet decline of the European hedgehog](#)',
  ].join('\n\n');
  const article = importMarkdown(source);
  const body = article.paragraphs.join('\n');

  it('drops the post, its handle and its counts, and keeps the prose around it', () => {
    expect(body).not.toMatch(/@soilvarga|412 reposts|1\.1K likes|one clear signal/);
    expect(body).toContain('Earthworm numbers in treated fields fell by about a fifth');
    expect(body).toContain('The team paired 24 sludge-treated fields');
  });

  it('drops a list of links to other pages, and says it dropped them', () => {
    expect(body).not.toMatch(/garden compost|hedgehog/);
    expect(article.warnings.join(' ')).toMatch(/dropped \d+ boilerplate lines/);
  });

  it('keeps a list item that links inside its own prose', () => {
    const kept = importMarkdown(
      [
        '# Notes on sludge',
        'First paragraph of the piece, long enough to be a paragraph of body text for the importer.',
        '- The [2009 rules](#) set limits for metals but say nothing about plastics.\n- A [ministry review](#) is due next year.',
      ].join('\n\n'),
    );
    expect(kept.paragraphs.join(' ')).toContain('set limits for metals');
  });
});

describe('a Markdown file whose front matter repeats its "# Headline"', () => {
  it('takes the italic dek under the headline as the standfirst', () => {
    const article = importMarkdown(
      [
        '---\ntitle: "The plastic under our fields"\nauthor: Nadia Lund\n---',
        '# The plastic under our fields',
        '*Farmland fertilised with sewage sludge holds far more microplastic than fields that never received it.*',
        'For decades, farmers in the valley have spread treated sewage sludge on their fields as a cheap fertiliser.',
        'A study published this week suggests there is a hidden cost, measured over ten years in 48 fields.',
      ].join('\n\n'),
    );
    expect(article.title).toBe('The plastic under our fields');
    expect(article.standfirst).toBe(
      'Farmland fertilised with sewage sludge holds far more microplastic than fields that never received it.',
    );
    expect(article.paragraphs[0]).toMatch(/^For decades/);
  });
});
