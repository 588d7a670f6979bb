import { describe, expect, it } from 'vitest';
import { bottomOf } from '../../../helpers/draftContext';
import type { ImportedArticle } from '../../../../slides/import/types';

/**
 * An op-ed that concedes its opponents' popularity and then asks for the opposite ("The Working Time Bill is
 * popular because the idea behind it is attractive. MPs should vote against it anyway."): the ask, with its object
 * named, is the bottom line; the standfirst's scene-setting that its next sentence turns against is not.
 */
const OPED: ImportedArticle = {
  title: 'A four-day week by law would reward the workers who need it least',
  standfirst:
    'The Working Time Bill is the most popular idea in Selvany politics. That is exactly why its flaws deserve a hearing before it becomes law.',
  author: 'Constance Malabre',
  format: 'txt',
  warnings: [],
  paragraphs: [
    'Few policies arrive with as much goodwill as the four-day week. The Working Time Bill would cut the legal standard working week from 40 hours to 32 from January 2028, with no loss of pay.',
    'Small firms cannot so easily absorb a quarter added to their wage bill. Businesses with fewer than 50 employees provide 44% of private-sector jobs.',
    'Hourly-paid workers would be most exposed. The salaried professional who already works from home on Fridays would gain an official day off.',
    'If parliament wants to give people more time, there are better-aimed tools, such as a stronger right to request reduced hours. Either would cost less and reach further.',
    'The Working Time Bill is popular because the idea behind it is attractive. MPs should vote against it anyway.',
  ],
};

describe("an op-ed's closing ask", () => {
  it('titles the bottom line, with what "it" stands for named', () => {
    const slide = bottomOf(OPED);
    expect(slide.title).toMatch(/^Bottom line: MPs should vote against (?:the )?Working Time Bill/);
    expect(slide.title).not.toMatch(/most popular idea|is popular/);
  });
});

describe('a headline whose "why" states the claim', () => {
  it('titles the bottom line with what the "why" explains, a comparison\'s understood clause and all', () => {
    const slide = bottomOf({
      title: "Inflation's easy mile is over: why Kesteria's rate cuts may come slower than markets think",
      format: 'md',
      warnings: [],
      paragraphs: [
        "Kesteria's annual rate of consumer price inflation fell to 3.4% in February, from 4.1% in January.",
        'Traders moved to price in 75 basis points of interest rate cuts by the end of 2026.',
        'Services inflation was 6.1% and wages grew 6.8%, which the central bank watches more closely.',
        'Almost all of the improvement came from energy prices, which fell 9% on the year.',
      ],
    });
    expect(slide.title).toMatch(
      /^Bottom line: (?:Kesteria's )?[Rr]ate cuts may come slower than markets think$/,
    );
  });
});
