import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';

/**
 * A wire story's lede opens on its dateline, and its first source is often a company described by what it is in
 * its country ("Norland's only lithium refiner"): neither the dateline's place nor the owner in the description
 * speaks, and a company's name is never shortened as a person's is.
 */

const WIRE = [
  "HARLOW BAY, Norland, March 3 (Northwire) - Tessaly Minerals, Norland's only lithium refiner, said on Wednesday it would pause a 1.2 billion crown expansion of its Harlow Bay plant.",
  'Lithium hydroxide prices have fallen about 80% from their peak in late 2022, according to the price agency Corvex.',
  'Tessaly Minerals said the new line would need prices of about $14,000 a tonne to break even.',
];

describe("a wire lede's speaker", () => {
  it('is the company that said it, named in full, never the place the dateline or a description names', () => {
    const { ctx, s } = sentenceIn(
      article(WIRE, 'Norland lithium refiner Tessaly pauses Harlow Bay expansion'),
      'HARLOW BAY',
    );
    expect(ctx.speaker(s)).toBe('Tessaly Minerals');
    expect(ctx.bulletText(s)).toMatch(/^Tessaly Minerals said on Wednesday it would pause/);
  });
});
