import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { draftDeck } from '../../../../slides/draft';
import { parseDeck } from '../../../../slides/format/parse';
import { runOn, withSpeaker } from '../../../../slides/draft/speakers';

/** A profile that names its subject, then says "she" for paragraphs on end. */
const profile = (middle: string) =>
  article(
    [
      'Ada Brenner, who died last week aged 88, was the planner who made Velmark build its tram lines before the suburbs.',
      'Born in the river town of Osk, she trained as an engineer and joined the city transport office in 1962.',
      middle,
      'Her reputation rested on a study of every new suburb Velmark built after the war.',
      'She showed that tram lines laid after a suburb was finished carried 40% fewer riders than lines laid before it.',
      'Her central insight, which she repeated to anyone who would listen for half a century, was that in a new town timing matters more than money.',
      'The city adopted her rule in 1979, and every district built since has had its tram before its first tenants.',
      'She married the architect Jon Tull in 1965; he died in 2010.',
    ],
    'Ada Brenner obituary: the planner who put the tram before the houses',
  );

describe('a profile that says "she" long after it named its subject', () => {
  it('names the subject the headline gives, when the subject was the last person named', () => {
    const source = profile('She spent a decade counting passengers on the lines the city had already built.');
    const { ctx, s } = sentenceIn(source, 'She showed');
    expect(ctx.bulletText(s)).toMatch(/^Brenner showed that tram lines laid after a suburb was finished/);
  });

  it('does not name the subject when another person was named since', () => {
    const source = profile(
      'The chief engineer, Piet Larsen, sent her to count passengers on the lines the city had already built.',
    );
    const { ctx, s } = sentenceIn(source, 'She showed');
    expect(ctx.bulletText(s)).not.toMatch(/Brenner/);
  });

  it('reads the verb of a "that" clause the tagger took for a noun, and lets a relative aside go', () => {
    const source = profile('She spent a decade counting passengers on the lines the city had already built.');
    const { ctx, s } = sentenceIn(source, 'Her central insight');
    expect(ctx.bulletText(s)).toBe(
      "Brenner's central insight was that in a new town timing matters more than money",
    );
  });

  it('shows no private life as evidence for a point', () => {
    const source = profile('She spent a decade counting passengers on the lines the city had already built.');
    const { deck } = parseDeck(draftDeck(source).text);
    const bullets = deck.slides.flatMap((slide) => slide.body.split('\n').filter((l) => l.startsWith('- ')));
    expect(bullets.filter((b) => /married/.test(b))).toEqual([]);
  });
});

describe("a speaker's label before the words it credits", () => {
  it("runs on a common word with a small letter, and keeps a name's capital", () => {
    expect(withSpeaker('Five of the seven were in care or hospitality', 'Venkat')).toBe(
      'Venkat: five of the seven were in care or hospitality',
    );
    expect(runOn('Tonight I am announcing that the ring road will not be widened')).toBe(
      'tonight I am announcing that the ring road will not be widened',
    );
    expect(withSpeaker('Velmark built its tram lines first', 'Brenner')).toBe(
      'Brenner: Velmark built its tram lines first',
    );
  });
});

describe('who "he said" points back to', () => {
  it("is the person named beside the subject's role, not the town where the speech was given", () => {
    const source = article(
      [
        'The central bank is under pressure to cut rates after the economy shrank for a second quarter running.',
        'The governor, Tomás Albuquerque, struck a more cautious note in a speech in Porto Velho on Thursday. "Core inflation has been sticky," he said. "We will not cut rates only to have to raise them again in the spring."',
      ],
      'Tavora slips into recession',
    );
    const { ctx, s } = sentenceIn(source, '"We will not cut');
    expect(ctx.speaker(s)).toBe('Albuquerque');
  });
});
