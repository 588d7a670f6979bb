import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import';
import { draftDeck } from '../../../../slides/draft';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { compressSentence } from '../../../../slides/draft/compress';
import { lexiconOf } from '../../../../slides/draft/clauses';
import { leadingClause } from '../../../../slides/draft/titleShape';
import { article, sentenceIn } from '../../../helpers/draftContext';

/**
 * A speech as a press office posts it: the speaker named before the headline's colon, the site's section line, the
 * place and day it was delivered, the courtesies, and a commitment the speaker announces before saying it.
 */
const SPEECH = [
  'Governor Ilse Marchetti: "Water for every valley" – annual address on the reservoir programme',
  'Northfold Regional Government – Speeches',
  'Delivered at the Corn Hall, Ashby Ferrers, Tuesday 3 March 2026',
  'CHECK AGAINST DELIVERY',
  'Good afternoon, and thank you all for being here. Thank you to Mayor Colm Dunne for that kind welcome.',
  'Three summers ago the Ashby valley ran out of water for eleven days. Farms trucked it in at their own cost, and two dairies closed for good.',
  'The reservoirs we rely on were built in the 1950s. Four of them now lose more than a tenth of what they hold through cracked spillways.',
  'The independent review we commissioned from the engineers at Halden Pryce found that repairs would cost less than a new dam over thirty years.',
  'A single tariff of 90 cents per cubic metre will apply, however much a household uses in summer.',
  'Some have told me this is money we do not have. I understand that worry, and I share it.',
  'The commitment',
  'So here is my commitment to you this afternoon.',
  'This afternoon I will ask the Regional Assembly to approve reservoir repairs for the whole of the Northfold region. The first works will start in the Ashby valley in April 2027.',
  'I will report to this hall every year on what we have spent and what we have fixed.',
  'Thank you.',
];

const speech = () => importText(SPEECH.join('\n\n'), { format: 'txt' });

describe('a speech as a press office posts it', () => {
  it('drops the site section and the courtesies, and keeps the line that says where it was delivered', () => {
    const source = speech();
    expect(source.standfirst).toBeUndefined();
    expect(source.paragraphs.join(' ')).not.toMatch(/– Speeches|Good afternoon|Thank you to Mayor/);
    expect(source.paragraphs[0]).toMatch(/^Delivered at the Corn Hall/);
    expect(boilerplateKind('Northfold Regional Government – Speeches')).toBe('siteSection');
  });

  it('credits the speech to the speaker the headline names before its colon', () => {
    const { text } = draftDeck(speech());
    expect(text).toMatch(/Marchetti: /);
    expect(text).not.toMatch(/Delivered at the Corn Hall, Ashby Ferrers/);
  });

  it('puts the commitment it announces first on the bottom line, and never the announcement itself', () => {
    const { text } = draftDeck(speech());
    const bottom = text.split('\n---\n').find((slide) => slide.includes('## Bottom line')) ?? '';
    const bullets = bottom.split('\nNote:\n')[0] ?? '';
    expect(bullets).toMatch(
      /^- Marchetti: (?:this afternoon )?I will ask the Regional Assembly to approve reservoir repairs(?: for the whole of the Northfold region)?(?: <!--|$)/m,
    );
    // Titled with the commitment or not at all: no other sentence stands in for it.
    expect(bottom).toMatch(/^## Bottom line(?:: .*(?:reservoir|Assembly).*)?$/m);
    expect(text).not.toMatch(/^- .*here is my commitment/im);
  });

  it('never reads "however much" as the other side of the argument', () => {
    const { text } = draftDeck(speech());
    const other = text.split('\n---\n').find((slide) => slide.includes('## The other side')) ?? '';
    expect(other).not.toMatch(/single tariff/);
  });
});

describe('cuts that keep a speech’s clauses whole', () => {
  const cut = (sentence: string) =>
    compressSentence(sentence, { lexicon: lexiconOf(sentence), maxWords: 20 });

  it('never ends a cut on the first noun of a compound, nor inside a subject waiting for its verb', () => {
    const { text } = draftDeck(speech());
    expect(text).not.toMatch(/approve reservoir(?: <!--|$)/m);
    expect(text).not.toMatch(/from the engineers(?: <!--|$)/m);
  });

  it('finds no opening clause that stops on a compound, a multiple or a colon, or before its subject’s verb', () => {
    const lead = (sentence: string) => leadingClause(sentence, sentence, lexiconOf(sentence), 20);
    expect(
      lead(
        'Kerr: this afternoon I will ask the Northfold Regional Assembly board to approve bus franchising for the whole of the Northfold region',
      ) ?? '',
    ).not.toMatch(/approve bus$/);
    expect(
      lead(
        'In May the independent review we commissioned from the engineers at Halden Pryce concluded that repairs would cost less than a new dam',
      ),
    ).toBeUndefined();
    expect(
      lead(
        'Brandt has a point: at about 70 cents per usable watt-hour, even our pick costs several times more per unit of storage than a wall-mounted home battery',
      ),
    ).toBeUndefined();
  });

  it('drops a phrase of scope when a bullet runs long', () => {
    expect(
      cut(
        'The board voted last night to approve new bus lanes on every arterial road in the county for the whole of the next decade.',
      ),
    ).not.toMatch(/for the whole of the next decade/);
  });
});

describe('a title from what someone argues', () => {
  it('keeps the verb of the clause they argue, or is no title', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'Backup power is a crowded market.',
          'Karl Brandt, an electrician in Alder Bay who installs home backup systems, argues that for outages lasting more than a day, a power station is the most expensive way to buy stored electricity.',
        ],
        'Power stations',
      ),
      'Karl Brandt',
    );
    for (const words of [8, 9, 10])
      expect(ctx.headlineTitle(s, words) ?? '').not.toMatch(/argues for outages/);
  });
});
