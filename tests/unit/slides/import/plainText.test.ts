import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import/plainText';
import { ImportError } from '../../../../slides/import/types';
import { loadSeedArticle } from '../../../helpers/seedArticle';

const NEWSLETTER = /newsletter|Support Eurasianet/i;

describe('importText on the seed article', () => {
  const seed = loadSeedArticle();
  const article = importText(seed.text, { format: 'txt' });

  it('finds the headline without its section kicker, and the standfirst', () => {
    expect(article.title).toBe("Why Azerbaijan won't follow Iran's calls to boycott Israel over Gaza");
    expect(article.standfirst).toBe(seed.standfirst);
    expect(article.format).toBe('txt');
  });

  it('keeps the author bio as metadata, not content', () => {
    expect(article.author).toBe('Eldar Mamedov');
    expect(article.authorBio).toBe('Eldar Mamedov is a Brussels-based foreign policy expert');
    expect(article.paragraphs.join('\n')).not.toContain('Brussels-based');
  });

  it('gives exactly the body lines the bundled deck counts pN against (line 3 up to the bio)', () => {
    const lines = seed.text.split('\n').map((line) => line.trim());
    const bodyLines = lines.slice(
      2,
      lines.findIndex((line) => line.startsWith('Eldar Mamedov is')),
    );
    expect(bodyLines).toHaveLength(14);
    expect(article.paragraphs).toEqual(bodyLines);
    expect(article.paragraphs).toEqual(seed.paragraphs.map((sentences) => sentences.join(' ')));
  });

  it('drops the newsletter line, counts it, and names the site from it', () => {
    expect(article.paragraphs.some((p) => NEWSLETTER.test(p))).toBe(false);
    expect(article.warnings).toEqual(['dropped 1 boilerplate line']);
    expect(article.publisher).toBe('Eurasianet');
  });
});

describe('importText on other shapes', () => {
  it('strips site navigation and appeals around a pasted article', () => {
    const pasted = [
      'Home | World | Business | Opinion | Video',
      'Skip to content',
      'Grain exports fall as the Black Sea corridor closes',
      'By Ana Petrova and John Smith',
      'March 3, 2024',
      'Ukraine shipped less grain in February than in any month since the corridor opened, traders said.',
      'Advertisement',
      'Insurers raised premiums for ships calling at Odesa after two vessels were hit.',
      'Read more: How the corridor worked',
      'Share on Facebook',
      'Analysts expect exports to recover slowly once the insurance market settles.',
      '© 2024 Example News. All rights reserved.',
    ].join('\n');
    const article = importText(pasted, { format: 'paste' });
    expect(article.title).toBe('Grain exports fall as the Black Sea corridor closes');
    expect(article.author).toBe('Ana Petrova and John Smith');
    expect(article.date).toBe('March 3, 2024');
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs.join(' ')).not.toMatch(/Advertisement|Read more|Share on|©|Skip to/);
    expect(article.warnings).toContain('dropped 6 boilerplate lines');
    expect(article.format).toBe('paste');
  });

  it('re-joins hard-wrapped paragraphs separated by blank lines', () => {
    const wrapped = [
      'A headline for a wrapped text',
      '',
      'The first paragraph was wrapped by an email client at',
      'a fixed width, so its sentence runs over three lines',
      'of text.',
      '',
      'The second paragraph is also wrapped at the same width',
      'and ends here.',
      '',
      'The third paragraph is a single line.',
    ].join('\n');
    const article = importText(wrapped, { format: 'txt' });
    expect(article.title).toBe('A headline for a wrapped text');
    expect(article.paragraphs[0]).toBe(
      'The first paragraph was wrapped by an email client at a fixed width, so its sentence runs over three lines of text.',
    );
    expect(article.paragraphs).toHaveLength(3);
  });

  it('takes a "Headline | Site" suffix as the publisher', () => {
    const text =
      'Why the corridor matters now | Example Review\nShort dek here.\nOne.\nTwo is a paragraph.\nThree.';
    const article = importText(text, { format: 'txt' });
    expect(article.title).toBe('Why the corridor matters now');
    expect(article.publisher).toBe('Example Review');
  });

  it('does not take a single long line as a headline', () => {
    const line =
      'This is one long pasted paragraph, with no headline at all, that goes on for a while. '.repeat(4);
    const article = importText(line, { format: 'paste' });
    expect(article.title).toBe('');
    expect(article.paragraphs).toEqual([line.trim()]);
  });

  it('refuses empty, whitespace-only and boilerplate-only text with clear messages', () => {
    expect(() => importText('', { format: 'txt' })).toThrowError(
      new ImportError('The file is empty (or only whitespace).', 'empty'),
    );
    expect(() => importText(' \n\t\u00a0\n ', { format: 'paste' })).toThrowError('The pasted text is empty.');
    const onlyBoilerplate = 'Sign up for our newsletter\nAdvertisement\nShare on Twitter';
    expect(() => importText(onlyBoilerplate, { format: 'paste' })).toThrow(/No article text was found/);
  });

  it('warns on a non-English article but still imports it', () => {
    const spanish = [
      'Azerbaiyán no seguirá el llamado de Irán',
      'El 1 de noviembre, el líder supremo de Irán pidió a todas las naciones musulmanas romper sus lazos con Israel.',
      'Sin embargo, Bakú mantiene una alianza estratégica con Turquía y buenas relaciones con Rusia y con Israel.',
      'Los analistas creen que el petróleo azerí seguirá fluyendo hacia los puertos israelíes durante la guerra.',
    ].join('\n');
    const article = importText(spanish, { format: 'txt' });
    expect(article.warnings).toContain('non-English text detected');
    expect(article.paragraphs.length).toBeGreaterThan(0);
    expect(importText(loadSeedArticle().text, { format: 'txt' }).warnings).not.toContain(
      'non-English text detected',
    );
  });
});
