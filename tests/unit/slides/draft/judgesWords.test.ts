import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';

/**
 * A ruling's analysis calls its judge "the judge" and "she", naming her once in a box of key facts: the "she"
 * that introduces a quoted passage is the judge ("She held:"), not the claimant the paragraph before named.
 */

const ruling = (facts: string) =>
  article(
    [
      facts,
      'The High Court has quashed the Executive’s decision to cut its travel allowance for disabled residents from £85 to £40 a month.',
      'Ms Feeney, a wheelchair user who works at a library, brought the claim. She argued that the consultation was too short.',
      'The judge rejected the Executive’s case on the equality duty. There was no record of any analysis before the decision. She held:',
      '"The duty to have due regard to equality is a duty to think before deciding, not to explain afterwards."',
      'Ms Feeney also argued that the cut was irrational. The judge dismissed this ground. Allocating scarce money, she said, was a matter of political judgment:',
      '"It is not for this court to decide how the Executive balances its budget."',
      'The Executive has 21 days to seek permission to appeal.',
    ],
    'What the judge decided',
  );

describe('a judge\'s words, introduced by "she"', () => {
  it('are the judge’s, whom the key facts name', () => {
    const source = ruling(
      'Court: High Court. Judge: Mrs Justice Ndiaye-Harcourt. Judgment: 20 January 2026.',
    );
    for (const start of ['"The duty to have', '"It is not for this court']) {
      const { ctx, s } = sentenceIn(source, start);
      expect(ctx.speaker(s)).toBe('Ndiaye-Harcourt');
    }
  });

  it('are no one’s named when the article names two judges', () => {
    const source = ruling('Judges: Mrs Justice Ndiaye-Harcourt and Mr Justice Oyelaran-Banks.');
    const { ctx, s } = sentenceIn(source, '"It is not for this court');
    expect(ctx.speaker(s)).not.toBe('Feeney');
  });

  it('leave a named office holder theirs ("The mayor, Cormac Ilsley, …")', () => {
    const source = article(
      [
        'The council votes next month on two tram schemes for the city.',
        'The mayor, Cormac Ilsley, has stayed neutral. "I want the best scheme, not the most expensive one," he said last week.',
        'Nobody could disagree with that, but the cheaper scheme is not the better one.',
      ],
      'The tram choice',
    );
    const { ctx, s } = sentenceIn(source, '"I want the best scheme');
    expect(ctx.speaker(s)).toBe('Ilsley');
  });
});
