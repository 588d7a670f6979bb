import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { draftDeck } from '../../../../slides/draft';
import { lexiconOf } from '../../../../slides/draft/clauses';
import { dropAsides } from '../../../../slides/draft/headline';
import { actorsSlide } from '../../../../slides/draft/sections/actors';
import { PlanContext } from '../../../../slides/draft/planContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { cutsMeaning, mainClause } from '../../../../slides/draft/titleShape';
import { parseDeck } from '../../../../slides/format/parse';
import { interviewShape, withoutLabel } from '../../../../slides/analyze/interview';

/**
 * Quoted words keep their speaker wherever the deck shows them, the notes' source lines included; a number's
 * thousands comma is no clause boundary.
 */

describe('who speaks quoted words', () => {
  const source = article(
    [
      'The central bank raised its main rate to 5.25% on Thursday, its third rise this year.',
      'Dolores Quint, general secretary of the General Workers\' Federation, which represents about 780,000 members, said the increase would "punish the people least responsible for inflation."',
      '"Workers spent two years watching their real pay fall by more than 6%," Ms Quint said. "Now that wages are finally starting to catch up, the bank tells us the catch-up itself is the problem. Company profits rose 14% last year. We did not hear the governor warn about that."',
      'Justice Miriam Oyelaran, writing for the majority, rejected the substitution argument in a passage that will be quoted for years:',
      '"A right of substitution that is never exercised is not a feature of the relationship; it is a feature of the paperwork."',
      'Governor Tomas Ambrose said the bank would not hesitate to act again if wages kept rising at double-digit rates.',
    ],
    'Central bank raises rates again as unions protest',
  );

  it('credits words inside a quotation to its speaker, not to a person the words mention', () => {
    const { ctx, s } = sentenceIn(source, 'We did not hear');
    expect(ctx.speaker(s)).toBe('Quint');
  });

  it('credits a quotation to the one person its lead-in names, with no verb of saying', () => {
    const { ctx, s } = sentenceIn(source, '"A right of substitution');
    expect(ctx.speaker(s)).toBe('Oyelaran');
  });

  it('credits a source line in the notes when its sentence does not name the speaker', () => {
    const { deck } = parseDeck(draftDeck(source).text);
    const lines = deck.slides
      .flatMap((slide) => (slide.notes ?? '').split('\n'))
      .filter((l) => l.startsWith('¶'));
    expect(lines.find((l) => l.includes('feature of the paperwork'))).toMatch(/ — Oyelaran$/);
    expect(lines.find((l) => l.includes('We did not hear the governor'))).toMatch(/ — Quint$/);
    // A sentence that names its speaker is not credited twice.
    expect(lines.find((l) => l.includes('Ms Quint said'))).not.toMatch(/ — /);
  });

  it("says a later sentence of a running quotation with its speaker's name outside the quotation marks", () => {
    const { ctx, s } = sentenceIn(source, 'Company profits rose');
    expect(ctx.spoken(s)).toBe('As Quint put it, "Company profits rose 14% last year."');
  });
});

describe('commas in numbers', () => {
  it('does not cut a sentence at the comma of "14,200"', () => {
    const text = 'For Parcelo alone, with 14,200 riders, the figure is about €54 million.';
    expect(mainClause(text, lexiconOf(text))).not.toMatch(/^200/);
  });
});

describe("a name's appositive and its relative clause", () => {
  const drop = (text: string) => dropAsides(text, lexiconOf(text));

  it('go together, leaving the name with its verb', () => {
    expect(
      drop(
        'Dolores Quint, general secretary of the General Workers\' Federation, which represents about 780,000 members, said the increase would "punish the people least responsible for inflation."',
      ),
    ).toBe('Dolores Quint said the increase would "punish the people least responsible for inflation."');
  });

  it('are never a series item and the relative clause after it', () => {
    const text =
      'Keep the £2 fare for people on benefits, apprentices and under-21s through the Key card, which the authority estimates would cost about £6 million a year, and put the remaining £13 million into buses.';
    expect(drop(text)).toContain('apprentices and under-21s');
    const essay =
      "By evening I had a page of small victories and one large, reproachful line, which I copied onto the next day's page.";
    expect(drop(essay)).not.toMatch(/one large which/);
  });
});

