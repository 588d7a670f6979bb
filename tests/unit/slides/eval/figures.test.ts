import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../../slides/index';
import { evaluateCorpus, evaluateDraft } from '../../../../slides/eval/figures';
import { parseKeyPoints } from '../../../../slides/eval/keypoints';
import { formatArticle, formatTotal } from '../../../../slides/eval/report';

const article = {
  title: 'Harbour town weighs a new ferry',
  paragraphs: [
    [
      'The council argues that the new ferry will pay for itself within a decade.',
      '"We cannot keep patching the old boat," said Mayor Ines Holm.',
    ],
    ['The old ferry was bought in 1998 and carried 4,200 passengers a day in 2023.'],
  ],
};

const keyPoints = parseKeyPoints({
  title: 'Ferry',
  kind: 'news',
  points: [
    {
      id: 'thesis',
      description: 'ferry pays for itself',
      match: [['ferry'], ['pay for itself', 'pays for itself']],
      where: 'slides',
    },
    { id: 'age', description: 'old boat', match: [['1998']], where: 'either' },
  ],
  figures: [{ value: '4,200', match: ['4200', '4,200'], measures: 'daily passengers' }],
  speakers: [{ quote: 'We cannot keep patching the old boat', speaker: 'Ines Holm' }],
  events: [{ event: 'old ferry was bought', date: '1998' }],
  boilerplate: ['Subscribe to the Harbour Herald'],
});

function deckOf(...slides: string[]) {
  return parseDeck(slides.join('\n\n---\n\n') + '\n').deck;
}

const TITLE = '<!-- .slide: data-layout="title" -->\n# Harbour ferry\n\nNote:\nA briefing.';
const SOURCES = '<!-- .slide: data-layout="sources" -->\n## Sources\n\n- The article';

describe('evaluateDraft', () => {
  it('scores a clean draft: no findings, full coverage, the bottom line states the thesis', () => {
    const deck = deckOf(
      TITLE,
      '## The new ferry pays for itself\n\n- Council: the ferry will pay for itself within a decade\n- Holm: "We cannot keep patching the old boat"\n\nNote:\nThe old boat dates from 1998.',
      '<!-- .slide: data-layout="timeline" -->\n## The ferry since 1998\n\n- **1998** — The old ferry was bought <!-- .element: data-src="p2.s1" -->',
      SOURCES,
    );
    const f = evaluateDraft({ name: 'ferry', deck, article, keyPoints });
    expect(f).toMatchObject({
      slides: 4,
      findings: 0,
      cleanShare: 1,
      contentTitles: 2,
      copiedTitles: 0,
      coverageSlides: 1,
      coverageWithNotes: 1,
      figureRecall: 0,
      furnitureLeaks: 0,
      inventedNumbers: [],
      unattributedQuotes: 0,
      misdatedItems: 0,
      repeatedNoteSentences: 0,
      contentSlides: 2,
      bottomLineStatesThesis: true,
    });
    // "The new ferry pays for itself" (6) + 10 + 8, then "The ferry since 1998" (4) + "1998 — The old ferry was bought" (6).
    expect(f.contentWords).toBe(34);
    expect(f.wordsPerSlide).toBe(17);
  });

  it('counts every defect the figures track', () => {
    const deck = deckOf(
      TITLE,
      '## Passengers matter\n\n- "We cannot keep patching the old boat," a councillor said\n- Subscribe to the Harbour Herald\n\nNote:\nThe ferry carried 5,000 passengers. The ferry carried 5,000 passengers.',
      '<!-- .slide: data-layout="timeline" -->\n## The council argues that the new ferry will pay for itself\n\n- **2023** — The old ferry was bought <!-- .element: data-src="p2.s1" -->',
      SOURCES,
    );
    const f = evaluateDraft({ name: 'ferry', deck, article, keyPoints });
    expect(f.bottomLineStatesThesis).toBe(false);
    expect(f.unattributedDetail).toEqual([
      'slide 2 slide: "We cannot keep patching the old boat" without Ines Holm',
    ]);
    expect(f.misdatedDetail).toEqual(['slide 3: "2023" for "old ferry was bought" (1998)']);
    expect(f.inventedNumbers).toEqual(['5000']);
    expect(f.furnitureDetail[0]).toBe('Subscribe to the Harbour Herald');
    expect(f.furnitureLeaks).toBe(f.furnitureDetail.length);
    expect(f.furnitureLeaks).toBeGreaterThanOrEqual(2);
    expect(f.repeatedNoteSentences).toBe(1);
    expect(f.copiedTitles).toBe(1);
    expect(f.copiedTitleShare).toBe(0.5);
    expect(f.findingsByCode['copied-title']).toBe(1);
    expect(f.findingsByCode['misdated-event']).toBe(1);
    expect(f.cleanShare).toBe(0.5);
  });

  it('accepts a less precise date label, and an ISO date for a day', () => {
    const iso = parseKeyPoints({
      ...keyPoints,
      events: [{ event: 'old ferry was bought', date: '1998-03-05' }],
    });
    const label = (l: string) =>
      deckOf(`<!-- .slide: data-layout="timeline" -->\n## Dates\n\n- **${l}** — The old ferry was bought`);
    expect(
      evaluateDraft({ name: 'x', deck: label('March 1998'), article, keyPoints: iso }).misdatedItems,
    ).toBe(0);
    expect(
      evaluateDraft({ name: 'x', deck: label('5 March 1998'), article, keyPoints: iso }).misdatedItems,
    ).toBe(0);
    expect(
      evaluateDraft({ name: 'x', deck: label('April 1998'), article, keyPoints: iso }).misdatedItems,
    ).toBe(1);
  });

  it('computes the check figures without key points', () => {
    const f = evaluateDraft({ name: 'x', deck: deckOf(TITLE), article });
    expect(f.coverageSlides).toBeUndefined();
    expect(f.bottomLineStatesThesis).toBeUndefined();
    expect(f.findings).toBe(0);
  });
});

