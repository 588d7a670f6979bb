import { describe, expect, it } from 'vitest';
import { draftDeck } from '../../../../slides/draft';
import { parseDeck } from '../../../../slides/format/parse';
import type { ImportedArticle } from '../../../../slides/import/types';

/**
 * An interview whose headline is its interviewee's words: the title slide and the citation say whose words they
 * are. A statement that only ends with a few questions is no interview as a whole, and says nothing of the kind.
 */

const answer = (topic: string) =>
  `WARDELL: The ${topic} matters more than people think, and we measured it every week for two winters before we changed anything at all.`;

const interview: ImportedArticle = {
  title: "'The ward has become the dearest care home in the county'",
  author: 'Nell Ashdown',
  format: 'txt',
  warnings: [],
  paragraphs: [
    'Dr Petra Wardell has run Fenmoor General since 2021. She spoke to the Gazette in her office above the ambulance bay.',
    ...['discharge queue', 'step-down unit', 'home-care rate', 'nursing rota', 'winter plan'].flatMap(
      (t, i) => [
        `GAZETTE: What about the ${t}?`,
        i === 2
          ? 'WARDELL: The ward has become the dearest care home in the county, and the worst one. More beds at the front door is the wrong answer.'
          : answer(t),
      ],
    ),
  ],
};

describe('an interview told by its interviewee', () => {
  const deck = parseDeck(draftDeck(interview).text).deck;

  it('names the interviewee on the title slide and in the citation', () => {
    expect(deck.meta.subtitle).toBe("A briefing on Nell Ashdown's interview with Petra Wardell");
    expect(deck.slides[0]?.body).toContain("### A briefing on Nell Ashdown's interview with Petra Wardell");
    expect(deck.slides[0]?.notes).toContain(
      "This briefing covers Nell Ashdown's interview with Petra Wardell, ",
    );
    const sources = deck.slides.at(-1)?.body ?? '';
    expect(sources).toContain(
      `"'The ward has become the dearest care home in the county'", interview with Petra Wardell, Nell Ashdown`,
    );
  });

  it("states the words its headline quotes, in single quotation marks, as its bottom line's", () => {
    const bottom = deck.slides[1]?.body ?? '';
    expect(bottom).toMatch(/^## Bottom line: Wardell: (?:the )?ward has become the dearest care home$/m);
  });

  it('but not a statement that ends with a few questions', () => {
    const statement: ImportedArticle = {
      ...interview,
      title: 'Fenmoor General sets out its winter plan',
      paragraphs: [
        ...Array.from(
          { length: 8 },
          (_, i) =>
            `Fenmoor General will open ${i + 10} more beds in its step-down unit this winter, the board said, and will publish the queue for each ward every week from December onwards.`,
        ),
        ...interview.paragraphs.slice(1, 7),
      ],
    };
    const text = draftDeck(statement).text;
    expect(text).not.toContain('interview with');
    expect(text).toContain("A briefing on Nell Ashdown's analysis");
  });
});