describe('who wants what', () => {
  it('drops an adding adverb that the name took with it ("also worries …")', () => {
    const reef = article(
      [
        'Professor Rosalind Achebe-Kerr called the study "a beautiful experiment and an honest paper".',
        'Achebe-Kerr also worries about genetics. All the bred corals descend from just 60 parent colonies.',
        'Dr Ilse Maranta leads the breeding programme at the Keluan Institute. Maranta rejects the idea that her team is selling a silver bullet.',
        'Maranta says the corals bought the reef time, and Achebe-Kerr says time is all they bought.',
      ],
      'Bred corals buy the reef time',
    );
    const slide = actorsSlide(new PlanContext(reef, analyzeArticle(reef)));
    const items = slide?.items.map((i) => i.text) ?? [];
    expect(items.some((t) => t.startsWith('**Achebe-Kerr** —'))).toBe(true);
    for (const item of items) expect(item).not.toMatch(/— also\b/);
  });
});

describe('an interview whose turns both carry a name', () => {
  const turns = [
    'Ruth Tallan joined the fire service as a volunteer in 1994 and became its chief officer in March 2016.',
    'Jonas Pell: Your report says the service is "losing". That is a strong word from a fire chief.',
    'Ruth Tallan: It is the accurate word. When I became chief we were spending about 31 million dollars a year on suppression. Last year it was 94 million. Over the same period the area burned went up, not down.',
    "Pell: Isn't that just the climate?",
    'Tallan: Climate is the backdrop. We have been very good at stopping small fires, and that has let fuel build up across the province for thirty years.',
    "Pell: The firefighters' union has raised concerns too.",
    'Tallan: The union is worried this is a cut dressed up as reform, and I understand why. Their secretary, Owen Marsh, said to me: "Every dollar you move out of suppression is a dollar we won\'t have on the worst day."',
    'Pell: What will you tell your successor?',
    'Tallan: Do not measure yourself by how many fires you put out. Measure yourself by how many hectares are in a state where a fire can be put out.',
  ];

  it("reads the one who says more as the interviewee, and the other's every turn as a question", () => {
    const shape = interviewShape(turns);
    expect(shape?.label).toBe('Tallan');
    expect([...(shape?.answers ?? [])]).toEqual([2, 4, 6, 8]);
    expect([...(shape?.questions ?? [])].sort()).toEqual([1, 3, 5, 7]);
    expect(shape && withoutLabel(turns[2] ?? '', shape)).toMatch(/^It is the accurate word/);
  });

  it('credits a quotation inside an answer to the person the answer quotes, a name read as a place too', () => {
    const source = article(turns, 'Prevention has to come first');
    const { ctx, s } = sentenceIn(source, 'Their secretary, Owen Marsh');
    expect(ctx.speaker(s)).toMatch(/Marsh$/);
  });
});

describe("a pronoun's lead-in", () => {
  it('credits the quotation after "he described …:" to the person "he" is', () => {
    const source = article(
      [
        'Oskar Lenne, the finance director, resigned in December 2024. Speaking publicly for the first time, he described the effect of the holdback: "Once the processor kept back nearly a third of the cash, we were spending next month\'s money to fly this month\'s passengers."',
      ],
      'Borrowed time',
    );
    const { ctx, s } = sentenceIn(source, 'Speaking publicly');
    expect(ctx.speaker(s)).toBe('Lenne');
  });
});

