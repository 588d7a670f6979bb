import { describe, expect, it } from 'vitest';
import { article } from '../../../helpers/draftContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { findDates, eventDateOf } from '../../../../slides/analyze/dates';
import { compressSentence } from '../../../../slides/draft/compress';
import { lexiconOf } from '../../../../slides/draft/clauses';

/**
 * An explainer of a court ruling: counsel's letters are no part of her name ("Verity Ashcombe-Lyle KC" is
 * Ashcombe-Lyle), a hearing over two days is dated by its span, and a quotation's "they" after its own colon is
 * never joined to the name of the lawyer who quotes it.
 */

describe('a ruling explained', () => {
  it('reads "KC" after a name as counsel\'s rank, not the surname', () => {
    const source = article(
      [
        'The Supreme Court ruled on 2 July 2025 that Swiftparcel couriers are workers entitled to the minimum wage.',
        'Verity Ashcombe-Lyle KC, who represented the couriers, said the ruling settled a question any courier could have answered.',
        'Swiftparcel said it would study the judgment and publish new terms within three months.',
      ],
      'Swiftparcel couriers are workers, Supreme Court rules',
    );
    const people = analyzeArticle(source)
      .entities.filter((e) => e.kind === 'person')
      .map((e) => e.name);
    expect(people).toContain('Verity Ashcombe-Lyle');
    expect(people).not.toContain('Verity Ashcombe-Lyle KC');
  });

  it('dates a hearing over two days by its span', () => {
    const row = '11–12 March 2025 — The Supreme Court hears the final appeal over two days.';
    expect(findDates(row)[0]).toBe('11–12 March 2025');
    expect(eventDateOf(row)).toBe('11–12 March 2025');
  });

  it('never joins the lawyer\'s name to the "they" inside the words she quotes', () => {
    const sentence =
      'Verity Ashcombe-Lyle, who represented the couriers, said the judgment "says in plain words what our clients have known all along: they work for Swiftparcel, and Swiftparcel must pay them like it".';
    const short = compressSentence(sentence, { lexicon: lexiconOf(sentence), maxWords: 10 });
    expect(short).not.toMatch(/^Verity Ashcombe-Lyle work for/);
  });
});
