import { describe, expect, it } from 'vitest';
import { contextOf } from '../../../helpers/draftContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { draftDeck } from '../../../../slides/draft';
import { compressSentence } from '../../../../slides/draft/compress';
import { attributionOf, findFigures } from '../../../../slides/analyze/figures';
import { isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import { interviewShape } from '../../../../slides/analyze/interview';
import { groupSpeaker } from '../../../../slides/check/speaker';
import { PlanContext } from '../../../../slides/draft/planContext';
import { argumentUnits, lastParagraph } from '../../../../slides/draft/select';
import { speakerOf } from '../../../../slides/draft/speakers';
import {
  headingPoint,
  isHeadingParagraph,
  isHeadingText,
  isLeadIn,
} from '../../../../slides/draft/structure';
import { cutsClauseVerb, wellShaped } from '../../../../slides/draft/titleShape';
import type { ImportedArticle } from '../../../../slides/import/types';

const article = (
  paragraphs: string[],
  title = 'Heat is damaging the kidneys of farm workers',
): ImportedArticle => ({
  title,
  paragraphs,
  format: 'md',
  warnings: [],
});

/** An explainer with subheadings, a lead-in to a dropped post, and a methods note after its conclusion. */
const EXPLAINER = article([
  'Doctors in the cane regions puzzled for years over young men whose kidneys were failing for no obvious reason.',
  'The study followed 4,200 farm and construction workers in southern Spain over three summers. About one in eight showed a lasting decline in kidney function.',
  'Carmakers have lost their nerve',
  'Three large carmakers have pushed back their electric deadlines. Each of them has renewed contracts with Asian suppliers at lower prices.',
  'What can be done',
  'Shade, water and rest breaks cut signs of kidney injury by about a third in an earlier trial on a sugar plantation.',
  'The ministry responded to the study on social media:',
  'Kidney specialists say the findings matter more widely as heat waves become longer and more frequent.',
  'Methodology note',
  'Cost estimates are in 2024 prices and were checked against the ministry’s own accounts.',
]);

describe("the article's own structure", () => {
  const analysis = analyzeArticle(EXPLAINER);
  const paragraph = (n: number) => analysis.paragraphs[n - 1]!;

  it('reads one short line without closing punctuation as a subheading, and a sentence ending on a colon as a lead-in', () => {
    expect(isHeadingParagraph(paragraph(3))).toBe(true);
    expect(isHeadingParagraph(paragraph(5))).toBe(true);
    expect(isHeadingParagraph(paragraph(2))).toBe(false);
    expect(isLeadIn(paragraph(7).sentences[0]!)).toBe(true);
    expect(isLeadIn(paragraph(8).sentences[0]!)).toBe(false);
  });

  it('takes a subheading that states a point as a title, never a question, a label or a participle phrase', () => {
    expect(headingPoint(paragraph(3).sentences[0]!)).toBe('Carmakers have lost their nerve');
    expect(headingPoint(paragraph(5).sentences[0]!)).toBeUndefined();
    const label = analyzeArticle(
      article(['Intro sentence here for the test.', 'A plan built for scarcity', 'End.']),
    );
    expect(headingPoint(label.paragraphs[1]!.sentences[0]!)).toBeUndefined();
    // A quotation as a subheading has no speaker to title a slide with.
    const quoted = analyzeArticle(
      article(['Intro sentence here for the test.', "'An hour is a long time'", 'End of the article here.']),
    );
    expect(headingPoint(quoted.paragraphs[1]!.sentences[0]!)).toBeUndefined();
  });

  it('ends the body before back matter, and lets a subheading open a new argument unit that it labels', () => {
    // "Methodology note" and what follows it are back matter: nothing there is drafted from.
    expect(paragraph(10).sentences).toHaveLength(0);
    expect(lastParagraph(analysis)).toBe(8);
    const units = argumentUnits(analysis);
    const labelled = units.find((u) => u.heading?.text === 'Carmakers have lost their nerve');
    expect(labelled?.sentences.map((s) => s.paragraph)).toEqual([4, 4]);
    expect(units.flatMap((u) => u.sentences).some((s) => isHeadingParagraph(paragraph(s.paragraph)))).toBe(
      false,
    );
  });

  it('drafts no heading, lead-in or back matter as a bullet or as talk, and titles the section with its point', () => {
    const { text } = draftDeck(EXPLAINER);
    expect(text).toContain('## Carmakers have lost their nerve');
    expect(text).not.toMatch(/^- What can be done/m);
    expect(text).not.toContain('on social media:.');
    expect(text).not.toMatch(/^- .*responded to the study on social media/m);
    expect(text).not.toMatch(/Cost estimates are in 2024 prices/);
  });
});

describe('clauses a cut leaves without their verb', () => {
  it('rejects a verb of saying followed by its subject but not its verb', () => {
    for (const cut of ["The Workers' Union says automation", 'Okoro said enrollment in the kindergarten'])
      expect(isComplete(cut, lexiconOf(`${cut} could fall sharply next year.`))).toBe(false);
    const whole = 'Okoro said enrollment had fallen for two years';
    expect(isComplete(whole, lexiconOf(whole))).toBe(true);
  });

  it('finds an adverbial clause whose verb the source gives just after the cut', () => {
    const source = 'Kidney specialists say the findings matter more widely as heat waves become longer.';
    const lexicon = lexiconOf(source);
    expect(
      cutsClauseVerb('Kidney specialists say the findings matter more as heat waves', source, lexicon),
    ).toBe(true);
    const seen = 'Baku is seen as a partner by Tel Aviv.';
    expect(cutsClauseVerb('Baku is seen as a partner', seen, lexiconOf(seen))).toBe(false);
  });
});

describe('speakers named by what they are', () => {
  it('takes a specific group as the speaker of what it says, and a sentence quoted whole from the speaker before it', () => {
    const analysis = analyzeArticle(
      article([
        'The first paragraph sets the scene for the test article.',
        'Kidney specialists say the findings matter more widely as heat waves become longer.',
        'Some say the rules are too weak to matter.',
        'The last paragraph ends it.',
      ]),
    );
    const [specialists, some] = [analysis.paragraphs[1]!, analysis.paragraphs[2]!].map(
      (p) => p.sentences[0]!,
    );
    const entities = new Map(analysis.entities.map((e) => [e.name, e]));
    expect(speakerOf(specialists!, entities, () => undefined)).toBe('Kidney specialists');
    expect(speakerOf(some!, entities, () => undefined)).toBeUndefined();
  });

  it('gives a whole-sentence quotation the speaker of the quotation before it', () => {
    const source = article([
      'Spain introduced rules in 2023 that ban some outdoor work during official heat alerts across the south.',
      'Enforcement is patchy, inspectors report. "A rule that exists on paper does not cool anyone down," said Miguel Otero, a labor inspector in Andalusia. "Small farms often do not know the rules apply to them."',
      'The ministry says it will hire more inspectors before the next summer arrives in the region.',
    ]);
    const ctx = contextOf(source);
    const whole = ctx.analysis.sentences.find((s) => s.text.startsWith('"Small farms'))!;
    expect(ctx.speaker(whole)).toBe('Otero');
    expect(ctx.bulletText(whole)).toContain('Otero');
  });
});

describe('acknowledgements', () => {
  it('never drafts from a thanks line closing a post', () => {
    const analysis = analyzeArticle(
      article([
        'We moved our builds to six rented servers and cut the monthly bill by sixty percent.',
        'The savings are real, but the work of running our own machines is real too.',
        'Thanks to Tanaka and Okonkwo for reading drafts of this post.',
      ]),
    );
    expect(analysis.sentences.map((s) => s.text).join(' ')).not.toContain('Thanks to');
    expect(analysis.paragraphs).toHaveLength(3);
  });
});

describe('the other side', () => {
  it('is what a concession or a named objection marks, never a sentence that only opens on "But"', () => {
    // The "But" sentence carries the argument on: it is evidence on a slide, not the other side.
    const { text } = draftDeck(
      article(
        [
          'A new study of farm workers adds to evidence that repeated heat stress harms the kidneys of people who work outdoors.',
          'The study followed 4,200 farm and construction workers in southern Spain over three summers. About one in eight showed a lasting decline in kidney function.',
          'But kidney specialists say the findings matter more widely as heat waves become longer and more frequent across Europe.',
          'Critics argue that the study could not separate heat from pesticides and painkillers, which also harm the kidneys.',
          'The measures that protect workers are simple and cheap: shade, water and rest breaks during the hottest hours.',
          'The research team plans to publish data from a fourth summer next year, with better measures of water intake.',
        ],
        'Heat is quietly damaging the kidneys of farm workers',
      ),
    );
    const slides = text.split('\n---\n').map((slide) => slide.split('\nNote:')[0] ?? '');
    for (const slide of slides.filter((s) => s.includes('## The other side')))
      expect(slide).not.toMatch(/kidney specialists say/i);
    expect(slides.some((slide) => /Critics argue/.test(slide))).toBe(true);
    expect(slides.some((slide) => /^- .*Kidney specialists say/m.test(slide))).toBe(true);
  });
});

describe('what the check calls furniture or coaching', () => {
  it('is never drafted from: a support appeal is no sentence, a signpost is no talk', () => {
    const source = article([
      'The pipeline gives both sides a reason to keep the fraying truce along the border for another year.',
      'If you value our reporting, please support us with a monthly gift today.',
      'Start with inflation itself. Prices rose 4.2% in the year to March, the slowest pace since 2021.',
      'The central bank is expected to cut rates when its board meets again in the summer.',
    ]);
    const analysis = analyzeArticle(source);
    expect(analysis.sentences.map((s) => s.text).join(' ')).not.toContain('support us');
    const { text } = draftDeck(source);
    expect(text).not.toContain('Start with inflation itself');
  });
});

describe('an interview in questions and answers', () => {
  const INTERVIEW = article(
    [
      'Dr Ines Carvalho spent fourteen years planning transmission lines before joining the Lisbon Energy Institute.',
      'Q: How long is the queue for a grid connection?',
      'A: Across three countries there are roughly 310 gigawatts of projects waiting for a connection. Not all of it will be built.',
      'Q: Why are so many projects speculative?',
      'A: Because applying is cheap and a place in the queue is valuable. I have seen one withdrawal trigger restudies for forty projects.',
      'Q: So is the problem paperwork or steel?',
      'A: It is both. I know that is not a popular answer, but most of the delay is physical: there are not enough lines where the sun is.',
      'Q: What would you do first?',
      'A: Plan the grid ahead of generation. Carvalho says regulators must let operators build before the projects arrive.',
    ],
    'The grid, not the panels, is now the bottleneck: an interview with Ines Carvalho',
  );

  it("never shows or says the interviewer's questions, drops the answer mark, and names the interviewee on first-person bullets", () => {
    const { text } = draftDeck(INTERVIEW);
    expect(text).not.toMatch(/Q: /);
    expect(text).not.toMatch(/^- A: /m);
    const ctx = new PlanContext(INTERVIEW, analyzeArticle(INTERVIEW));
    const firstPerson = ctx.analysis.sentences.find((s) => s.text.startsWith('I have seen'))!;
    expect(ctx.speaker(firstPerson)).toBe('Carvalho');
    expect(ctx.bulletText(firstPerson)).toMatch(/^Carvalho: /);
    expect(ctx.analysis.sentences.find((s) => s.text.startsWith('Across three'))).toBeDefined();
    expect(ctx.silent.has(ctx.analysis.sentences.find((s) => s.text.startsWith('Q: Why'))!.ref)).toBe(true);
  });
});

describe('the thesis and titles', () => {
  it("falls back on the standfirst's first sentence, read with the article's own sentence splitter", () => {
    const source: ImportedArticle = {
      ...article(
        [
          'The state Supreme Court ruled on Tuesday in a dispute between a freight company and a former sales manager.',
          'The majority held that employers must show a specific interest, such as trade secrets, before a court enforces the clause.',
          'The dissent warned that the new test would invite a flood of litigation over ordinary contracts.',
          'The case now returns to the trial court, which must dissolve the injunction against the manager.',
        ],
        'Closing the gap: non-compete clauses after Halvorsen',
      ),
      standfirst:
        'A 4–3 ruling in Halvorsen v. Brightwater Logistics makes employers justify their non-compete clauses. The dissent warns of litigation.',
    };
    const { text } = draftDeck(source);
    const title = /^## Bottom line(.*)$/m.exec(text)?.[1] ?? '';
    // "v." is no sentence end: the thesis never starts at "Brightwater Logistics".
    expect(title).not.toMatch(/^: Brightwater/);
    expect(title).not.toMatch(/dissent/i);
  });

  it('never ends a title where its source goes on with the condition that limits it', () => {
    const source =
      'The court held that a non-compete clause is enforceable only if the employer shows a specific interest.';
    expect(
      wellShaped('The court held that a non-compete clause is enforceable', source, lexiconOf(source)),
    ).toBe(false);
  });
});

describe('a chronology', () => {
  it('reads "October 2020. The group seeks …" as the date and its entry, with no stray stop in the row', () => {
    const { text } = draftDeck(
      article(
        [
          'The Alder Valley reservoir was meant to be the first large reservoir built in England for thirty years.',
          'March 2014. Thameswell Water publishes a plan for a new reservoir in the Alder Valley.',
          'October 2020. The action group seeks a judicial review of the consent decision.',
          'November 2022. The Court of Appeal refuses the action group permission to appeal.',
          'June 2024. The regulator opens a formal inquiry into the management of the project.',
          'Whatever the inquiry finds, the reservoir cannot supply water before 2031, six years late.',
        ],
        'How the Alder Valley reservoir went from flagship to fiasco',
      ),
    );
    const rows = text.split('\n').filter((l) => /^- \*\*[^*]+\*\* — /.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).not.toMatch(/\*\* — [.:]/);
  });
});

describe('compression that keeps the main verb', () => {
  it('never drops the main verb as an aside, and drops the description after a name instead', () => {
    const lede =
      'Kessler Robotics, the largest maker of autonomous warehouse robots in North America, reported third-quarter revenue of $2.41 billion on Wednesday, up 18% from $2.04 billion a year earlier and ahead of the $2.33 billion analysts had expected.';
    const bullet = compressSentence(lede, { keep: ['$2.41 billion'] });
    expect(bullet).toContain('reported third-quarter revenue of $2.41 billion');
    expect(bullet.startsWith('Kessler Robotics reported')).toBe(true);
    const aside = compressSentence(
      'Asante, an epidemiologist at the London School of Tropical Health who was not involved in the study, said the design could not separate these factors.',
    );
    expect(aside).toBe('Asante said the design could not separate these factors');
  });

  it('credits a figure to a named source, never to a pronoun', () => {
    expect(attributionOf('She said 38 customers run more than 1,000 Kessler robots each.')).toBeUndefined();
    expect(attributionOf('Mercer said orders worth $420 million had moved.')).toBe('Mercer');
  });

  it('reads a figure after a thousands separator whole ("from about 6,000 donors", not "from about 6")', () => {
    const [raised] = findFigures(
      'The action group raises £410,000 from about 6,000 donors to fund a challenge.',
      'p1.s1',
    );
    expect(raised?.measures).toBe('from about 6,000 donors');
  });
});

describe('whose view', () => {
  it('names whose view "In his view" gives, when the paragraph names him', () => {
    const source = article([
      'The state Supreme Court limited when employers can enforce non-compete agreements against workers.',
      'Jonathan Pike, a partner at a law firm that advises employers, said the ruling was less dramatic than it looked. In his view, most careful employers will still be able to protect what matters to them.',
      'The case now returns to the trial court, which must dissolve the injunction.',
    ]);
    const ctx = contextOf(source);
    const view = ctx.analysis.sentences.find((s) => s.text.startsWith('In his view'))!;
    expect(ctx.spoken(view)).toMatch(/^In Pike's view, most careful employers/);
  });
});

describe("a report's summary", () => {
  it('states the thesis on the bottom line, ahead of the recommendations at the end', () => {
    const { text } = draftDeck(
      article(
        [
          'Morvania has about 61,000 registered nurses working in its public hospitals and clinics.',
          'Executive summary',
          'The shortage is not a training problem. Nurses leave faster than the colleges can replace them, and keeping them would close most of the gap.',
          'The scale of the shortage',
          'Morvania is short of about 8,900 registered nurses, and the gap will widen by 2035 unless policy changes.',
          'Why nurses leave',
          'Exit interviews point to pay, night shifts and understaffed wards as the main reasons for leaving.',
          'Recommendations',
          'We recommend that the ministry publish a quarterly dashboard of nurses employed, hired and leaving.',
        ],
        'Closing the Care Gap: Morvania’s Nursing Workforce to 2035',
      ),
    );
    expect(/^## Bottom line: (.*)$/m.exec(text)?.[1]).toBe('The shortage is not a training problem');
  });
});

describe('an interview whose answers carry the interviewee’s name', () => {
  const paragraphs = [
    'Brenna Holt took over the Port of Saltmarsh in January 2021, weeks after a computer failure left 40 ships waiting.',
    'You arrived in the middle of a crisis. What did you find?',
    'Holt: A port that had been run as if the 1990s never ended. Nobody could fix the crane software quickly.',
    'Is automation the answer to an IT failure?',
    'Holt: Not on its own. The first thing we did was replace the software and hire our own engineers.',
    'What about the dockers?',
    'Holt: Forty percent of our dockers are over fifty-five, so headcount will fall through retirement.',
  ];

  it('reads answers by their label and questions as the lines before them', () => {
    const shape = interviewShape(paragraphs);
    expect(shape?.label).toBe('Holt');
    expect([...(shape?.answers ?? [])]).toEqual([2, 4, 6]);
    expect([...(shape?.questions ?? [])]).toEqual([1, 3, 5]);
    expect(interviewShape(paragraphs.slice(0, 4))).toBeUndefined();
  });

  it('credits every answer to the interviewee and never shows a question', () => {
    const source = article(paragraphs, 'Brenna Holt: a port that will not automate will not exist in 2040');
    const ctx = contextOf(source);
    const answer = ctx.analysis.sentences.find((s) => s.text.startsWith('Nobody could fix'))!;
    expect(ctx.speaker(answer)).toBe('Holt');
    expect(ctx.analysis.sentences.some((s) => s.text.startsWith('Holt:'))).toBe(false);
    const { text } = draftDeck(source);
    expect(text).not.toMatch(/^(?:- |## ).*What did you find/m);
  });
});

describe('speakers across a sentence or a phrase', () => {
  it('reads a group with where it stands ("Nurses at the unit say") and with a modal ("Critics will argue")', () => {
    expect(groupSpeaker('Nurses at the unit say distance is the point')).toBe('Nurses at the unit');
    expect(groupSpeaker('Critics will argue that the package is unaffordable')).toBe('Critics');
  });

  it('finds the speaker of a quotation over several sentences where it was first named', () => {
    const source = article([
      'A preliminary report found that warnings about the tanker had been missed for years before it ran aground.',
      '"This was not bad luck," said Skovgaard at a press conference. "It was a chain of missed opportunities. Any one of them might have prevented this grounding."',
      'The owner has not commented on the report, which will be final in the autumn.',
    ]);
    const ctx = contextOf(source);
    const last = ctx.analysis.sentences.find((s) => s.text.startsWith('Any one of them'))!;
    expect(ctx.speaker(last)).toBe('Skovgaard');
  });
});

describe('a quoted subheading', () => {
  it('is a heading, never a bullet: "\'An hour is a long time\'"', () => {
    expect(isHeadingText("'An hour is a long time'")).toBe(true);
    expect(isHeadingText('"We will have women delivering in pickup trucks."')).toBe(false);
  });
});
