import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { interviewShape } from '../../../../slides/analyze/interview';
import { PlanContext } from '../../../../slides/draft/planContext';
import { bottomLine } from '../../../../slides/draft/sections/opening';
import { actorsSlide } from '../../../../slides/draft/sections/actors';
import { figureSlides } from '../../../../slides/draft/sections/figures';
import { draftDeck } from '../../../../slides/draft';
import { lowerFirst, runOn } from '../../../../slides/draft/speakers';
import { parseDeck } from '../../../../slides/format/parse';

/**
 * An interview's answers are the interviewee's words: a slide that shows them names her, a figure she gives is
 * hers, and what the interviewer says between answers (a question or a prompt) is never a bullet or talk.
 */

const INTERVIEW = [
  'The head of the Orrin Valley water board on leaks, meters and why she thinks bills must rise. Interview by Tomas Reyes.',
  'Dana Kulik became chief executive of the Orrin Valley water board in March 2022, after a dry summer left 60,000 homes on standpipes.',
  'What did you find when you arrived?',
  'Kulik: A network that had not been mapped since the 1980s. The pipe records were older than most of our engineers. We lost about 31 percent of the water we treated before it reached a tap.',
  'Your critics say the leaks were known for years.',
  'Kulik: No, and I understand why they think so. Nobody had measured them, so nobody could rank them. We fitted 4,000 pressure loggers in one winter, and the worst 200 kilometres of main now get replaced first. Leakage has since fallen to 22 percent of treated water, and 1,800 households got smart meters last year.',
  'Ana Lisboa, who chairs the customer council, put it more bluntly at the time: "People pay for water that soaks into the road."',
  'Will bills rise?',
  'Kulik: They have to. Our plan costs 540 million euros over eight years, and about 45 percent of it comes from bills. A board that will not invest now will be rationing water by 2035.',
  'What would you tell another utility?',
  'Kulik: Measure before you dig. We dug first for a year and wasted most of a budget.',
];

const source = () =>
  article(INTERVIEW, "Dana Kulik: 'A board that will not invest now will be rationing water by 2035'");

const drafted = () => parseDeck(draftDeck(source()).text).deck!;

describe('an interview', () => {
  it("reads a short unlabelled turn between two answers as the interviewer's prompt, not the article's claim", () => {
    const shape = interviewShape(INTERVIEW)!;
    expect(shape.label).toBe('Kulik');
    expect(shape.questions.has(4)).toBe(true);
    // A narrator's paragraph before a question stays the article's.
    expect(shape.questions.has(6)).toBe(false);
    const deck = drafted();
    const everything = deck.slides.map((s) => `${s.body}\n${s.notes ?? ''}`).join('\n');
    expect(everything).not.toContain('Your critics say the leaks were known for years');
  });

  it('never shows an answer\'s bare reply ("No, and I understand why …") as a bullet or talk', () => {
    const deck = drafted();
    const everything = deck.slides.map((s) => `${s.body}\n${s.notes ?? ''}`).join('\n');
    expect(everything).not.toMatch(/\bNo, and I understand why/i);
  });

  it('titles a slide from an answer with the interviewee named', () => {
    const { ctx, s } = sentenceIn(source(), 'The pipe records were older');
    const title = ctx.pointTitle('judgment', [s]);
    expect(title).toMatch(/^Kulik: /);
  });

  it('credits a figure an answer gives to the interviewee, on a stat item and in the notes', () => {
    const ctx = new PlanContext(source(), analyzeArticle(source()));
    const items = figureSlides(ctx, 1).flatMap((slide) => slide.items);
    const hers = items.filter((i) => /540 million|45 percent|4,000|31 percent|22 percent|1,800/.test(i.text));
    expect(hers.length).toBeGreaterThan(0);
    for (const item of hers) expect(item.text).toMatch(/— Kulik$/);
    const notes = drafted()
      .slides.map((s) => s.notes ?? '')
      .join('\n');
    expect(notes).toMatch(/31 percent[^\n]*: according to Kulik/);
    expect(notes).not.toMatch(/31 percent[^\n]*: as stated in the article/);
  });

  it('titles the bottom line with no other sentence when the quotation the headline gives is too long', () => {
    const ctx = new PlanContext(source(), analyzeArticle(source()));
    const slide = bottomLine(ctx);
    expect(slide.title).toBe('Bottom line');
    expect(slide.items[0]?.text).toMatch(/^Kulik: a board that will not invest/);
  });

  it("concludes in the interviewee's words, never in the writer's introduction of her", () => {
    const ctx = new PlanContext(source(), analyzeArticle(source()));
    const slide = bottomLine(ctx);
    const refs = slide.items.flatMap((i) => i.refs);
    const intro = ctx.analysis.sentences.find((s) => s.text.startsWith('Dana Kulik became'))!;
    expect(refs).not.toContain(intro.ref);
    expect(slide.title).not.toMatch(/became chief executive/);
  });

  it('gives an actor who is quoted after a colon the quotation, not the words that announce it', () => {
    const ctx = new PlanContext(source(), analyzeArticle(source()));
    const slide = actorsSlide(ctx);
    const row = slide?.items.find((i) => i.text.startsWith('**Lisboa**'));
    expect(row?.text).toBe('**Lisboa** — "People pay for water that soaks into the road"');
  });
});

describe('a sentence run on after "As Kulik put it,"', () => {
  it('takes a small letter on a function word, and keeps a name', () => {
    expect(runOn('When people hear meters, they hear bills.')).toBe(
      'when people hear meters, they hear bills.',
    );
    expect(runOn('Not on its own.')).toBe('not on its own.');
    expect(runOn('Orrin Valley pays.')).toBe('Orrin Valley pays.');
    // A title's quotation keeps its capital: only the run-on talk lowers these words.
    expect(lowerFirst('If the board had measured')).toBe('If the board had measured');
  });
});
