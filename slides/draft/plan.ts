/**
 * The briefing plan: which slides an article gets, in the order product.md gives ("A briefing, not a summary").
 * Each section has its own builder under `sections/`; they share one {@link PlanContext}, so a sentence taken as
 * a bullet by an earlier section is not offered to a later one.
 */
import type { ImportedArticle } from '../import/types';
import type { Analysis } from '../analyze/types';
import { carryRemainingFigures, carryRemainingPoints } from './coverage';
import { MAX_BULLET_WORDS, PlanContext, saidInTitle } from './planContext';
import { wordsOf as checkWords } from '../check/words';
import { pronounOpener } from '../check/textRules';
import { argumentUnits, CLAIM_CUE, judgmentCount, keyFigures, statesThesis } from './select';
import { actorsSlide } from './sections/actors';
import { figureSlides, MAX_FIGURES } from './sections/figures';
import { counterpointsSlide, judgmentSlides } from './sections/judgments';
import { bottomLine, contextSlide, isScene, titleSlide } from './sections/opening';
import { outlookSlide } from './sections/outlook';
import { sourcesSlide } from './sections/sources';
import { timelineSlide } from './sections/timeline';
import {
  headingPoint,
  inExampleSection,
  inMethodSection,
  inObjectionSection,
  isHeadingParagraph,
} from './structure';
import type { DraftItem, PlannedSlide } from './types';
import type { AnalyzedSentence } from '../analyze/types';
import { lemmaSet } from './coverage';
import { hasLongQuote } from './speakers';
import { LABEL_PREFIX } from './titleShape';
import { TOLD_LIKEWISE } from './headline';

export { cleanHeadline } from './planContext';

const MAX_STAT_SLIDES = 3;
/** Slides that show more of what their notes say when they have room, up to this many bullets. */
const TOPPED_UP = new Set<PlannedSlide['kind']>(['judgment', 'context', 'counterpoints', 'outlook']);
const TOPPED_UP_BULLETS = 4;
/** A slide showing fewer bullets than this is thin: it may take evidence from the paragraph after one it shows. */
const THIN_SLIDE_BULLETS = 2;
/** The most words a topped-up slide's bullets hold together (the layout fits about this many). */
const TOPPED_UP_WORDS = 60;
/** The conclusion and the main claims, on the bottom line. */
const MAX_BOTTOM_LINE_BULLETS = 3;
/** "X is another story", "Y is a different matter": a title that names a topic and claims nothing of it. */
const TOPIC_TURN =
  /\s(?:is|are|was|were)\s(?:another|a different|a separate)\s(?:story|matter|question)[.!]?$/i;
/** How much a claim's evaluative or modal language weighs, against salience, for a place on the bottom line. */
const CLAIM_BONUS = 0.3;
/** How much a figure or a dated event weighs against salience, for a place on the bottom line. */
const EVIDENCE_PENALTY = 0.3;
/** How much a claim a subheading states weighs, against salience, for a place on the bottom line. */
const HEADING_CLAIM_BONUS = 0.5;
/** Up to this length a briefing has 8–14 slides, so stat slides leave room for the judgments. */
const LONG_ARTICLE_WORDS = 2000;
/** With `--slides N`, slides of these kinds go first (last of a kind first) until N remain. */
const DROP_ORDER: readonly PlannedSlide['kind'][] = [
  'timeline',
  'actors',
  'counterpoints',
  'context',
  'figures',
  'outlook',
  'judgment',
  'sources',
  'bottom-line',
];

/**
 * A slide's first bullet stands alone: one opening on a pronoun ('"This is not about a few euros," Oosterhuis
 * said') goes after the first bullet that names its subject, when there is one.
 */
