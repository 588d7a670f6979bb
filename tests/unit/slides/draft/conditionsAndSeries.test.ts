import { describe, expect, it } from 'vitest';
import { danglingEnd } from '../../../../slides/check/textRules';
import { endsCleanly, isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import { compressSentence } from '../../../../slides/draft/compress';
import { dropArticles, dropAsides, headlineBase, headlineTight } from '../../../../slides/draft/headline';
import { inMethodSection, isSignpost } from '../../../../slides/draft/structure';
import { leadingClause, mainClause } from '../../../../slides/draft/titleShape';
import { article, bottomOf, sentenceIn } from '../../../helpers/draftContext';

const compress = (text: string) => compressSentence(text, { lexicon: lexiconOf(text), maxWords: 14 });

describe('cuts that would change what a sentence claims', () => {
  it('keeps a claim’s "but only if" condition, and a compound noun whole', () => {
    const text =
      'KCTA supports bus franchising in rural Aldermoor, but only if it comes with secure funding and a guaranteed level of service.';
    const bullet = compress(text);
    expect(bullet).toContain('but only if it comes with secure funding');
    expect(bullet).toContain('bus franchising');
    expect(leadingClause(text, text, lexiconOf(text), 10)).not.toBe(
      'KCTA supports bus franchising in rural Aldermoor',
    );
  });

  it('never cuts a correlative from its second half', () => {
    expect(endsCleanly('The Fair Peak tariff is neither fair')).toBe(false);
    expect(endsCleanly('Neither country can produce it alone')).toBe(true);
  });

  it('keeps the aside whose last name opens a series of names', () => {
    const text =
      'Rural districts have a vacancy rate of 9.6%, against 4.3% in the cities of Ostervik, Harlen and Brask';
    expect(headlineBase(text, lexiconOf(text), [])).not.toContain('9.6% Harlen');
  });
});

describe('a live page’s talk about its own coverage', () => {
  it('is a signpost, never a bullet', () => {
    for (const text of [
      'Good morning and welcome to our live coverage of the flooding in the Vell Valley.',
      'We will bring you updates throughout the day.',
      'As this live blog draws to a close for the night, it is worth setting out what today has shown.',
    ])
      expect(isSignpost({ text }), text).toBe(true);
    expect(isSignpost({ text: 'We will cut rates in August, not May.' })).toBe(false);
  });
});

describe('what a cut or a title must keep', () => {
  it('keeps a clause joined by ", and" that the next comma seems to close', () => {
    const text =
      "A hawkish hold in May should support the currency in the short run, and Veloria's current account surplus, at 3.2% of GDP, provides a cushion";
    expect(dropAsides(text, lexiconOf(text))).toContain("and Veloria's current account surplus");
  });

  it('reads a capitalised "May" after the first word as the month', () => {
    const title = 'The first cut comes in August, not May';
    expect(endsCleanly(title)).toBe(true);
    expect(isComplete(title, lexiconOf(title))).toBe(true);
    expect(danglingEnd(title)).toBeUndefined();
    expect(dropArticles('The case for a May cut is not unreasonable')).toContain('a May cut');
    expect(endsCleanly('Inflation is expected to fall, and the bank may')).toBe(false);
  });

  it('keeps a comparison, both things a combination joins, and a correlative’s article', () => {
    const compared = 'The canals were not out-competed by a superior technology so much as caught out';
    expect(leadingClause(compared, compared, lexiconOf(compared), 10)).not.toBe(
      'The canals were not out-competed by a superior technology',
    );
    const joined = 'What killed it was the combination of a new competitor and an old monopoly';
    expect(leadingClause(joined, joined, lexiconOf(joined), 10) ?? '').not.toMatch(/competitor$/);
    expect(dropArticles('The argument needed either a book of its own or nothing')).toContain(
      'either a book',
    );
  });

  it('never ends on a report set inside its clause', () => {
    expect(endsCleanly('The companies that owned them, she shows')).toBe(false);
    expect(endsCleanly('The companies were granted monopoly rights by Parliament')).toBe(true);
  });

  it('gives "she writes" to the person the review names, not to a canal named like one', () => {
    const source = article(
      [
        'Helena Strick has written the most important book on the Grand Merrow Canal in a generation.',
        'Toll roads, airports, water companies: all, she suggests, are at risk of becoming Grand Merrows. "Every generation builds its canals," she writes, "and every generation must decide whether they are to be highways or turnstiles."',
      ],
      'The canals that taxed themselves to death',
    );
    const { ctx, s } = sentenceIn(source, '"Every generation');
    expect(ctx.speaker(s)).toBe('Strick');
  });
});

describe('an obituary’s last lines', () => {
  const source = article(
    [
      'Helga Brannvik, who has died aged 86, was the most consequential central banker Kestland has produced.',
      'In 1990 she went further, announcing that the bank would aim to keep inflation at 2%, give or take one percentage point.',
      'Her husband, Lars Eklund, a structural engineer, died in 2016. She is survived by their son, Anders, and two grandchildren.',
    ],
    'Helga Brannvik, central banker, 1938-2025',
  );

  it('never gives "she" to the man named as her husband', () => {
    const { ctx, s } = sentenceIn(source, 'She is survived');
    expect(ctx.referent(s)).not.toBe('Eklund');
  });

  it('makes no bullet of a participle cut from its subject', () => {
    const { ctx, s } = sentenceIn(source, 'In 1990');
    // A sentence whose bullet is no sound one is said in the notes, not shown.
    expect(ctx.bulletText(s).startsWith('Announcing') ? ctx.longBullet(s) : true).toBe(true);
  });
});

describe('phrases a cut must keep whole', () => {
  it('keeps both ends of a range, "of its kind", "the first of the ships" and what "make" makes its object', () => {
    const range =
      'Employment in the city region grew by 9% between 2019 and 2024, helped by the expansion of the university hospital.';
    expect(compress(range)).not.toMatch(/between 2019$/);
    const kind = 'Bridges of its kind must have a principal inspection every six years';
    expect(headlineTight(kind, lexiconOf(kind))).toContain('of its kind');
    expect(dropArticles('In 2019 the first of the ships entered service')).toContain('first of the ships');
    const made = 'A death at sea would make any compromise politically untouchable for years';
    expect(leadingClause(made, made, lexiconOf(made), 10) ?? '').not.toMatch(/compromise$/);
  });
});

describe('a submission’s summary of recommendations', () => {
  it('states the bottom line in the summary’s own first items', () => {
    const slide = bottomOf(
      article(
        [
          'Summary of recommendations',
          'KCTA supports bus franchising in rural Aldermoor, but only if it comes with secure funding.',
          'R1. Proceed with franchising through a single regional franchising unit.',
          'R2. Replace the proposed £46 million transition fund with a settlement of at least £70 million.',
          'Introduction',
          'The number of registered bus routes in rural Aldermoor fell from 214 in 2015 to 131 in 2024.',
          'Our survey of 1,120 passengers found that 41% had turned down a job for lack of a bus.',
          'Commercial operators have withdrawn from routes that do not pay, and councils have cut support.',
          'Conclusion',
          'Franchising is the right structure for rural Aldermoor’s buses, and KCTA will support the Department.',
        ],
        'Rural buses need funding, not just a new owner',
      ),
    );
    expect(slide.items.map((i) => i.text)[0]).toMatch(/^KCTA supports bus franchising/);
  });
});

describe('a study’s methods section', () => {
  it('is told from its findings by the heading above it', () => {
    const source = article(
      [
        'Headline findings',
        'Adherence fell by 11.4 percentage points in the year after a pharmacy closed.',
        'How the study worked',
        'The team linked anonymised dispensing records with hospital admission data.',
      ],
      'Rural pharmacy closures linked to a fall in medication use',
    );
    const finding = sentenceIn(source, 'Adherence');
    const method = sentenceIn(source, 'The team');
    expect(inMethodSection(finding.s, finding.ctx.analysis.paragraphs)).toBe(false);
    expect(inMethodSection(method.s, method.ctx.analysis.paragraphs)).toBe(true);
  });
});

describe('a condition that opens a sentence', () => {
  it('stays with the clause it conditions, in a bullet and in the main clause a title is made from', () => {
    const text =
      'If the hospital’s owner gets its way, the next woman in her position will drive more than an hour to give birth.';
    expect(compressSentence(text, { lexicon: lexiconOf(text) })).toMatch(
      /^If the hospital’s owner gets its way, /,
    );
    expect(mainClause(text, lexiconOf(text))).toBe(text);
  });

  it('still lets a concession or a time clause go ("Although …,", "After …,")', () => {
    const text =
      'Although the council objected at first, the ministry approved the new terminal in March 2024.';
    expect(compressSentence(text, { lexicon: lexiconOf(text) })).toMatch(/^The ministry approved/);
  });
});

describe('a name set off by commas after the subject', () => {
  it('is who acted, never a subject cut from its verb by a comma ("Hval, cut rates")', () => {
    const text =
      'In 1991 one of my predecessors, Governor Anders Hval, cut rates three times in five months as inflation fell.';
    expect(mainClause(text, lexiconOf(text))).toBe(
      'Governor Anders Hval cut rates three times in five months as inflation fell.',
    );
  });
});
