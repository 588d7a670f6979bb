import { describe, expect, it } from 'vitest';
import { article, bottomOf, sentenceIn } from '../../../helpers/draftContext';
import { referringOpener, statesThesis } from '../../../../slides/draft/select';
import { draftDeck } from '../../../../slides/draft';
import { parseDeck } from '../../../../slides/format/parse';

/**
 * A lesson said after what it is not ("The lesson is not that X. It is that Y."), a lesson announced before a colon
 * ("this is the real lesson of the island: …") and said more briefly in the sentence after it, a pronoun that
 * points back, and a claim no slide may repeat with its name said more fully.
 */

const body = (topic: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `The ${topic} team measured step ${i + 1} of the change with care. Its notes record what moved, what broke and what it cost the company that month.`,
  );

describe('a lesson said after what it is not', () => {
  const post = article(
    [
      'Two years ago we split the ledger into seven services that talked over a queue. This spring we folded them back into one service on one database. Page loads fell from three seconds to half a second. The lesson is not that small services are bad. It is that we built for a load we never saw, and paid for it every week.',
      ...body('ledger', 8),
      'If you are about to split a system, write down the load you really have first.',
    ],
    'Seven services, one lesson',
  );

  it('states the thesis, and titles the bottom line without its lead-in', () => {
    const { ctx, s } = sentenceIn(post, 'It is that we built');
    expect(statesThesis(s, ctx.byRef)).toBe(true);
    expect(bottomOf(post).title).toMatch(/^Bottom line: We built for (?:a )?load we never saw$/);
  });

  it('is no thesis when a point, not the lesson, is denied: that answers an objection', () => {
    const essay = article(
      [
        'All of this is true. But none of it contradicts the case I am making. The point is not that we should never replace things. It is that we should choose honestly.',
        ...body('repair', 4),
      ],
      'Mend it',
    );
    const { ctx, s } = sentenceIn(essay, 'It is that we should choose');
    expect(statesThesis(s, ctx.byRef)).toBe(false);
  });
});

describe('a lesson announced before a colon', () => {
  const essay = article(
    [
      'At dawn the meadow on the island is grey and loud with larks. A warden stood beside me with a microphone.',
      ...body('survey', 6),
      'It seems to me that this is the real lesson of the island: what is endangered is not only a bird but what the birds know, and conservation that counts only bodies will keep missing the losses that matter most to them. Culture in wild animals deserves to be counted and protected in its own right, and where the chain of teaching has broken, recordings may have to teach for a while.',
      'On my last morning a young lark went up over the dune, unfinished.',
    ],
    'The songs the larks forgot',
  );

  it('is the thesis, though "It seems" opens its sentence', () => {
    const { ctx, s } = sentenceIn(essay, 'It seems to me that this is the real lesson');
    expect(statesThesis(s, ctx.byRef)).toBe(true);
    expect(referringOpener('it|this').test('It seems to me that this is the real lesson')).toBe(false);
  });

  it('titles the bottom line from the sentence after it when it runs too long itself', () => {
    expect(bottomOf(essay).title).toBe('Bottom line: Culture in wild animals deserves to be counted');
  });
});

describe('a sentence that opens on a pronoun', () => {
  it('points back, unless the pronoun names the piece or a time', () => {
    const back = referringOpener('this|these|it|they');
    expect(back.test('This relationship has cooled since the war.')).toBe(true);
    expect(back.test('It became a client that cannot tell a good price from a bad one.')).toBe(true);
    expect(back.test('This report argues that the cap works.')).toBe(false);
    expect(back.test('This afternoon I will ask the board to approve the plan.')).toBe(false);
    expect(back.test('Thiswise nothing.')).toBe(false);
  });
});

describe('a claim said again with its name said more fully', () => {
  it('titles one slide only', () => {
    const review = article(
      [
        'We tested six portable power stations over four months. The Trek 1200 is the one to buy.',
        ...body('battery', 3),
        'The Voltaro Trek 1200 is the one to buy. Its battery is built to last roughly four times as many charge cycles as the cheaper units we tried.',
        ...body('charger', 3),
        'Usable capacity matters more than rated capacity. Expect 85 to 93 per cent of the headline figure from a good unit.',
      ],
      'The best portable power stations',
    );
    const titles = parseDeck(draftDeck(review).text).deck.slides.map((slide) =>
      (/^#{1,2} (.+)$/m.exec(slide.body)?.[1] ?? '').replace(/^Bottom line: /, '').toLowerCase(),
    );
    const buy = titles.filter((t) => /trek 1200 is the one to buy/.test(t));
    expect(buy.length).toBeLessThanOrEqual(1);
  });
});

describe('a verdict said after what it is neither', () => {
  const post = article(
    [
      'The pension reform passed on Tuesday after six months of argument in the chamber.',
      ...body('pension', 6),
      'The reform is neither the rescue its authors claim nor the robbery its opponents describe. It is a sensible, unheroic patch: it closes about two-thirds of the projected deficit, mostly by raising contributions. The government has bought about a decade. The next one will have to decide what to do with it.',
    ],
    'Five things to know about the pension reform',
  );

  it('titles the bottom line, its "it" read as the subject the sentence before sets aside', () => {
    const bottom = bottomOf(post);
    expect(bottom.title).toBe('Bottom line: The reform is a sensible, unheroic patch');
    expect(bottom.items.map((item) => item.text).join('\n')).not.toMatch(/^The next one/m);
  });

  it('is no thesis after a sentence that only rules out one reading ("not price or willingness")', () => {
    const piece = article(
      [
        'The water pilot ran for three summers.',
        ...body('water', 6),
        "The pilot's limit was not price or willingness. It was measurement: nobody could tell how much water was left in the river.",
      ],
      'What the pilot taught',
    );
    expect(bottomOf(piece).title).not.toMatch(/limit was measurement/);
  });
});

describe('a headline that only hooks and labels its topic', () => {
  const brief = (title: string) => ({
    ...article(
      [
        'For half a century the country has paid for its roads through the petrol pump.',
        ...body('roads', 6),
        'Parliament should legislate for a distance charge this year, before the hole in the road budget grows.',
      ],
      title,
    ),
    standfirst:
      'Electric cars are quietly draining the fuel duty that pays for the road network. A distance charge is the least bad replacement.',
  });

  it('states nothing: the bottom line says the piece’s point instead', () => {
    const title = bottomOf(brief('Mind the gap: paying for the roads after the petrol engine')).title;
    expect(title).not.toMatch(/Mind the gap/);
    expect(title).toMatch(/^Bottom line: \S/);
  });

  it('unlike two phrases set side by side before the colon ("Hot nights, full wards")', () => {
    expect(bottomOf(brief('Hot nights, full wards: heat and hospital admissions')).title).toMatch(
      /^Bottom line: Hot nights, full wards\b/,
    );
  });
});
