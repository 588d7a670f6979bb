import { describe, expect, it } from 'vitest';
import { article, contextOf, sentenceIn } from '../../../helpers/draftContext';

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

describe("an interviewee's reply that repeats the question's verb", () => {
  it('says nothing on a slide or in the notes ("So did some of my colleagues.")', () => {
    const ctx = contextOf(
      article(
        [
          'Host: Why would readmissions be lower at home? I would have guessed the opposite.',
          'Okonjo: So did some of my colleagues. Part of it is that people recover their strength faster when they keep moving around their own home.',
          'Host: And the cost?',
          'Okonjo: An average episode cost 9,800 crowns, against 13,400 crowns for a comparable ward stay.',
          'Host: What are you asking the government for?',
          'Okonjo: A national rollout over three years, region by region, with the staffing standard written in.',
        ],
        'Episode 87: The hospital that comes to you',
      ),
    );
    const reply = ctx.analysis.sentences.find((s) => s.text.startsWith('So did'))!;
    expect(ctx.silent.has(reply.ref)).toBe(true);
    const point = ctx.analysis.sentences.find((s) => s.text.startsWith('Part of it'))!;
    expect(ctx.silent.has(point.ref)).toBe(false);
  });
});

describe('"according to X\'s own estimates"', () => {
  it('credits X, never "X\'s"', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'Raising the urban cap from 25 to 30 crowns would release more than enough to pay for it, according to the Department’s own estimates.',
          'The fare cap costs 310 million crowns a year.',
        ],
        'Keeping rural buses running',
      ),
      'Raising',
    );
    expect(ctx.speaker(s)).toBe('Department');
  });
});
