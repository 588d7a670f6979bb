import { describe, expect, it } from 'vitest';
import { draftDeck } from '../../../../slides/draft';
import { compressSentence } from '../../../../slides/draft/compress';
import { lexiconOf } from '../../../../slides/draft/clauses';
import type { ImportedArticle } from '../../../../slides/import/types';

/**
 * A date without its year is in the article's own year, in the timeline's order as in its label; a row whose
 * subject went with an aside is no row; a name with its own description is the subject, not an aside.
 */

const SEASON: ImportedArticle = {
  title: 'Ashdown Rovers sold their spine',
  date: '19 February 2025',
  format: 'md',
  warnings: [],
  paragraphs: [
    'Ashdown Rovers have sold more players than any club in the league, and it shows on the pitch.',
    'In 2022, Kingsmead Town spent heavily to chase promotion and went into administration a year later.',
    'Fenna Dijkstra, appointed head coach in June 2023, has rebuilt the defence twice since then.',
    'Luka Havel, the centre-back who organised the defence, left for £29 million in August 2023.',
    'On 31 January, deadline day, Danny Okoro, the club’s top scorer, was sold to Vereda CF for £38 million.',
    'The board has not said what it will do with the money, and the fans are restless.',
  ],
};

describe('a timeline in an article of February 2025', () => {
  const timeline = () => {
    const { text } = draftDeck(SEASON);
    return text.split('\n---\n').find((s) => s.includes('data-layout="timeline"')) ?? '';
  };

  it('puts "31 January" in 2025, after the events of 2023', () => {
    const rows = [...timeline().matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1]);
    expect(rows).toContain('31 January 2025');
    expect(rows.indexOf('31 January 2025')).toBe(rows.length - 1);
  });

  it('names who was sold on the row', () => {
    expect(timeline()).toMatch(/\*\*31 January 2025\*\* — .*Danny Okoro was sold to Vereda CF/);
  });
});

describe('a name with a description of its own', () => {
  it('stays as the subject ("deadline day, Danny Okoro, the club’s top scorer, was sold")', () => {
    const text =
      'On 31 January, deadline day, Danny Okoro, the club’s top scorer, was sold to Vereda CF for £38 million.';
    expect(compressSentence(text, { lexicon: lexiconOf(text), maxWords: 14 })).toMatch(/Danny Okoro/);
  });

  it('still gives way to its description when it has none ("the governor, Tomas Reinholt, said …")', () => {
    const text =
      'The bank’s governor, Tomas Reinholt, said the bank would cut rates again in the spring of next year.';
    expect(compressSentence(text, { lexicon: lexiconOf(text), maxWords: 12 })).not.toMatch(
      /, Tomas Reinholt,/,
    );
  });
});

describe('a year that opens a span', () => {
  it('dates no event ("In 2023/24 the levy raised $2.3 billion", "in 1994–97")', async () => {
    const { findDates } = await import('../../../../slides/analyze/dates');
    expect(findDates('In 2023/24 the levy raised $2.3 billion.')).toEqual([]);
    expect(findDates('The river ran low in 1994–97, and again in 2003.')).toEqual(['2003']);
    expect(findDates('In 2019 the levy raised $1.9 billion.')).toEqual(['2019']);
  });
});
