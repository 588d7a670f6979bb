import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import/plainText';

describe('importText with Markdown', () => {
  it('reads headline, italic standfirst and byline, and flattens the body to plain text', () => {
    const source = [
      '# Why the corridor matters',
      '',
      '*Trade through the Caucasus is shifting south, and Baku is the winner.*',
      '',
      'By Jane Doe',
      '',
      'The **new route** cuts [two days](https://example.org) off the trip from `Central Asia`.',
      '',
      '![A map of the route](map.png)',
      '',
      '## What changes',
      '',
      '- Customs posts move to the border.',
      '- Fees fall by a third.',
      '',
      '```',
      'code is dropped',
      '```',
      '',
      '> Quoted text stays as a paragraph.',
      '',
      'Sign up for our newsletter for more analysis like this.',
    ].join('\n');
    const article = importText(source, { format: 'md' });
    expect(article).toMatchObject({
      title: 'Why the corridor matters',
      standfirst: 'Trade through the Caucasus is shifting south, and Baku is the winner.',
      author: 'Jane Doe',
      format: 'md',
    });
    expect(article.paragraphs).toEqual([
      'The new route cuts two days off the trip from Central Asia.',
      'What changes',
      'Customs posts move to the border.',
      'Fees fall by a third.',
      'Quoted text stays as a paragraph.',
    ]);
    expect(article.warnings).toContain('dropped 1 boilerplate line');
  });

  it('lets front matter supply the metadata', () => {
    const source =
      '---\ntitle: From front matter\nauthor: [A One, B Two]\ndate: 12 March 2024\n---\n\nBody one.\n\nBody two.';
    const article = importText(source, { format: 'md' });
    expect(article).toMatchObject({
      title: 'From front matter',
      author: 'A One, B Two',
      date: '12 March 2024',
    });
    expect(article.paragraphs).toEqual(['Body one.', 'Body two.']);
  });

  it('copes with pathological nesting quickly (markdown-it, not marked)', () => {
    const nested = `${'>'.repeat(50_000)} deep quote\n\nSecond paragraph.`;
    expect(importText(nested, { format: 'md' }).paragraphs).toContain('Second paragraph.');
  });
});

describe('a Markdown file written as plain text', () => {
  it('takes its first short line for the headline and the dek under it for the standfirst', () => {
    const source = [
      'Central bank lifts rates to 5.75% as inflation refuses to cool',
      '',
      'Third increase this year pushes borrowing costs to a 16-year high, with mortgage holders and exporters bracing for a harder squeeze',
      '',
      'By Marta Olenik, Economics Correspondent',
      '',
      'The Central Bank of Vestria raised its benchmark interest rate by half a percentage point on Thursday, to 5.75%, after figures showed consumer prices still rising at more than twice the target.',
      '',
      'The decision, taken by a seven-to-two vote of the monetary policy committee, was larger than the quarter-point move that most analysts surveyed last week had expected, and it took borrowing costs to their highest level since 2009.',
      '',
      'Governor Helena Marsh said the committee had been concerned by the persistence of price rises in services, where wages make up a large share of costs, and that it would act again if inflation did not fall.',
    ].join('\n');
    const article = importText(source, { format: 'md' });
    expect(article.title).toBe('Central bank lifts rates to 5.75% as inflation refuses to cool');
    expect(article.standfirst).toMatch(/^Third increase this year pushes borrowing costs/);
    expect(article.author).toBe('Marta Olenik');
    expect(article.paragraphs[0]).toMatch(/^The Central Bank of Vestria raised/);
  });
});