function resolvedFirst(slide: PlannedSlide): void {
  const first = slide.items[0];
  if (!first || !pronounOpener(first.text.replace(/^["“]/, ''), false)) return;
  const named = slide.items.findIndex((item) => !pronounOpener(item.text.replace(/^["“]/, ''), false));
  if (named > 0) slide.items.unshift(...slide.items.splice(named, 1));
}

/** Drops slides in {@link DROP_ORDER} until at most `wanted` remain. */
function trimTo(slides: PlannedSlide[], wanted: number): PlannedSlide[] {
  let kept = slides;
  for (const kind of DROP_ORDER) {
    while (kept.length > Math.max(wanted, 1)) {
      const at = kept.map((s) => s.kind).lastIndexOf(kind);
      if (at < 0) break;
      kept = kept.filter((_, i) => i !== at);
    }
  }
  return kept;
}

/** A pronoun inside a claim's title, which its slide's bullets explain but the bottom line cannot. */
export const POINTS_AWAY =
  /\s(?:it|them)\b(?!\s(?:is|was)\s(?:likely|unlikely|clear|possible)\b)|\s(?:this|these|those)(?=$|[,.;:]|\s(?:is|was|are|were|has|had|will|would|can|could|should|may|might)\b)/i;

/** Words of four letters or more, by their first five: "lowered" and "lowers" are one word here. */
const stems = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((word) => word.slice(0, STEM_LETTERS)));
const STEM_LETTERS = 5;
/** A claim sharing this share of its words, and at least {@link RESTATED_MIN_WORDS}, with a title restates it. */
const RESTATED_SHARE = 0.75;
const RESTATED_MIN_WORDS = 3;

/** True when `claim` says little its `title` does not: most of its longer words are the title's. */
export function restates(title: string, claim: string): boolean {
  const said = stems(title);
  const words = [...stems(claim)];
  const shared = words.filter((word) => said.has(word)).length;
  return shared >= RESTATED_MIN_WORDS && shared >= RESTATED_SHARE * words.length;
}

/** Builds the briefing plan for an analysed article. */
export class BriefingPlanner {
  private readonly ctx: PlanContext;

  constructor(article: ImportedArticle, analysis: Analysis) {
    this.ctx = new PlanContext(article, analysis);
  }

  /** The speaker of a quoted sentence that does not name them itself ('"… a monoculture."' is Achebe-Kerr's). */
  unnamedSpeaker(ref: string): string | undefined {
    const s = this.ctx.byRef.get(ref);
    // An interview's answer and a debate's side are their speaker's words, quoted or not; so are words quoted
    // with a pronoun for their speaker ('"This is the biggest private investment …," she said').
    const quotes = s && (this.ctx.quoted(s) || hasLongQuote(s.text));
    // A writer's own "I think …" is theirs too.
    const speaker =
      s && (quotes ? this.ctx.speaker(s) : (this.ctx.relayedSpeaker(s) ?? this.ctx.writerSays(s)));
    const surname = speaker?.split(/\s+/).pop() ?? '';
    return speaker && !s?.text.includes(surname) ? speaker : undefined;
  }

  /** The whole plan, honouring `wanted` slides when given. */
  plan(wanted?: number): PlannedSlide[] {
    const { ctx } = this;
    const { analysis } = ctx;
    const title = titleSlide(ctx);
    const bottom = bottomLine(ctx);
    // The standfirst is said once: on the bottom line when it states the conclusion there, else on the title slide.
    title.say = title.say.filter((line) => !bottom.say.includes(line));
    // The dated events claim their sentences before the other sections do: a point can be argued from other
    // evidence, but an event has only its own sentence.
    const context = contextSlide(ctx);
    const timeline = timelineSlide(ctx);
    // Counted by the figures that say what they measure right after them: a figure that only its clause or its
    // subject explains may fill a stat slide, never add one, so the argument's own slides keep their places.
    const figureCount = keyFigures(analysis, Number.MAX_SAFE_INTEGER, false).length;
    const statCap = analysis.wordCount <= LONG_ARTICLE_WORDS ? MAX_STAT_SLIDES - 1 : MAX_STAT_SLIDES;
    // A stat label is cut from its sentence by English rules: other languages keep their figures in sentences.
    const statSlides = ctx.english ? Math.min(statCap, Math.ceil(figureCount / (MAX_FIGURES + 1))) : 0;
    const figures = figureSlides(ctx, statSlides);
    // What the article expects next is picked before the judgments, which have the body to argue from.
    const outlook = outlookSlide(ctx);
    const fixed = 3 + (context ? 1 : 0) + figures.length + 1 + (timeline ? 1 : 0) + 2;
    const units = argumentUnits(analysis).length; // counted once more inside judgmentSlides(): cheap, linear
    const judgments = judgmentSlides(ctx, judgmentCount(analysis.wordCount, units, fixed, wanted));
    // The bottom line states the conclusion and then the main claims the judgment slides argue.
    // A conclusion too long for a bullet gives its place to the claims when there are any (the notes say it).
    const long = bottom.items.filter((item) => checkWords(item.text).length > MAX_BULLET_WORDS);
    if (long.length && judgments.some((j) => j.titleRef))
      bottom.items = bottom.items.filter((item) => !long.includes(item));
    const room = MAX_BOTTOM_LINE_BULLETS - bottom.items.length;
    const datedRefs = new Set(analysis.events.map((e) => e.ref));
    // A claim the article states as its own thesis ("This report argues that …") comes first.
    const salience = (j: PlannedSlide) => {
      const s = j.titleRef ? ctx.byRef.get(j.titleRef) : undefined;
      // A judgment ("unlikely", "cannot", "should") says more on the bottom line than an event does.
      // "The warning came after the water": a subheading that states its section's point is the writer's own
      // summary of a main claim.
      const heading = analysis.paragraphs[(s?.paragraph ?? 0) - 1];
      const stated = heading && isHeadingParagraph(heading) && heading.sentences[0];
      const headed = stated && headingPoint(stated) !== undefined ? HEADING_CLAIM_BONUS : 0;
      // "Public debt rose to 48.2% of GDP", "Thameswell applies for a development consent order": a figure or a
      // dated event is evidence for a claim, and says less on the bottom line than one.
      const claims = CLAIM_CUE.test(s?.text ?? '');
      const evidence = s && !claims && (s.figures.length > 0 || datedRefs.has(s.ref)) ? EVIDENCE_PENALTY : 0;
      return s
        ? s.salience + (statesThesis(s, ctx.byRef) ? 1 : 0) + (claims ? CLAIM_BONUS : 0) + headed - evidence
        : -1;
    };
    // A judgment titled from a scene ("Mackay has run a bakery on Canal Street since 2009") is no main claim.
    const main = [...judgments]
      .filter((j) => {
        const titled = j.titleRef ? ctx.byRef.get(j.titleRef) : undefined;
        // "Public servants are another story": a turn to a topic titles its slide, but claims nothing.
        // "The team linked anonymised dispensing records", under "How the study worked": how, not what was found.
        return (
          titled !== undefined &&
          !isScene(ctx, titled) &&
          !TOPIC_TURN.test(j.title) &&
          !inMethodSection(titled, analysis.paragraphs) &&
          // "Rosa rents a two-bedroom flat", under "Case study: Rosa": one case that illustrates a claim.
          !inExampleSection(titled, analysis.paragraphs) &&
          // "The objection: rewarding pressure": the other side's case is no claim of the article's.
          !inObjectionSection(titled, analysis.paragraphs) &&
          // "Castellane: land around it goes up in value": on the bottom line, away from its slide's bullets, a
          // pronoun points at nothing.
          !POINTS_AWAY.test(j.title.replace(LABEL_PREFIX, '')) &&
          // "Health workers told us the same story": the same as what, the bottom line cannot show.
          !TOLD_LIKEWISE.test(j.title)
        );
      })
      .sort((a, b) => salience(b) - salience(a));
    // "Ebbeson: today the Board lowered our policy rate", under "Bottom line: Board lowers policy rate to 3.75
    // percent": a claim the title already states says nothing more beside it.
    const fresh = main.filter((claim) => !restates(bottom.title, claim.title.replace(LABEL_PREFIX, '')));
    for (const claim of fresh.slice(0, Math.max(0, room)))
      bottom.items.push({ text: claim.title, refs: [claim.titleRef ?? ''] });
    const counter = counterpointsSlide(ctx);
    const actors = actorsSlide(ctx);
    const body = [
      title,
      bottom,
      context,
      ...figures,
      ...judgments,
      counter,
      actors,
      timeline,
      outlook,
    ].filter((s): s is PlannedSlide => !!s);
    const quoted = body.flatMap((s) => s.sources);
    let slides = [...body, sourcesSlide(ctx, quoted)];
    if (wanted !== undefined && slides.length > wanted) slides = trimTo(slides, wanted);
    carryRemainingFigures(slides, analysis);
    carryRemainingPoints(slides, analysis, (slide, sentences) => ctx.sayAlso(slide, sentences), ctx.said);
    for (const slide of slides) if (TOPPED_UP.has(slide.kind)) this.showMore(slide);
    for (const slide of slides) if (slide.layout === 'bullets') resolvedFirst(slide);
    for (const slide of slides) ctx.nameWriterOnce(slide);
    return slides;
  }

  /**
   * A slide with room for another bullet shows the best sentence its notes say that no slide shows yet, when that
   * sentence makes a short, clean bullet on the slide's subject: the point reaches the slide, not only the notes.
   */
  private showMore(slide: PlannedSlide): void {
    const { ctx } = this;
    const words = () => slide.items.reduce((n, item) => n + checkWords(item.text).length, 0);
    const subject = lemmaSet(
      [slide.titleRef, ...slide.items.flatMap((item) => item.refs)]
        .map((ref) => (ref ? ctx.byRef.get(ref) : undefined))
        .filter((s): s is AnalyzedSentence => !!s),
    );
    const shown = new Set([slide.titleRef, ...slide.items.flatMap((item) => item.refs)]);
    // A thin slide also takes the paragraph that goes on from one it shows: the article's next step of the point.
    const thin = slide.items.length < THIN_SLIDE_BULLETS;
    const shownParagraphs = new Set(
      [...shown]
        .map((ref) => (ref ? ctx.byRef.get(ref)?.paragraph : undefined))
        .filter((p) => p !== undefined),
    );
    const candidates = [...new Set(slide.sources)]
      .map((ref) => ctx.byRef.get(ref))
      .filter(
        (s): s is AnalyzedSentence =>
          !!s && !ctx.used.has(s.ref) && !ctx.silent.has(s.ref) && s.ref !== slide.titleRef,
      )
      // On the slide's subject: sharing a word with it, or going on from a sentence it shows, in its paragraph.
      .filter(
        (s) =>
          !ctx.longBullet(s) &&
          ([...lemmaSet([s])].some((lemma) => subject.has(lemma)) ||
            shown.has(`p${s.paragraph}.s${s.index - 1}`) ||
            (thin && shownParagraphs.has(s.paragraph - 1))),
      )
      .sort((a, b) => ctx.evidenceValue(b) - ctx.evidenceValue(a));
    for (const s of candidates) {
      if (slide.items.length >= TOPPED_UP_BULLETS) break;
      const text = ctx.bulletText(s);
      if (words() + checkWords(text).length > TOPPED_UP_WORDS) continue;
      if (slide.items.some((item) => item.text.toLowerCase() === text.toLowerCase())) continue;
      const item = ctx.item(s);
      slide.items.push({ ...item, text: saidInTitle(item.text, slide.title) });
    }
    const at = (item: DraftItem) => {
      const s = item.refs[0] === slide.titleRef ? undefined : ctx.byRef.get(item.refs[0] ?? '');
      return s ? s.paragraph * 1000 + s.index : -1;
    };
    slide.items.sort((a, b) => at(a) - at(b));
  }
}
