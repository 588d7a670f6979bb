import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { draftDeck } from '../../../../slides/draft';
import { cutsMeaning } from '../../../../slides/draft/titleShape';
import { dropAsides } from '../../../../slides/draft/headline';
import { lexiconOf } from '../../../../slides/draft/clauses';

const closing =
  'With small shops able to opt out and more than a third of rural households far from a return point, the scheme risks working well in towns and poorly in the countryside.';

describe('a conclusion that opens on the scene it sets', () => {
  it('keeps the clause, not the phrase before it', () => {
    const source = article(
      [
        'From April every can and plastic bottle will carry a 20p deposit, refunded when the empty is returned.',
        `The deposit is large enough to change behaviour. ${closing}`,
      ],
      'Five things to know about the bottle deposit',
    );
    const { ctx, s } = sentenceIn(source, 'With small shops');
    expect(ctx.bulletText(s)).toBe('The scheme risks working well in towns and poorly in the countryside');
  });

  it('never cuts a contrast of two manners in half', () => {
    expect(cutsMeaning('The scheme risks working well in towns', closing, lexiconOf(closing))).toBe(true);
  });
});

describe('a section headed by a label and its point', () => {
  const paragraphs = [
    'Wessmark will add a 20p deposit to drinks containers from April, and the design choices will decide whether it works.',
    '1. What is changing',
    'A deposit of 20p will be added to most single-use drinks containers, refunded at shops and reverse vending machines.',
    '2. The catch: small shops can opt out',
    'Any shop with a sales floor under 100 square metres can apply to be exempt from taking back containers.',
    'In rural areas the village shop is often the only shop, and 38% of rural households are more than three miles from a return point.',
    '3. Best for quiet rooms: Solvane Go 900',
    'The Go 900 was the quietest station we tested, and it costs less than the others.',
  ];

  it('is titled with the point after the label, never with a name alone', () => {
    const { text } = draftDeck(article(paragraphs, 'Five things to know about the bottle deposit'));
    expect(text).toMatch(/^## Small shops can opt out$/m);
    expect(text).not.toMatch(/^## Solvane Go 900$/m);
  });
});

describe('a listicle headline', () => {
  it("is a label, never the bottom line's title", () => {
    const { text } = draftDeck(
      article(
        [
          'Multipacks carry 20p per container, so a pack of twelve cans costs £2.40 more at the till.',
          'The deposit is refunded as a voucher, as cash at the till, or as a donation to charity at some machines.',
          'Glass is not included, although it is about a quarter of drinks containers by weight.',
        ],
        'Five things to know about the bottle deposit',
      ),
    );
    expect(text).not.toMatch(/^## Bottom line: Five things/m);
  });
});

describe('cuts that would change what a sentence says', () => {
  const cut = (title: string, source: string) => cutsMeaning(title, source, lexiconOf(source));

  it('keeps what is done with the object taken', () => {
    const source =
      'We will take the money set aside for that scheme and put it into homes people can afford.';
    expect(cut('We will take the money set aside for that scheme', source)).toBe(true);
    const reported =
      'He said the offer of 6.5% was the best in the sector and that it had promised no redundancies.';
    expect(cut('He said the offer of 6.5% was the best in the sector', reported)).toBe(false);
  });

  it('keeps the point a clause names before its colon', () => {
    const source =
      'Dravenian officials make a further point that is rarely heard in Solmara: the reservoir also catches flood water.';
    expect(cut('Dravenian officials make a further point that is rarely heard in Solmara', source)).toBe(
      true,
    );
    const own =
      'The argument has instead moved to who should carry the overrun: drivers, through higher tolls, or taxpayers.';
    expect(cut('The argument has instead moved to who should carry the overrun', own)).toBe(false);
  });

  it('keeps a year that stands in a series of years, and drops an age after a name', () => {
    const series = 'The crises of 1974, 1994–97, 2009 and 2019 all came in dry years';
    expect(dropAsides(series, lexiconOf(series))).toBe(series);
    const age = 'Rosa, 31, rents a two-bedroom flat in the delta';
    expect(dropAsides(age, lexiconOf(age))).toBe('Rosa rents a two-bedroom flat in the delta');
  });
});

describe('a title cut inside its noun phrase', () => {
  const cut = (title: string, source: string) => cutsMeaning(title, source, lexiconOf(source));

  it('never ends on a number or an adjective whose noun was cut', () => {
    const reasons =
      'A waiting list can shrink for two very different reasons: treatment, or names taken off the list.';
    expect(cut('A waiting list can shrink for two', reasons)).toBe(true);
    const series =
      'A spokesperson pointed us to the Statistics Office’s monthly referral-to-treatment series.';
    expect(cut('A spokesperson pointed us to the Statistics Office’s monthly', series)).toBe(true);
  });

  it('may end on an adjective an adverb follows', () => {
    const again = 'Hardware is smaller, and will get smaller again when display cases go next year.';
    expect(cut('Hardware is smaller, and will get smaller', again)).toBe(false);
  });
});

describe('a bullet that is a participle’s phrase', () => {
  const obituary = article(
    [
      'Margit Haverland, who has died aged 90, taught governments to act before they were sure a recession had begun.',
      'Her "trigger rule", written into Estmark law as the Fiscal Stabilisers Act of 1994, automatically releases extra unemployment benefit and grants to regional councils as soon as the jobless rate rises 1.5 percentage points above its lowest level of the previous 12 months.',
      'Born in the port town of Skelvik, the second of three daughters of a ferry engineer and a primary school teacher, she won a scholarship to the University of Tolbridge in 1954 to read mathematics, switching to economics in her second year.',
      'Hosted courses in her name are priced at cost, and the university runs them every spring.',
    ],
    'Margit Haverland obituary',
  );

  it('is never a bullet: its verb was cut away', () => {
    const { text } = draftDeck(obituary);
    expect(text).not.toMatch(/^- Born in the port town of Skelvik </m);
    expect(text).not.toMatch(/^- [^\n]*written into Estmark law as the Fiscal Stabilisers Act of 1994 </m);
  });

  it('still lets a participle qualify a subject that has its verb', () => {
    const { ctx, s } = sentenceIn(obituary, 'Hosted courses');
    expect(ctx.bulletText(s)).toMatch(/^Hosted courses in her name are priced at cost/);
  });
});

describe('what is scheduled next', () => {
  it('is never the bottom line: "will be held"', () => {
    const { text } = draftDeck(
      article(
        [
          'The trigger rule showed that in a recession speed matters more than size, and other countries copied it.',
          'Critics say its exit is too blunt, and Haverland herself conceded the point in 2011.',
          'A memorial lecture in her name will be held at the University of Tolbridge on 14 May 2027.',
        ],
        'The economist who taught governments to act before they were sure',
      ),
    );
    const bottom = text.split('\n---\n').find((slide) => slide.includes('## Bottom line')) ?? '';
    expect(bottom.split('\nNote:')[0]).not.toMatch(/memorial lecture/);
  });
});

describe('a live page’s analysis heading', () => {
  it('titles the bottom line, its opening determiner dropped to fit', () => {
    const { text } = draftDeck(
      article(
        [
          'Around 3,400 dockers walked out at six this morning, and no ships have been unloaded since.',
          'Analysis: this strike will be settled on jobs, not wages',
          'Strip away the placards and the number that matters is not the 6.5% pay offer but the 40 automated cranes due in 2027.',
          'The union wants a no-redundancy pledge to run to 2032; the company has offered 2028.',
        ],
        'Port strike live: 3,400 dockers walk out over automation plan',
      ),
    );
    expect(text).toMatch(/^## Bottom line: Strike will be settled on jobs, not wages$/m);
  });
});
