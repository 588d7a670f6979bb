import { describe, expect, it } from 'vitest';
import { isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import { compressionCandidates, compressSentence } from '../../../../slides/draft/compress';
import { leadingClause } from '../../../../slides/draft/titleShape';

/**
 * A cleft said plainly ("it is the harbour board's plan that looks harder to defend" is "the harbour board's plan
 * looks harder to defend"), an adjective of difficulty whose infinitive needs no object, and an aside that stands
 * between a verb and its complement, which no cut may stop after.
 */

const short = (sentence: string) => compressSentence(sentence, { maxWords: 10 });

describe('a cleft sentence', () => {
  it('is said with its focus as the subject', () => {
    expect(short("On that reading, it is the harbour board's plan that looks harder to defend.")).toMatch(
      /^(?:On that reading, t|T)he harbour board's plan looks harder to defend$/,
    );
    expect(short('It is the smallest growers who pay the most for the new levy in the end.')).toBe(
      'The smallest growers pay the most for the new levy in the end',
    );
  });

  it('keeps a negated cleft, and an "it is the X that" whose "that" may open a relative clause', () => {
    const cases: [string, string][] = [
      ['It is not the levy that broke the growers this year, whatever the ministry says.', 'The levy broke'],
      [
        'It is the kettle that appears most often in the repair log, and the reasons are revealing.',
        'The kettle appears',
      ],
      ['It was a decision that would haunt the council for a decade and more.', 'A decision would'],
    ];
    for (const [sentence, plain] of cases)
      for (const candidate of [short(sentence), ...compressionCandidates(sentence)])
        expect(candidate.startsWith(plain), candidate).toBe(false);
  });
});

describe('an adjective of difficulty and its infinitive', () => {
  it('ends a clause: the object of the infinitive is the subject', () => {
    for (const text of [
      "The harbour board's plan looks harder to defend",
      'The new levy will be costly to collect',
    ])
      expect(isComplete(text, lexiconOf(text)), text).toBe(true);
  });

  it('does not make a clause of a sentence that only announces what follows', () => {
    const text = 'The numbers the treasurer laid out are not hard to follow';
    expect(isComplete(text, lexiconOf(text))).toBe(false);
  });
});

describe('an aside between a verb and its complement', () => {
  it('is never where a leading clause stops', () => {
    const text =
      "The ministry's offer of 40 tonnes is, for its part, below the smallest catch ever recorded at the port, which can hardly reassure the fleet.";
    const clause = leadingClause(text, text, lexiconOf(text), 10);
    expect(clause).not.toBe("The ministry's offer of 40 tonnes is, for its part");
    expect(clause ?? '').not.toMatch(/,\s[^,]*$/);
  });
});