describe('evaluateCorpus', () => {
  it('pools slides, words and counts, and averages coverage over articles with key points', () => {
    const clean = deckOf(
      TITLE,
      '## The new ferry pays for itself\n\n- The ferry will pay for itself',
      SOURCES,
    );
    const long = deckOf(TITLE, `## A point\n\n- ${'word '.repeat(25).trim()}`);
    const c = evaluateCorpus([
      { name: 'a', deck: clean, article, keyPoints },
      { name: 'b', deck: long, article },
    ]);
    expect(c.total.articles).toBe(2);
    expect(c.total.slides).toBe(5);
    expect(c.total.findingsByCode).toEqual({ 'long-bullet': 1 });
    expect(c.total.cleanShare).toBe(4 / 5);
    expect(c.total.coverageSlides).toBe(0.5);
    expect(c.total.bottomLines).toEqual({ stated: 1, of: 1 });
    expect(c.total.wordsPerSlide).toBe((6 + 6 + 2 + 25) / 2);
    const text = `${formatArticle(c.articles[1]!)}\n${formatTotal(c)}`;
    expect(text).toContain('b: 2 slides, 1 findings (long-bullet 1)');
    expect(text).toContain('slides with no finding 80%');
  });
});

describe('key-point speakers and events', () => {
  it('are read, default to none, and an empty speaker is refused with its path', () => {
    expect(keyPoints.speakers).toHaveLength(1);
    expect(keyPoints.events[0]).toEqual({ event: 'old ferry was bought', date: '1998' });
    const bare = parseKeyPoints({ title: 'T', kind: 'essay', points: keyPoints.points });
    expect(bare.speakers).toEqual([]);
    expect(bare.events).toEqual([]);
    expect(() =>
      parseKeyPoints({ ...bare, speakers: [{ quote: 'a quote of words', speaker: ' ' }] }, 'k.json'),
    ).toThrow(/^k\.json: speakers\.0\.speaker: /);
  });
});
