import { describe, expect, it } from 'vitest';
import { salienceScores, type SalienceInput } from '../../../../slides/analyze/salience';

describe('salienceScores on a very long article', () => {
  it('scores millions of sentences without overflowing the stack (no Math.max(...array))', () => {
    const count = 2_000_000;
    const shared: SalienceInput = {
      lemmas: ['corridor'],
      entityMentions: [],
      paragraph: 2,
      index: 2,
      thesisOverlap: 0,
    };
    const inputs: SalienceInput[] = new Array<SalienceInput>(count).fill(shared);
    inputs[0] = {
      lemmas: ['corridor', 'deal'],
      entityMentions: [3],
      paragraph: 1,
      index: 1,
      thesisOverlap: 1,
    };
    const scores = salienceScores(inputs, count);
    expect(scores).toHaveLength(count);
    expect(scores[0]).toBe(1);
    expect(Math.max(scores[1] ?? 0, scores[count - 1] ?? 0)).toBeLessThan(1);
  });
});
