import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeSentences } from '../../../../slides/analyze/nlp';
import { splitSentences } from '../../../../slides/analyze/sentences';
import { findFigures } from '../../../../slides/analyze/figures';
import { loadSeedArticle } from '../../../helpers/seedArticle';

describe('tokenizeSentences', () => {
  it('gives each seed sentence the same words as reading it alone, from one read per paragraph', () => {
    for (const paragraph of loadSeedArticle().paragraphs) {
      const sentences = splitSentences(paragraph.join(' '));
      const together = tokenizeSentences(sentences);
      expect(together).toHaveLength(sentences.length);
      sentences.forEach((sentence, i) => {
        const alone = tokenize(sentence).tokens;
        expect(together[i]?.map((t) => t.text)).toEqual(alone.map((t) => t.text));
        expect(together[i]?.[0]?.spaceBefore).toBe(false);
      });
    }
  });

  it('keeps tokens inside their sentence when sentences sit back to back', () => {
    const [first, second] = tokenizeSentences(['Prices rose 4.2% in May.', '"Stop," he said.']);
    expect(first?.map((t) => t.text).join(' ')).toBe('Prices rose 4.2 % in May .');
    expect(second?.[0]?.text).toBe('"');
  });
});

describe('findFigures with continental number forms', () => {
  it('reads spaced thousands and decimal commas whole', () => {
    const texts = findFigures(
      "Le réseau sert 48 000 habitants et rapportait 2,1 millions d'euros par an.",
      'p1.s1',
    ).map((f) => f.text);
    expect(texts).toEqual(['48 000', '2,1 millions']);
  });

  it('still reads English thousands separators as one number', () => {
    expect(findFigures('The valley was short of 1,200 pickers.', 'p1.s1').map((f) => f.text)).toEqual([
      '1,200',
    ]);
  });
});
