import { describe, expect, it } from 'vitest';
import { article, bottomOf, sentenceIn } from '../../../helpers/draftContext';
import { draftDeck } from '../../../../slides/draft';
import { parseDeck } from '../../../../slides/format/parse';
import { checkDeck } from '../../../../slides/check/checkDeck';

/**
 * When the body states no conclusion in so many words, the standfirst (written to sum the piece up) is the
 * bottom line's first bullet, linked to it as `p0.sM` and quoted in the notes as the standfirst's. A plan for what
 * comes next is the outlook's, never the conclusion; a quotation's own verbs never hide its speaker.
 */

const HEAT = [
  'For years, doctors in the cane regions of Corvania puzzled over young men whose kidneys were failing. They had no diabetes and no high blood pressure.',
  'The study followed 3,100 farm workers in the Belmar valley over three summers. Workers outdoors on days above 35C were almost twice as likely to show signs of kidney injury.',
  'Some researchers caution that heat may not be the only culprit. Pesticides and painkillers can also harm the kidneys.',
  'Water, shade and rest breaks protect workers, researchers say. A trial on one plantation cut signs of kidney injury by a third.',
  'The research team plans to publish data from a fourth summer in 2026. Hale said he would welcome it.',
];
const HEADLINE = 'Heat is quietly damaging farm workers’ kidneys. Here is what researchers know';
const STANDFIRST =
  'A new study of farm workers adds to evidence that repeated heat stress harms the kidneys, even in people who never feel ill.';
const withStandfirst = (standfirst: string | undefined) => ({ ...article(HEAT, HEADLINE), standfirst });

describe('a bottom line the body states no conclusion for', () => {
  it('opens on the finding its standfirst says a study adds evidence for, linked to the standfirst', () => {
    const slide = bottomOf(withStandfirst(STANDFIRST));
    expect(slide.items[0]).toEqual({
      text: 'Repeated heat stress harms the kidneys, even in people who never feel ill',
      refs: ['p0.s1'],
    });
    expect(slide.sources).toEqual(['p0.s1']);
  });

  it('never concludes with what is scheduled next ("The research team plans to publish …")', () => {
    const slide = bottomOf(withStandfirst(undefined));
    expect(slide.items.map((item) => item.text).join(' ')).not.toMatch(/plans to publish/);
  });

  it('takes no standfirst sentence that points back, asks, or is no clause', () => {
    for (const standfirst of [
      'Farm work in the heat. That habit is quietly ruining kidneys.',
      'Is heat the hidden cause of kidney failure?',
      'A decade of promises, lawsuits and cost overruns behind the valley’s water project.',
    ])
      expect(bottomOf(withStandfirst(standfirst)).items.some((item) => item.refs.includes('p0.s1'))).toBe(
        false,
      );
  });

  it('says the standfirst in the bottom line’s notes, quotes it as the standfirst’s, and not on the title slide', () => {
    const { text } = draftDeck(withStandfirst(STANDFIRST));
    const { deck } = parseDeck(text);
    const [title, bottom] = deck.slides;
    expect(bottom?.body).toContain('data-src="p0.s1"');
    expect(bottom?.notes).toContain(`Standfirst: "${STANDFIRST}"`);
    expect(title?.notes).not.toContain(STANDFIRST);
    // The check reads `p0.s1` as the standfirst's sentence: the bullet's words and numbers are the article's.
    const findings = checkDeck(deck, { article: withStandfirst(STANDFIRST) }).filter((f) => f.slide === 1);
    expect(findings).toEqual([]);
  });
});

describe('a quotation whose words include a verb of saying', () => {
  it('is credited to the pronoun’s referent, not lost on "argue" inside the quotation', () => {
    const source = article(
      [
        'Professor Kwame Hale, an epidemiologist, reviewed the study. Hale said the design was sound.',
        '"If the signal holds, the case for stronger heat rules becomes very hard to argue with," he said.',
      ],
      'Heat rules',
    );
    const { ctx, s } = sentenceIn(source, '"If the signal holds');
    expect(ctx.speaker(s)).toBe('Hale');
  });
});

describe('a title from a sentence whose verb the tagger reads as a noun', () => {
  it('states the plan ("The research team plans to publish data")', () => {
    const { ctx, s } = sentenceIn(
      article(['The research team plans to publish data from a fourth summer in 2026.'], 'Heat'),
      'The research team',
    );
    expect(ctx.headlineTitle(s, 10)).toMatch(/^The research team plans to publish data/);
  });
});

describe('a noun after a hyphenated modifier', () => {
  it('is no verb ("a new framework for short-term lets"), while a hyphenated name keeps its verb', () => {
    const source = article(
      [
        'The Government of Eastmoor proposes to introduce a new framework for short-term lets, meaning the letting of a whole home, or part of a home, to visitors for periods of less than 31 nights at a time.',
        'Foreign minister Hossein Amir-Abdollahian met his counterpart in Ankara on Tuesday.',
      ],
      'Short lets',
    );
    const first = sentenceIn(source, 'The Government');
    expect(first.ctx.lex(first.s).get('lets')).toBe('NOUN');
    const second = sentenceIn(source, 'Foreign minister');
    expect(second.ctx.lex(second.s).get('met')).toBe('VERB');
  });
});
