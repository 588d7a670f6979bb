import { describe, expect, it } from 'vitest';
import { draftDeck } from '../../../../slides/draft';
import { runOn } from '../../../../slides/draft/speakers';
import { afterColon, compressionCandidates, cutsAway } from '../../../../slides/draft/compress';
import { lexiconOf } from '../../../../slides/draft/clauses';
import type { ImportedArticle } from '../../../../slides/import/types';
import { article, bottomOf, contextOf, sentenceIn } from '../../../helpers/draftContext';

/**
 * A piece in one named person's first person: a shareholder letter, a speech, a newsletter. Its "I" and "we" are
 * the writer's, not the presenter's, so a slide or notes that carry them name the writer.
 */
const LETTER = [
  'Our adjusted operating margin declined to 11.2% from 12.9% in 2024, and I want to explain why.',
  'Roughly two-thirds of that decline came from a deliberate choice to hold prices for our water utility customers while steel costs rose.',
  'We made that choice because a utility that trusts us will sign a service contract for ten years, not one.',
  'Service revenue grew 18% last year and now makes up 41% of group sales.',
  'Critics on the board argued that the company should have passed the steel costs on. "Margins are a promise to owners," said Viktor Halme, the longest-serving director.',
  'Our new-build treatment business in Southeast Asia lost money again, and we will decide its future by the autumn.',
  'I believe the service strategy is working, and we will set out our targets at the Investor Day in June.',
];

const letter = (author: string | undefined): ImportedArticle => ({
  ...article(LETTER, 'Letter to shareholders'),
  ...(author ? { author } : {}),
  publisher: 'Amberlin Pumps',
});

/** Each slide's shown text (title and bullets) and its notes' talk (before the Sources). */
function slidesOf(text: string) {
  return text.split('\n---\n').map((slide) => {
    const [shown = '', notes = ''] = slide.split('\nNote:\n');
    return {
      shown,
      talk: notes.split('\nSources:\n')[0] ?? '',
      sources: notes.split('\nSources:\n')[1] ?? '',
    };
  });
}

