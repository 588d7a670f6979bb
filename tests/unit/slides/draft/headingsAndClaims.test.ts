import { describe, expect, it } from 'vitest';
import { article, bottomOf, contextOf } from '../../../helpers/draftContext';
import { isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import { headingPoint } from '../../../../slides/draft/structure';
import { danglingEnd } from '../../../../slides/check/textRules';
import { BriefingPlanner } from '../../../../slides/draft/plan';
import { analyzeArticle } from '../../../../slides/analyze/analyze';

/**
 * A listicle's numbered subheadings ("1. The warning came after the water") state its main claims: each titles
 * its section and weighs for the bottom line. A past without "-ed" after its subject is a verb; a heading that
 * lists two topics ("Rents and pay since 2019") states nothing.
 */

const complete = (text: string) => isComplete(text, lexiconOf(text));

describe('a past without "-ed"', () => {
  it('is the verb of its clause after "the" and a noun ("The warning came after the water")', () => {
    expect(complete('The warning came after the water')).toBe(true);
    expect(complete('The report took two years')).toBe(true);
  });

  it('still reads a compound that ends on a past spelled as its base ("The tax cut in March")', () => {
    expect(complete('The tax cut in March')).toBe(false);
  });
});

const LISTICLE = [
  'On the night of 17 February the River Orrin rose over the Fennick Barrier and poured into Marrow. By morning 2,340 homes had been flooded and two people had died.',
  '1. The warning came after the water',
  'The authority issued its severe flood warning at 02:10. Emergency calls show water entering homes on Quay Street from about 01:30, forty minutes earlier.',
  'The river gauge at Fennick Bridge stopped sending readings at 23:45, and the fault alert went to an inbox nobody watched overnight.',
  '2. Three bodies share the river',
  'Responsibility for flooding in Marrow is split between three bodies: the authority, the county council and the water company.',
  'Each told the inquiry that the pumping station was another body’s job, and none had a plan for a gauge failure.',
  '3. Rents and pay since 2019',
  'Insurance claims so far average 38,000 crowns, and one in five flooded homes had no insurance at all.',
];

describe("a listicle's numbered subheadings", () => {
  it('state their sections’ points, without the number; two topics joined by "and" state none', () => {
    const ctx = contextOf(article(LISTICLE, 'Five things we learned from the Orrin Valley flood inquiry'));
    const heading = (start: string) => ctx.analysis.sentences.find((s) => s.text.startsWith(start))!;
    expect(headingPoint(heading('1.'))).toBe('The warning came after the water');
    expect(headingPoint(heading('2.'))).toBe('Three bodies share the river');
    expect(headingPoint(heading('3.'))).toBeUndefined();
  });

  it('put the claims they state on the bottom line', () => {
    const source = article(LISTICLE, 'Five things we learned from the Orrin Valley flood inquiry');
    const slides = new BriefingPlanner(source, analyzeArticle(source)).plan();
    const bottom = slides.find((s) => s.kind === 'bottom-line')!;
    expect(bottom.items.map((i) => i.text)).toEqual(
      expect.arrayContaining(['The warning came after the water', 'Three bodies share the river']),
    );
    expect(bottomOf(source).kind).toBe('bottom-line');
  });
});

describe('the check on a title that ends "after the …"', () => {
  it('reads "came after the water" as when it came, and "once the batteries" still as a cut', () => {
    expect(danglingEnd('The warning came after the water')).toBeUndefined();
    expect(danglingEnd('Prices will fall once the batteries')).toBe('once the batteries');
    expect(danglingEnd('Costs will rise after the plant')).toBe('after the plant');
  });
});

describe('a relative clause cut before its verb', () => {
  it('leaves the text incomplete ("a guarantee under which every village of 500 people")', () => {
    expect(complete('We asked our adviser to cost a guarantee under which every village of 500 people')).toBe(
      false,
    );
    expect(complete('We asked our adviser to cost a guarantee under which every village has a bus')).toBe(
      true,
    );
  });
});
