import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../../slides/analyze';
import { draftDeck } from '../../../../slides/draft';
import { article } from '../../../helpers/draftContext';

/**
 * "Circulate Wessmark" is a company named after its country, not a person called Wessmark: the article wrote
 * "Wessmark" alone before it, so a title never shortens the company to the country, and "Circulate says" is the
 * company's, not the country's.
 */

const SCHEME = article(
  [
    "Wessmark's deposit return scheme has been promised and delayed so often that many shoppers have stopped believing in it. From April, Wessmark will finally have one.",
    'The scheme will be run by Circulate Wessmark, a not-for-profit company set up by drinks producers and retailers.',
    'Circulate says it will add 150 community return points, run by village halls and pubs, by the end of the year.',
    'Rural campaigners say that is not enough. Nell Ambrose of Rural Wessmark said the scheme risked becoming a tax on people without cars.',
    'Ambrose said villages needed a return point within walking distance.',
  ],
  'Five things to know about Wessmark’s bottle deposit scheme',
);

describe('a name the article wrote alone before it', () => {
  it('is the name of an organisation, not the surname of a person', () => {
    const { entities } = analyzeArticle(SCHEME);
    expect(entities.find((e) => e.name === 'Circulate Wessmark')?.kind).toBe('organization');
    // A person introduced in full, then by surname, stays a person.
    expect(entities.find((e) => e.name === 'Nell Ambrose')?.kind).toBe('person');
  });

  it('is never shortened to the name it shares', () => {
    const text = draftDeck(SCHEME).text.replace(/<!--[\s\S]*?-->/g, '');
    expect(text).not.toMatch(/run by Wessmark/);
    expect(text).not.toMatch(/Wessmark says/);
  });
});

describe("a figure's owner named by a pronoun", () => {
  it('is the organisation by its full name and article, not the last word of its name', () => {
    const scheme = article(
      [
        'The Rural Gigabit Voucher was launched in 2020 with a budget of 600 million euros.',
        'After four years the Rural Gigabit Voucher has spent 23% of its budget and connected 61,000 premises.',
        'The Voucher team says take-up will rise once prices fall.',
      ],
      'Connecting the last tenth',
    );
    const { figures } = analyzeArticle(scheme);
    expect(figures.find((f) => f.text === '23%')?.measures).toBe("the Rural Gigabit Voucher's budget");
  });
});

describe('a railway and a viaduct', () => {
  it('are an organisation and a place, never people who speak', () => {
    const { entities } = analyzeArticle(
      article(
        [
          'Rail services between Aldingford and Harbury Junction are suspended because of flooding at Semmer Viaduct, and Northvale Rail says replacement buses are running.',
          'The authority warns the river could rise again on Friday.',
        ],
        'Floods live',
      ),
    );
    expect(entities.find((e) => e.name === 'Semmer Viaduct')?.kind).toBe('place');
    expect(entities.find((e) => e.name === 'Northvale Rail')?.kind).toBe('organization');
  });
});