describe("the writer's own first person", () => {
  it("names the writer where a slide's bullet speaks as 'I' or 'we'", () => {
    const { text } = draftDeck(letter('Henrika Oskarsson'));
    const bullets = text.split('\n').filter((line) => line.startsWith('- '));
    const firstPerson = bullets.filter((line) => /\b(?:I|we|our|us)\b/i.test(line.replace(/<!--.*-->/, '')));
    expect(firstPerson.length).toBeGreaterThan(0);
    for (const slide of slidesOf(text)) {
      const own = slide.shown.split('\n').filter((l) => l.startsWith('- ') && /\b(?:I|we|our|us)\b/.test(l));
      if (own.length) expect(slide.shown).toMatch(/Oskarsson/);
    }
  });

  it('names the writer once a slide, on its first bullet and in its first line of talk in their voice', () => {
    const { text } = draftDeck(letter('Henrika Oskarsson'));
    for (const slide of slidesOf(text)) {
      expect(slide.shown.match(/^- Oskarsson: /gm)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(slide.talk.match(/As Oskarsson put it|Oskarsson: /g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
    // Named on the slide's first line in their voice; the next goes on in it.
    expect(text).toMatch(
      /As Oskarsson put it, our adjusted operating margin declined[^\n]* We made that choice/,
    );
  });

  it("credits the writer's own first person in the Sources, and a quotation to its own speaker", () => {
    const { text } = draftDeck(letter('Henrika Oskarsson'));
    expect(text).toMatch(/"We made that choice because [^"]*" — Oskarsson/);
    expect(text).not.toMatch(/Margins are a promise[^\n]*— Oskarsson|Oskarsson: [^\n]*Margins are a promise/);
  });

  it('names nobody when the byline is an organisation or missing', () => {
    for (const author of ['Cattermole Risk Advisory', 'Amberlin Pumps', undefined]) {
      const { text } = draftDeck(letter(author));
      expect(text).not.toMatch(/(?:Advisory|Pumps|Oskarsson): (?:we|our|I)\b|As (?:Advisory|Pumps) put it/);
    }
  });

  it('keeps a quotation inside a first-person sentence as the quoted speaker’s', () => {
    const source: ImportedArticle = {
      ...article(
        [
          'Wage settlements are coming down slowly, and I will be watching them closely this spring.',
          'One firm in our latest survey put it this way: "We have stopped asking whether we can raise prices and started asking when."',
          'Services inflation is still running at 4.6%, well above the 2% target.',
        ],
        'The last mile',
      ),
      author: 'Oriane Castellví',
    };
    const ctx = contextOf(source);
    const survey = ctx.analysis.sentences.find((s) => s.text.startsWith('One firm'));
    const own = ctx.analysis.sentences.find((s) => s.text.startsWith('Wage settlements'));
    expect(survey && ctx.writerSays(survey)).toBeUndefined();
    expect(own && ctx.writerSays(own)).toBe('Castellví');
  });

  it('reads "World War I" and "the US" as no first person', () => {
    const source: ImportedArticle = {
      ...article(
        [
          'The treaty that ended World War I left the US outside the League.',
          'By 1935 the League had failed its first real test.',
        ],
        'The League',
      ),
      author: 'Oriane Castellví',
    };
    const ctx = contextOf(source);
    for (const s of ctx.analysis.sentences) expect(ctx.writerSays(s)).toBeUndefined();
  });
});

describe('naming a speaker before a sentence that opens on a conjunction or an ordinal', () => {
  it('keeps the conjunction first ("But, as Castellví put it, I draw …")', () => {
    const source: ImportedArticle = {
      ...article(
        [
          'The labour market has loosened, and unemployment has risen from 3.9% to 4.8% over eighteen months.',
          'But I draw a different conclusion from the same facts, because pay growth has fallen only modestly.',
        ],
        'The case for patience',
      ),
      author: 'Oriane Castellví',
    };
    const { ctx, s } = sentenceIn(source, 'But I draw');
    expect(ctx.spoken(s)).toBe(
      'But, as Castellví put it, I draw a different conclusion from the same facts, because pay growth has fallen only modestly.',
    );
  });

  it('runs on an ordinal opener in lower case', () => {
    expect(runOn('Third, the rules shape how we live for decades.')).toBe(
      'third, the rules shape how we live for decades.',
    );
  });
});

describe('a cut that keeps who told it but not what they said', () => {
  const SENTENCE =
    'Several farmers told me, some with a shrug and some with open anger, that the per-hectare aid rewards anyone who keeps land in production, including those pumping hardest to water thirsty crops.';

  it('is refused, and a cut that keeps what was said is kept', () => {
    const candidates = compressionCandidates(SENTENCE);
    expect(candidates).not.toContain('Several farmers told me, some with a shrug and some with open anger');
    expect(candidates.some((c) => c.includes('the per-hectare aid rewards anyone who keeps land'))).toBe(
      true,
    );
    expect(cutsAway('Several farmers told me', SENTENCE, lexiconOf(SENTENCE))).toBe(true);
  });

  it('still allows a cut before a "that" no one says', () => {
    const sentence =
      'The council closed the bridge in 2022, that winter of floods and burst mains, and reopened it in 2024.';
    expect(cutsAway('The council closed the bridge in 2022', sentence, lexiconOf(sentence))).toBe(false);
  });
});

describe('a conclusion announced with an adjective, or with a colon of its own', () => {
  it('titles the bottom line from "Our central conclusion is simple: …"', () => {
    const source = article(
      [
        'For people who live in small towns and villages, the local bus is not a convenience. It is how teenagers get to college and how older people reach a surgery.',
        'Our central conclusion is simple: rural bus decline is a funding problem before it is anything else.',
        'Spending by councils on supported bus services fell by 31% in real terms between 2010 and 2024, and the number of rural routes fell by 38%.',
        'Short-term competitions have produced pilots that end when their money does, and fare caps help only where a bus still runs.',
        'What rural areas need is stable, ring-fenced money for at least five years, tied to a clear minimum standard of service.',
      ],
      'Running on empty: how to bring buses back to rural towns',
    );
    expect(bottomOf(source).title).toBe('Bottom line: Rural bus decline is a funding problem');
  });

  it('keeps a claim whole when what follows its own colon only echoes its verb', () => {
    expect(afterColon('Our central finding is: the money is no longer the hard part: the grid is.')).toBe(
      'The money is no longer the hard part: the grid is',
    );
  });

  it('never cuts an adjective from the noun it shares with the next one in a list', () => {
    const sentence =
      'What rural areas need is stable, ring-fenced money for at least five years, tied to a clear minimum standard of service.';
    expect(compressionCandidates(sentence)).not.toContain('What rural areas need is stable');
    expect(cutsAway('What rural areas need is stable', sentence, lexiconOf(sentence))).toBe(true);
  });
});

describe('a verdict announced as "My reading of the night is this."', () => {
  it('puts the sentence after it on the bottom line', () => {
    const source = article(
      [
        'Labour and Land will form the next government after gaining eight seats, but it finished short of a majority on 30.8% of the vote.',
        'The Alliance lost 14 seats, almost all of them in the commuter corridor, where the maternity unit was closed last spring.',
        'Turnout fell by eight points in the corridor and by barely three elsewhere.',
        'National Forward took 14.9% of the vote but won only one more seat.',
        'The verdict',
        'My reading of the night is this. Northmarch did not swing left. It turned against a tired government over one local decision.',
      ],
      'Labour and Land falls short as Alliance vote collapses',
    );
    const bullets = bottomOf(source).items.map((item) => item.text);
    expect(bullets).toContain('Northmarch did not swing left');
    expect(bullets.join(' ')).not.toMatch(/My reading of the night/);
  });
});

describe('a cut inside what someone said, before its verb', () => {
  const SENTENCE =
    'Owen Treadgold, chairman of the Harrowford Chamber of Commerce, said about 2,500 jobs at parts suppliers, logistics firms and caterers depended on the plant.';

  it('is refused', () => {
    expect(compressionCandidates(SENTENCE)).toEqual([SENTENCE.replace(/\.$/, '')]);
    expect(cutsAway('Owen Treadgold said about 2,500 jobs', SENTENCE, lexiconOf(SENTENCE))).toBe(true);
  });

  it('still allows a cut after a quotation, a thing announced, or a say someone has', () => {
    const quoted =
      '"An hour is a long time when a baby is coming early," warned Delgado, a midwife who has worked there for years.';
    expect(
      cutsAway(
        '"An hour is a long time when a baby is coming early," warned Delgado',
        quoted,
        lexiconOf(quoted),
      ),
    ).toBe(false);
    const declared =
      'The authority declared an exceptional drought in April 2023, and farmers cut their planting by a third.';
    expect(cutsAway('The authority declared an exceptional drought', declared, lexiconOf(declared))).toBe(
      false,
    );
    const say =
      'Local people will have a say through the examination process, which is public and time-limited.';
    expect(
      cutsAway('Local people will have a say through the examination process', say, lexiconOf(say)),
    ).toBe(false);
  });
});

describe("a building's name", () => {
  it('is no person a "She" can stand for', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'Since 2019 the respondent has rented a two-bedroom flat on the ground floor of Harcourt House, Wexcombe, from the appellant.',
          'She reported black mould in the bedroom by text message on 3 January 2022. She sent two further messages in February.',
        ],
        'Damp and the duty to repair',
      ),
      'She sent two further',
    );
    expect(ctx.referent(s)).toBeUndefined();
    expect(ctx.spoken(s)).toBe('She sent two further messages in February.');
  });
});

