import { describe, expect, it } from 'vitest';
import { article, bottomOf as bottom, contextOf, sentenceIn } from '../../../helpers/draftContext';
import { compressSentence } from '../../../../slides/draft/compress';
import { lexiconOf } from '../../../../slides/draft/clauses';
import { simplePast } from '../../../../slides/draft/headline';

/**
 * A paper asks its question in the headline and answers it in its own words ("We conclude that …"): the bottom
 * line states the answer, never the question. A comma between an article's modifiers opens no aside. No title is
 * taken twice, and none ends on an object that points back.
 */

const PAPER = [
  'In April 2022 the city of Greywell introduced a daily charge of £6 for private cars entering its centre. We find that the charge reduced vehicles entering the zone by 17.4% and cut roadside nitrogen dioxide by 11.2%. We conclude that the charge has worked and should be retained, but that a means-tested discount is needed to make it fair.',
  'Road-user charges remain among the most contested policies in urban transport.',
  'Bus boardings on routes serving the zone rose by 8.6% relative to the comparison cities.',
  'Low-income drivers from the outer districts pay 58% of the charges.',
  'Retail footfall in the centre changed by less than the margin of error.',
];

describe("a paper's bottom line", () => {
  it('states what "We conclude that …" concludes, and never the headline\'s question', () => {
    const slide = bottom(
      article(PAPER, 'Did the Greywell Clean Air Charge Work? Evidence from the First Two Years'),
    );
    expect(slide.title).not.toMatch(/\?|Did the/);
    // In headline style: with its article, the title would copy eight words of the conclusion.
    expect(slide.title).toBe('Bottom line: Charge has worked and should be retained');
  });
});

describe('a comma between modifiers', () => {
  it('opens no aside ("a standing, funded programme")', () => {
    const text =
      'What will end it is a standing, funded programme that replaces the fleet before it fails, keeps a reserve ship in harbour, and builds to standard designs.';
    expect(compressSentence(text, { lexicon: lexiconOf(text) })).toMatch(/a standing, funded programme/);
  });

  it('still lets a participle\'s aside go ("The plan, costed at £4m, was dropped")', () => {
    const text = 'The plan, costed at £4m in the spring budget review, was dropped by the council in June.';
    expect(compressSentence(text, { lexicon: lexiconOf(text), maxWords: 8 })).not.toMatch(/costed/);
  });
});

describe('titles', () => {
  it('are taken once, whether or not the sentence they come from ends on a full stop', () => {
    const source = article(PAPER, 'Did the Greywell Clean Air Charge Work?');
    const ctx = contextOf(source);
    ctx.claim('The share would probably stabilise near today’s level');
    expect(ctx.isFree('The share would probably stabilise near today’s level.')).toBe(false);
    expect(ctx.isFree('The share would probably stabilise')).toBe(true);
  });
});

describe('a title', () => {
  it('never ends on an object that points back ("Two further pressures have compounded it")', () => {
    const source = article(
      [...PAPER, 'Two further pressures have compounded it.'],
      'Did the Greywell Clean Air Charge Work?',
    );
    const { ctx, s } = sentenceIn(source, 'Two further pressures');
    const title = ctx.headlineTitle(s, 10, [], true);
    expect(title ?? '').not.toMatch(/\sit$/);
  });
});

describe('a title that reports a saying', () => {
  it('is made only with a named speaker ("The airline said …" titles nothing)', () => {
    const source = article(
      [
        'Skyvara Airways filed for bankruptcy protection on Thursday with debts of €1.42 billion.',
        'The airline said it had run out of options after talks with lenders failed on Wednesday night.',
        'About 41,000 passengers had been booked to fly with the airline over the weekend.',
      ],
      'Skyvara Airways files for bankruptcy protection',
    );
    const { ctx, s } = sentenceIn(source, 'The airline said');
    const title = ctx.headlineTitle(s, 10, [], true);
    expect(title ?? '').not.toMatch(/^The airline said/);
  });
});

describe('headline style', () => {
  it('never leaves "a" before a vowel when it drops the adjectives between ("had a effect")', () => {
    const source = article(
      [...PAPER, 'The charge had a large and immediate effect on traffic.'],
      'Did the Greywell Clean Air Charge Work?',
    );
    const { ctx, s } = sentenceIn(source, 'The charge had a large');
    for (const words of [10, 8, 7, 6])
      expect(ctx.headlineTitle(s, words, [], true) ?? '').not.toMatch(/\ba effect/);
  });

  it('keeps a perfect that governs a second participle ("had faced … and done better")', () => {
    const text = 'We looked for places that had faced similar pressures and done better';
    expect(simplePast(text, lexiconOf(`${text}.`))).toBe(text);
    const plain = 'Councils have raised the premium';
    expect(simplePast(plain, lexiconOf(`${plain}.`))).toBe('Councils raised the premium');
  });
});
