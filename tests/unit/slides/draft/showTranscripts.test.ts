import { describe, expect, it } from 'vitest';
import { draftDeck } from '../../../../slides/draft';
import { isSignpost } from '../../../../slides/draft/structure';
import { compressSentence } from '../../../../slides/draft/compress';
import { isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import { article } from '../../../helpers/draftContext';

/**
 * A show's transcript: its hosts' thanks and sign-off say nothing, a quoting aside ("and I'm quoting") goes, an
 * enumeration's spoken numbers ("Three, means-test the help") go before its asides are read, and the guest's last
 * answer before the thanks is the show's conclusion.
 */

const cut = (sentence: string) => compressSentence(sentence, { lexicon: lexiconOf(sentence), maxWords: 20 });

describe("a show's courtesies", () => {
  it('are never a bullet: the thanks by name and the sign-off', () => {
    for (const text of [
      'Dr Ada Marsh, thank you very much.',
      'Thank you both.',
      'Low Tide is back next Thursday.',
      'We will be back next week with more.',
    ])
      expect(isSignpost({ text }), text).toBe(true);
    expect(isSignpost({ text: 'The minister said the scheme is back on track.' })).toBe(false);
  });
});

describe('cuts in a spoken sentence', () => {
  it('drop a quoting aside and a spoken number, and never stop inside "what they call …"', () => {
    expect(
      cut('She said, and I\'m quoting, "No family should lose their home because a spreadsheet moved."'),
    ).toBe('She said "No family should lose their home because a spreadsheet moved"');
    expect(
      cut('Three, means-test the help, so it goes to households that need it and not to second homes.'),
    ).toMatch(/^Means-test the help/);
    const lexicon = lexiconOf(
      'There are about 74,000 homes in what the insurers and the government call the risk zone.',
    );
    expect(isComplete('There are about 74,000 homes in what the insurers', lexicon)).toBe(false);
  });
});

const SHOW = [
  'HOST ONE: Hello and welcome to Low Tide. This week: who pays when the sea comes for your house?',
  'HOST TWO: The government says its new reinsurance pool will cap premiums for homes on the coast.',
  'DR ADA MARSH: The cap protects properties, not people. A retired couple and a holiday-let owner get exactly the same subsidy.',
  'HOST ONE: Where would you start?',
  'DR ADA MARSH: Keep a pool, because the market has broken down. But exclude new homes from the cap, and phase the cap out.',
  'HOST TWO: Insurers say they like the pool.',
  'DR ADA MARSH: Of course they do. It lets them keep writing profitable policies while the state takes the tail risk.',
  'HOST ONE: Last question. If listeners take one thing from this conversation?',
  'DR ADA MARSH: Price the risk honestly, and help the people, not the houses.',
  'HOST ONE: Dr Ada Marsh, thank you very much.',
  'DR ADA MARSH: Thank you both.',
  "HOST TWO: That's it for this week. Low Tide is back next Thursday.",
];

describe("a show's conclusion", () => {
  it("is its guest's last answer, never its sign-off", () => {
    const { text } = draftDeck(
      article(SHOW, 'Low Tide, episode 12: Who should pay when the sea comes for your house?'),
    );
    const bottom = text.split('\n---\n').find((slide) => slide.includes('## Bottom line')) ?? '';
    expect(bottom).not.toMatch(/back next Thursday|thank you/i);
    expect(bottom.split('\nNote:\n')[0]).toMatch(/help the people, not the houses/);
  });
});
