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
