import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { findDates, eventDateOf } from '../../../../slides/analyze/dates';
import { compressSentence } from '../../../../slides/draft/compress';
import { lexiconOf, trailingPhraseCuts } from '../../../../slides/draft/clauses';
import { POINTING_OBJECT } from '../../../../slides/draft/planContext';
import { leadingClause } from '../../../../slides/draft/titleShape';
import { statesPoint } from '../../../../slides/draft/headline';
import { subjectPhrase } from '../../../../slides/draft/titles';
import { dateParts } from '../../../../slides/check/dates';

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

describe('cuts that would change what a sentence says', () => {
  it('keeps "at the rate | at which they can sell": the relative says which rate', () => {
    const text = 'Private builders build at the rate at which they can sell homes without cutting prices';
    expect(leadingClause(text, text, lexiconOf(text), 8)).toBeUndefined();
    expect(trailingPhraseCuts(text, lexiconOf(text))).not.toContain('Private builders build at the rate');
  });

  it('reads "Economists call this the absorption rate" as pointing back: "this" names nothing on a title', () => {
    expect(POINTING_OBJECT.test('Economists call this the absorption rate')).toBe(true);
  });

  it('reads "Consumer groups say that is the wrong way round" as pointing back, no point of its own', () => {
    const text = 'Consumer groups say that is the wrong way round';
    expect(statesPoint(text, lexiconOf(text))).toBe(false);
  });

  it('never cuts a label\'s subject inside a name ("The ruling of the Inter-Regional Trade | Tribunal")', () => {
    const text =
      'The ruling of the Inter-Regional Trade Tribunal is the next point at which the dispute cools or escalates';
    expect(subjectPhrase(text, lexiconOf(text), 6)).toBeUndefined();
  });

  it("dates a two-day span's row by its first day", () => {
    expect(dateParts('11–12 March 2025').days[0]).toBe('11');
  });
});

describe('a hedge that opens a claim', () => {
  it('drops "In practice" from a title, as other connectives are dropped', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'Wind and solar will keep growing, but they cannot yet replace 1.8 gigawatts of steady output on a still winter night.',
          'In practice the gap would be filled by gas, and closing the station in 2027 would add 4.2 million tonnes of carbon dioxide a year.',
        ],
        'Keep the station open',
      ),
      'In practice',
    );
    expect(ctx.headlineTitle(s, 10, [], true)).not.toMatch(/^In practice/i);
  });
});

describe('a description through "our" before a name', () => {
  it('keeps the name and drops the descriptions ("Our GP, Dr …, another signatory, has …")', () => {
    const sentence =
      'Our GP, Dr Kirsty Ballard, another signatory, has twice had to arrange for a patient to be taken off the island by lifeboat.';
    const short = compressSentence(sentence, { lexicon: lexiconOf(sentence), maxWords: 20 });
    expect(short).not.toMatch(/^Our GP another signatory/);
    expect(short).toMatch(/Ballard/);
  });
});
