import { describe, expect, it } from 'vitest';
import { article, bottomOf, sentenceIn } from '../../../helpers/draftContext';
import { draftDeck } from '../../../../slides/draft';

/**
 * "In her view, …" gives someone's opinion, and a bullet made from it names them. A court's summary states its
 * decision in the present ("The Supreme Court allows the appeal"); a dissent ("Justice Marwick would have dismissed
 * the appeal") closes it but is never its bottom line.
 */

const RULING = [
  'The Brennholt Clean Air Zone came into force on 3 April 2023. The city keeps every plate read for two years.',
  'The High Court dismissed the claim in June 2024. The Court of Appeal dismissed her appeal in March 2025.',
  'The Supreme Court allows the appeal by a majority of four to one. Justice Ida Marwick gives a dissenting judgment.',
  'Of the records more than 30 days old, only 0.03% had ever been looked at. Less intrusive means were available.',
  'The city must delete records of vehicles not liable to pay that are more than 30 days old by 15 January 2027.',
  'Justice Ida Marwick would have dismissed the appeal. In her view Parliament deliberately left the retention period to local authorities, and the records were held securely and subject to logged access.',
];

describe('an opinion given "in her view"', () => {
  it('names whose view it is on its bullet', () => {
    const { ctx, s } = sentenceIn(article(RULING, 'Orlo v City of Brennholt'), 'In her view');
    expect(ctx.speaker(s)).toBe('Marwick');
    expect(ctx.item(s).text).toMatch(/\bMarwick\b/);
  });

  it('names a holder the sentence names ("In the regulator\'s view")', () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'The Water Office published its review of Northvale Water on Monday.',
          "In the Water Office's view the company must spend £40 million more on its mains before it raises bills.",
        ],
        'Northvale Water told to fix mains',
      ),
      'In the Water',
    );
    expect(ctx.speaker(s)).toBe('Water Office');
  });
});

describe("a court's summary", () => {
  it('takes its decision as the bottom line, not the dissent that closes it', () => {
    const slide = bottomOf(article(RULING, 'Orlo v City of Brennholt'));
    const said = [slide.title, ...slide.items.map((item) => item.text)].join(' | ');
    expect(said).toContain('allows the appeal');
    expect(said).not.toMatch(/logged access|Marwick/);
  });

  it("takes no lower court's past decision for the court's own", () => {
    const slide = bottomOf(article(RULING, 'Orlo v City of Brennholt'));
    expect(slide.title).not.toMatch(/High Court|Court of Appeal/);
  });
});

describe('"she said" after a spokesperson named under her company', () => {
  it("is the spokesperson's, not the company's that owns the subject", () => {
    const { ctx, s } = sentenceIn(
      article(
        [
          'Meridan Metering won the ten-year contract in September 2023.',
          'Meridan Metering\'s spokesperson, Clara Wendt, said the company "competed fairly and won on the merits." She said the early faults had been caused largely by the utility\'s billing software, not by the meters.',
        ],
        'How the water meter contract was won',
      ),
      'She said the early faults',
    );
    expect(ctx.speaker(s)).toBe('Wendt');
  });
});

describe('words quoted with a pronoun for their speaker', () => {
  it('are credited to the speaker where the notes quote their sentence', () => {
    const text = draftDeck(
      article(
        [
          'Rhona Gallacher, chief executive of the port company, has spent three years on the plan for the terminal.',
          '"This is the biggest private investment this town has seen in a hundred years," she said in her office overlooking the quay.',
          'The company says the terminal would create 650 permanent jobs on site and 1,100 during construction.',
          'Opponents say the mudflats that would be lost feed 18,000 wintering birds, and cannot be replaced.',
        ],
        'A terminal decision for Ardwick',
      ),
    ).text;
    expect(text).toMatch(/"‘This is the biggest private investment[^\n]*’ she said[^\n]*" — Gallacher/);
  });
});
