import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { isPointSignpost, leadSentence } from '../../../../slides/draft/select';
import { lexiconOf, posOf } from '../../../../slides/draft/clauses';
import { cutsMeaning } from '../../../../slides/draft/titleShape';
import { dropAsides } from '../../../../slides/draft/headline';
import { compressSentence } from '../../../../slides/draft/compress';
import { findFigures } from '../../../../slides/analyze/figures';
import { analyzeArticle } from '../../../../slides/analyze/analyze';

/**
 * An argument that numbers its reasons ("First, …", "Third, the rules shape how we live") at the head of its
 * paragraphs: each numbered sentence states its paragraph's point, and titles its slide rather than a detail
 * of its evidence. A sign that only names the next point ("The second reason is land.") titles nothing while
 * another sentence can.
 */

const column = article(
  [
    'Councils should scrap the rules that force builders to add parking to every new flat. The rules were written for another era, and they now make housing scarcer, dearer and uglier.',
    'Start with cost. The rules raise what homes cost. Buyers without cars pay for spaces they will never use, and tenants pay it in rent every month.',
    'The second reason is land. The rules swallow land that growing towns need for homes. A surface car park for a small block can cover as much ground as the block itself.',
    'Third, the rules shape how we travel for decades. A building designed around the car invites its residents to drive. Over time, roads are widened, shops move to the ring road and buses lose their riders.',
    'Critics say cars will crowd the streets instead. Those worries are real, but permits and pricing answer them better than a rule for every flat.',
    'Councils can change the rule at their next planning review, and they should.',
  ],
  'Stop building car parks',
);

describe('reasons a writer numbers at the head of their paragraphs', () => {
  it('lead their paragraphs, and title them', () => {
    const { ctx, s } = sentenceIn(column, 'Third, the rules');
    expect(leadSentence(ctx.analysis.sentences.filter((x) => x.ref.startsWith('p4.')))).toBe(s);
    expect(ctx.headlineTitle(s, 10)).toBe('Rules shape how we travel for decades');
  });

  it('reads a noun-like verb before a clause as its object as the verb ("the rules shape how")', () => {
    const sentence = 'Third, the rules shape how we travel for decades.';
    expect(posOf('shape', lexiconOf(sentence))).toBe('VERB');
    // The place a relative clause names stays a noun ("the car park where").
    const relative = 'The car park where we met is gone.';
    expect(posOf('park', lexiconOf(relative))).toBe('NOUN');
  });

  it('reads a past tense the model took for a noun as the verb ("in 2024 found 1.6% of children")', () => {
    const sentence =
      "The agency's screening of children's blood lead levels in 2024 found 1.6% of children above the level.";
    expect(posOf('found', lexiconOf(sentence))).toBe('VERB');
    // A noun of the same form stays one ("the fund's cut").
    expect(posOf('cut', lexiconOf("The fund's cut was small."))).not.toBe('VERB');
  });

  it('but not a numbered item inside a paragraph that announces a list', () => {
    const ruling = article(
      [
        'The court found that the couriers were workers and not contractors, and the company must now pay them holiday pay.',
        'The company had argued that couriers were free to log off whenever they liked. The judges did not accept that.',
        'On control, the majority relied on four findings of the tribunal. First, the app set the fee. Second, it rated couriers. Third, they wore a uniform.',
        'The company said it would appeal to the Supreme Court within the month.',
      ],
      'Couriers win',
    );
    // It leads its paragraph only as it would without its number.
    const leadOf = (source: typeof ruling) =>
      leadSentence(analyzeArticle(source).sentences.filter((s) => s.ref.startsWith('p3.')))?.ref;
    const unnumbered = {
      ...ruling,
      paragraphs: ruling.paragraphs.map((p) =>
        p.replace(/(?:First|Second|Third), (\w)/g, (_, c: string) => c.toUpperCase()),
      ),
    };
    expect(leadOf(ruling)).toBe(leadOf(unnumbered));
  });
});

describe('a sign that names the point to come', () => {
  it('is told from a claim', () => {
    expect(isPointSignpost('The second reason is land.')).toBe(true);
    expect(isPointSignpost('Start with cost.')).toBe(true);
    expect(isPointSignpost('Take Lisbon.')).toBe(true);
    expect(isPointSignpost('The bigger worry is inflation.')).toBe(false);
    expect(isPointSignpost('The main problem is that councils lack staff.')).toBe(false);
    expect(isPointSignpost('Begin the work now.')).toBe(false);
  });

  it('makes the sentence after it lead its paragraph, and titles no slide another sentence can', () => {
    const { ctx, s } = sentenceIn(column, 'The rules swallow land');
    const unit = ctx.analysis.sentences.filter((x) => x.ref.startsWith('p3.'));
    expect(leadSentence(unit)).toBe(s);
    const sign = unit.find((x) => x.text.startsWith('The second reason'));
    expect(ctx.pointTitle('judgment', [sign, ...unit])).toBe(
      'Rules swallow land that growing towns need for homes',
    );
  });
});