describe('a quotation that opens its sentence', () => {
  const source = article(
    [
      'Ridgeline Health announced on February 20 that it would close the birthing unit at Granton on June 1.',
      '"We cannot staff a unit safely when it delivers fewer than one baby a day," said Thomas Achterberg, Ridgeline\'s chief operating officer, in an interview. "A unit that does too few deliveries is not a safe unit."',
      'Nurses at the unit say the distance is the point. "An hour is a long time when a baby is coming early," warned Rosa Delgado, a labor and delivery nurse who has worked at Granton for 22 years.',
    ],
    'A river town fights to keep its maternity ward',
  );

  it("makes a bullet without the speaker's post, whose figure is no evidence", () => {
    const { ctx, s } = sentenceIn(source, '"An hour is a long time');
    expect(ctx.bulletText(s)).toMatch(
      /^"An hour is a long time when a baby is coming early," warned (?:Rosa )?Delgado$/,
    );
  });

  it('titles a slide with the quotation and its speaker, cut where its clause ends', () => {
    const { ctx, s } = sentenceIn(source, '"We cannot staff');
    expect(ctx.headlineTitle(s, 10)).toBe('Achterberg: we cannot staff a unit safely');
  });

  it("titles a group's saying with what they say", () => {
    const { ctx, s } = sentenceIn(source, 'Nurses at the unit');
    expect(ctx.headlineTitle(s, 10)).toBe('Nurses at the unit: the distance is the point');
  });
});

describe('a speech given as a transcript', () => {
  it("reads every paragraph after the transcript's marker as the speaker's", () => {
    const paragraphs = [
      'The work and pensions minister, Ilse Varnholt, used a lecture on Friday to make the case for raising the pension age.',
      'TRANSCRIPT (check against delivery)',
      'Thank you all for coming out on a wet Friday evening.',
      'The pension is a promise between generations. A promise only lasts if both sides believe it can be kept.',
      'Today, too many young people do not believe it. If we wait, the choices only get worse.',
    ];
    const shape = interviewShape(paragraphs);
    expect([...(shape?.answers ?? [])]).toEqual([2, 3, 4]);
    expect([...(shape?.questions ?? [])]).toEqual([1]);
    const source = article(paragraphs, 'Ilse Varnholt: "A pension age for the lives people actually live"');
    const { ctx, s } = sentenceIn(source, 'The pension is a promise');
    expect(ctx.speaker(s)).toBe('Varnholt');
    // A report that quotes a transcript in its text is no transcript.
    expect(
      interviewShape(['Transcripts of the call show the minister knew.', ...paragraphs.slice(2)]),
    ).toBeUndefined();
  });
});

describe('whom "he" points back to', () => {
  it('is the subject of the sentence before, not a name at its end', () => {
    const source = article(
      [
        'Anselm Drewery, the authority\'s chief executive, defended the decision at a briefing in the capital, Halden Cross. "Nobody at this authority takes any pleasure in announcing a rise of this size," he said.',
      ],
      'Energy price cap rises',
    );
    const { ctx, s } = sentenceIn(source, '"Nobody at this authority');
    expect(ctx.speaker(s)).toBe('Drewery');
  });
});

describe('a quotation of several sentences', () => {
  it('shows its first sentence with the speaker when it is too long whole', () => {
    const source = article(
      [
        'Nurses at the unit say the distance is the point. "An hour is a long time when a baby is coming early," warned Rosa Delgado. "We will have women delivering in pickup trucks on Route 9. I have seen it happen once already, in a snowstorm, and I do not want to see it again."',
      ],
      'A river town fights to keep its maternity ward',
    );
    const { ctx, s } = sentenceIn(source, '"We will have women');
    expect(ctx.bulletText(s)).toBe('Delgado: "We will have women delivering in pickup trucks on Route 9"');
    expect(ctx.longBullet(s)).toBe(false);
  });

  it('is cut where a sentence ends, not after "a.m."', () => {
    const quote =
      '"We will have women delivering in pickup trucks on Route 9. I have seen it happen once already."';
    expect(
      cutsMeaning('We will have women delivering in pickup trucks on Route 9', quote, lexiconOf(quote)),
    ).toBe(false);
    const time = 'Back on Line 1, it is 6:40 a.m. and the tram is crossing the river.';
    expect(cutsMeaning('Back on Line 1, it is 6:40 a.m', time, lexiconOf(time))).toBe(true);
  });
});
