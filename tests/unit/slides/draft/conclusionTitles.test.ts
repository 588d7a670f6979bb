import { describe, expect, it } from 'vitest';
import { article, bottomOf, contextOf } from '../../../helpers/draftContext';
import { headingPoint } from '../../../../slides/draft/structure';
import { BriefingPlanner } from '../../../../slides/draft/plan';
import { analyzeArticle } from '../../../../slides/analyze/analyze';

/**
 * When neither headline nor standfirst states the thesis, the bottom line's title is its conclusion in headline
 * style, the headline's place dropped however many words its name has ("in the Lenmoor city region"). A whole
 * subheading may close on an adverb ("… have worked before"), and a section headed as the objection gives the
 * bottom line no main claim.
 */

const RENTS = [
  'Rents in the Lenmoor city region rose by 38% between 2019 and 2024. Over the same five years, median full-time pay rose by 17%.',
  'The main reason is that the region has not built enough homes. Completions averaged 4,100 a year against a need of 6,500.',
  'Short-term lets took about 2,300 homes out of the rental market in the city centre, landlords told us.',
  'The priorities should be to speed up building on land that is already allocated and to register short-term lets.',
];

describe('a bottom line whose headline states no thesis', () => {
  const headline = 'Priced out? Rents, pay and housing supply in the Lenmoor city region';

  it("is titled with its conclusion, the headline's place dropped whole", () => {
    const slide = bottomOf(article(RENTS, headline));
    expect(slide.title).toBe('Bottom line: Rents rose by 38% between 2019 and 2024');
  });

  it('shows no bullet that repeats its title', () => {
    const slide = bottomOf(article(RENTS, headline));
    expect(slide.items.map((item) => item.text).join(' ')).not.toMatch(/38%/);
  });

  it('keeps a place that is not the headline\'s ("Rents in the Harwick valley")', () => {
    const slide = bottomOf(
      article([RENTS[0]!.replace('Lenmoor city region', 'Harwick valley'), ...RENTS.slice(1)], headline),
    );
    expect(slide.title).not.toBe('Bottom line: Rents rose by 38% between 2019 and 2024');
  });
});

describe('a whole subheading that closes on an adverb', () => {
  const heading = (text: string) => {
    const analysis = analyzeArticle(article([text, 'The zone has produced gas for twenty years.'], 'Gas'));
    return headingPoint(analysis.paragraphs[0]!.sentences[0]!);
  };

  it('states its point ("Joint zones have worked before")', () => {
    expect(heading('Joint zones have worked before')).toBe('Joint zones have worked before');
    expect(heading('Borders are not settled by waiting')).toBe('Borders are not settled by waiting');
  });

  it('still needs a clause before it ("Rents and pay before")', () => {
    expect(heading('Rents and pay before')).toBeUndefined();
  });
});

const FIELD = [
  'For sixteen years, diplomats from Tarvania and Seluria have met to draw a line through the Marren Sea, and they have failed. The two governments should develop the Idris Bank gas field jointly.',
  'Joint zones have worked before',
  'The Brasque–Ollen joint zone has produced gas for more than twenty years under a shared authority. It survived two changes of government in Ollen and one serious fishing dispute.',
  'The objection: rewarding pressure',
  'The strongest case against this proposal comes from the security establishment. A deal made under pressure can invite more pressure elsewhere, officials warn. Tarvanian negotiators would have to answer that charge at home.',
  'The incidents are getting closer',
  'The coast guards recorded 14 encounters around the bank in 2021 and 52 in 2024. Three years ago the typical incident was a radio challenge; last year it was a blocking run across the bow.',
  'If the May round ends with another promise of further talks, it will have failed.',
];

describe('a section headed as the objection', () => {
  it("gives the bottom line none of its claims, while the article's own sections do", () => {
    const source = article(FIELD, 'Share the Idris Bank before someone sinks a boat over it');
    const slides = new BriefingPlanner(source, analyzeArticle(source)).plan();
    const bottom = slides.find((s) => s.kind === 'bottom-line')!;
    const said = bottom.items.map((item) => item.text).join(' | ');
    expect(said).toContain('Joint zones have worked before');
    expect(said).not.toMatch(/pressure/i);
    expect(contextOf(source).analysis.paragraphs.length).toBe(FIELD.length);
  });
});

describe("a profile's standfirst", () => {
  it('states the thesis with its person by surname, as headlines name them', () => {
    const source = {
      ...article(
        [
          'At ten to six on a dark January morning, Mayor Ines Varga is standing at a bus stop on Havnegata. The number 4 is due at 5.52.',
          'In 2025 the buses carried 48.6 million trips, an increase of 18% on 2023.',
          'She checks her watch again.',
        ],
        'The mayor who tore up the bus map',
      ),
      standfirst:
        "Ines Varga cut Portcallen's bus routes almost in half and made the rest run far more often. Riders came back.",
    };
    expect(bottomOf(source).title).toBe("Bottom line: Varga cut Portcallen's bus routes almost in half");
  });
});