describe('an article not in English', () => {
  it('credits no writer for a word that only looks like "me" ("même")', () => {
    const source: ImportedArticle = {
      ...article(
        [
          'Les commerçants du centre confirment une hausse de la fréquentation, même si plusieurs estiment qu’il est trop tôt pour mesurer l’effet.',
          'La municipalité prévoit de prolonger la zone piétonne jusqu’à la gare en 2026, pour un coût de 4 millions d’euros.',
        ],
        'Le centre-ville sans voitures attire plus de monde',
      ),
      author: 'Claire Dumesnil',
    };
    const ctx = contextOf(source);
    for (const s of ctx.analysis.sentences) expect(ctx.writerSays(s)).toBeUndefined();
    expect(draftDeck(source).text).not.toMatch(/— Dumesnil|Dumesnil:/);
  });
});

describe('judging a cut', () => {
  it('gives the same answer whatever cut it judged before', () => {
    const first =
      'The minister, who spoke at length to the committee on Tuesday afternoon in the old chamber, said "it is over" and left the room.';
    const second = 'Officials said "about 2,500 jobs" at suppliers depended on the plant.';
    const judged = () => cutsAway('Officials said "about 2,500 jobs"', second, lexiconOf(second));
    const fresh = judged();
    cutsAway(first.replace(/ and left the room\.$/, ''), first, lexiconOf(first));
    expect(judged()).toBe(fresh);
  });
});