describe('a cut that keeps what the sentence compares and qualifies', () => {
  const cuts = (cut: string, source: string) => cutsMeaning(cut, source, lexiconOf(source));

  it('never stops an equal comparison before its "as"', () => {
    const source =
      'A space in an underground garage costs as much to dig, light and ventilate as a small kitchen costs to fit.';
    expect(cuts('A space in an underground garage costs as much to dig', source)).toBe(true);
    expect(cuts(source.replace(/\.$/, ''), source)).toBe(false);
  });

  it('never drops the time a rule waits for ("as soon as …")', () => {
    const source =
      'The rule releases extra benefit to councils as soon as the jobless rate rises 1.5 points above its low.';
    expect(cuts('The rule releases extra benefit to councils', source)).toBe(true);
    // "once by …, and again by …" after a colon says how often, and the clause before it stands.
    const counted =
      'Every engineer we hired made the bill bigger twice: once by writing code and again by testing it.';
    expect(cuts('Every engineer we hired made the bill bigger twice', counted)).toBe(false);
  });

  it('never drops the people a count or a place narrows down', () => {
    const beds = 'On a typical day we had about 140 patients in our beds who were medically fit to leave.';
    expect(cuts('On a typical day we had about 140 patients', beds)).toBe(true);
    const waiting = 'The county has 380 people waiting for a home-care package right now.';
    expect(cuts('The county has 380 people', waiting)).toBe(true);
    // A relative on the place itself, or a preposition in -ing, narrows nothing the cut keeps.
    const round =
      'The federation is seeking pay increases of 5.5 percent in the bargaining round that opens in February.';
    expect(cuts('The federation is seeking pay increases of 5.5 percent', round)).toBe(false);
    const during = 'The system had been switched off for a total of 41 days during 2023.';
    expect(cuts('The system had been switched off for a total of 41 days', during)).toBe(false);
  });

  it("never drops the participle that says what a verb's object does ('has receipts | falling')", () => {
    const source =
      'The central projection has fuel duty receipts falling from €6.8 billion to €4.1 billion by 2032.';
    expect(cuts('The central projection has fuel duty receipts', source)).toBe(true);
  });

  it('never cuts a quotation\'s "long" from the "before" it measures from', () => {
    const source = '"The people of Eastfold were let down by decisions taken long before today," she said.';
    expect(cuts('"The people of Eastfold were let down by decisions taken long"', source)).toBe(true);
    expect(cuts('The people of Eastfold were let down by decisions taken long', source)).toBe(true);
  });

  it('never stops a clause after a semicolon before its verb, nor drops the condition a claim rests on', () => {
    const source =
      'In years when wages race ahead of prices, pensions will lag; in bad years, when prices outrun wages, the old rule applies.';
    expect(cuts('In years when wages race ahead of prices, pensions will lag; in bad years', source)).toBe(
      true,
    );
    for (const maxWords of [10, 20])
      expect(compressSentence(source, { lexicon: lexiconOf(source), maxWords })).not.toMatch(
        /^Pensions will lag/,
      );
  });

  it('never drops what money is spent on past the span it is spent over', () => {
    const source =
      'The state will spend $640 million over six years buying water rights from willing sellers.';
    expect(cuts('The state will spend $640 million', source)).toBe(true);
    expect(cuts('The state will spend $640 million over six years', source)).toBe(true);
  });
});

describe('an aside that "so" opens', () => {
  it('is what the sentence goes on from, and stays', () => {
    const source =
      'That is out of 612 beds, so close to a quarter of the hospital, 23%, was looking after people who no longer needed care.';
    expect(dropAsides(source, lexiconOf(source))).toContain('so close to a quarter of the hospital');
  });
});

describe('a fraction of a span of time', () => {
  it('is no figure ("for half a century"), and a share still is ("half of the fleet")', () => {
    const texts = (t: string) => findFigures(t, 'p1.s1').map((f) => f.text);
    expect(texts('For half a century, Estravia has paid for its roads through fuel duty.')).toEqual([]);
    expect(texts('The wait was a quarter of an hour.')).toEqual([]);
    expect(texts('Electric cars will be half of the fleet by 2035.')).toContain('half');
  });
});
