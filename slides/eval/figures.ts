/**
 * The drafting figures of issue 10 for one drafted deck, and pooled over a corpus: check findings (by code),
 * share of slides with no finding, share of titles copying 8+ words, key-point coverage (slides only, and with
 * notes), figure recall, furniture leaks, invented numbers, unattributed quotes, misdated timeline items,
 * repeated note sentences, words per slide and whether the bottom line states the conclusion. Pure: the caller
 * drafts the decks and reads the files.
 *
 * Definitions:
 * - A slide "has no finding" when `checkDeck` (with the article) reports nothing on it.
 * - Titles counted for copying are those of content slides (not the title and sources slides).
 * - Furniture leaks: the key-point file's `boilerplate` strings found in slides or notes, plus the check's
 *   `furniture` findings.
 * - Invented numbers: distinct numbers in slides or notes that the article does not contain, its metadata (date,
 *   byline) included, as the check's `unsupported-number` reads it.
 * - Unattributed quotes: for each key-point `speakers` entry, each slide (visible text) and each slide's notes
 *   that contain the quote fragment but do not name the speaker (their full name or its last word).
 * - Misdated timeline items: for each key-point `events` entry, each timeline item that reports the event (holds
 *   at least 70% of the fragment's content words) but whose date label is not that date: the label's year, month
 *   and day must all agree with the event's date (a label may be less precise, never different).
 * - Repeated note sentences: the check's `repeated-notes` findings.
 * - Words per slide: visible words of content slides (title, items and other text; not the notes, and not the
 *   title and sources slides, which carry the article's name and citations, not the briefing).
 * - Bottom line: when the key points have a `thesis` point, whether the bottom-line slide (the first slide after
 *   the title slide) covers it; undefined when there is no thesis point.
 */
import { escapeRegExp } from '../regexp';
import { checkDeck } from '../check/checkDeck';
import { dateParts } from '../check/dates';
import { indexSource, splitArticle } from '../check/source';
import type { CheckArticle, Finding, FindingCode } from '../check/types';
import { viewSlide } from '../check/view';
import { contentWords, normalWords, wordsOf } from '../check/words';
import type { Deck, Slide } from '../model';
import {
  findNumbers,
  groupsCovered,
  normalise,
  scoreDraft,
  type KeyEvent,
  type KeyPoints,
  type KeySpeaker,
} from './keypoints';
import { MONTHS_LOWER } from '../months';

/** What one article's draft is scored on. */
export interface DraftToScore {
  name: string;
  deck: Pick<Deck, 'slides'>;
  article: CheckArticle;
  /** The key points; without them only the check's figures are computed. */
  keyPoints?: KeyPoints;
}

/** One article's figures. Shares are in [0, 1]. */
export interface ArticleFigures {
  name: string;
  slides: number;
  findings: number;
  findingsByCode: Partial<Record<FindingCode, number>>;
  slidesWithoutFinding: number;
  /** Slides with no finding over all slides. */
  cleanShare: number;
  contentTitles: number;
  copiedTitles: number;
  /** Copied titles over content titles. */
  copiedTitleShare: number;
  /** Key-point coverage on slides only, and on slides or notes; undefined without key points. */
  coverageSlides?: number;
  coverageWithNotes?: number;
  figureRecall?: number;
  furnitureLeaks: number;
  /** What leaked: boilerplate strings, then furniture findings' messages. */
  furnitureDetail: string[];
  inventedNumbers: string[];
  unattributedQuotes: number;
  unattributedDetail: string[];
  misdatedItems: number;
  misdatedDetail: string[];
  repeatedNoteSentences: number;
  contentSlides: number;
  contentWords: number;
  wordsPerSlide: number;
  bottomLineStatesThesis?: boolean;
}

/** Figures pooled over a corpus. */
export interface CorpusFigures {
  articles: ArticleFigures[];
  total: {
    articles: number;
    slides: number;
    findings: number;
    findingsByCode: Partial<Record<FindingCode, number>>;
    /** Pooled: slides with no finding over all slides. */
    cleanShare: number;
    /** Pooled: copied titles over content titles. */
    copiedTitleShare: number;
    /** Means over the articles with key points. */
    coverageSlides?: number;
    coverageWithNotes?: number;
    figureRecall?: number;
    furnitureLeaks: number;
    inventedNumbers: number;
    unattributedQuotes: number;
    misdatedItems: number;
    repeatedNoteSentences: number;
    /** Pooled: content words over content slides. */
    wordsPerSlide: number;
    /** Articles whose bottom line states the thesis, over articles with a thesis point. */
    bottomLines: { stated: number; of: number };
  };
}

const COMMENT = /<!--[\s\S]*?-->/g;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const EVENT_MATCH = 0.7;
const NOT_CONTENT: ReadonlySet<string> = new Set(['title', 'sources']);

const fraction = (count: number, total: number) => (total === 0 ? 1 : count / total);
const mean = (xs: readonly number[]) =>
  xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;

function slideText(slide: Pick<Slide, 'body'>): string {
  return slide.body.replace(COMMENT, '');
}

function articleText(article: CheckArticle): string {
  const split = splitArticle(article);
  return [split.title ?? '', ...split.paragraphs.map((p) => p.join(' '))].join('\n\n');
}

/** Whether a text names a speaker: their full name, or the last word of it. */
function namesSpeaker(normalisedText: string, speaker: string): boolean {
  const full = normalise(speaker);
  const last = full.split(' ').at(-1) ?? full;
  return (
    normalisedText.includes(full) ||
    new RegExp(`(?<![\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`, 'u').test(normalisedText)
  );
}

function unattributed(
  slides: readonly Pick<Slide, 'body' | 'notes'>[],
  speakers: readonly KeySpeaker[],
): string[] {
  const out: string[] = [];
  for (const { quote, speaker } of speakers) {
    const needle = normalise(quote);
    slides.forEach((slide, i) => {
      for (const [where, text] of [
        ['slide', normalise(slideText(slide))],
        ['notes', normalise(slide.notes)],
      ] as const)
        if (text.includes(needle) && !namesSpeaker(text, speaker))
          out.push(`slide ${i + 1} ${where}: "${quote}" without ${speaker}`);
    });
  }
  return out;
}

/** Year, month (1–12) and day of a key-point date, each undefined when it does not say. */
function eventDate(date: string): { year?: string; month?: number; day?: number } {
  const iso = ISO_DATE.exec(date.trim());
  if (iso)
    return {
      year: iso[1],
      month: iso[2] ? Number(iso[2]) : undefined,
      day: iso[3] ? Number(iso[3]) : undefined,
    };
  return labelDate(date);
}

function labelDate(label: string): { year?: string; month?: number; day?: number } {
  const parts = dateParts(label);
  const month = parts.months[0] ? MONTHS_LOWER.indexOf(parts.months[0]) + 1 : undefined;
  return {
    year: parts.years[0]?.replace(/s$/, ''),
    month: month || undefined,
    day: parts.days[0] ? Number(parts.days[0]) : undefined,
  };
}

const stem = (w: string) => w.slice(0, 5);

function misdated(
  slides: readonly Pick<Slide, 'body' | 'notes' | 'layout'>[],
  events: readonly KeyEvent[],
): string[] {
  const out: string[] = [];
  slides.forEach((slide, i) => {
    if (slide.layout !== 'timeline') return;
    const view = viewSlide(slide, i);
    for (const item of view.items) {
      if (!item.lead) continue;
      const itemStems = new Set(normalWords(item.plain).map(stem));
      for (const { event, date } of events) {
        const wanted = contentWords(normalWords(event)).filter((w) => !/^\d/.test(w));
        if (wanted.length === 0) continue;
        const hit = wanted.filter((w) => itemStems.has(stem(w))).length / wanted.length;
        if (hit < EVENT_MATCH) continue;
        // "a second cost revision, to £1.9 billion" is not the revision "to £1.4 billion": figures tell events apart.
        const eventNumbers = findNumbers(event);
        const itemNumbers = findNumbers(item.plain);
        if (eventNumbers.length && itemNumbers.length && !eventNumbers.some((n) => itemNumbers.includes(n)))
          continue;
        const want = eventDate(date);
        const got = labelDate(item.lead);
        const agrees =
          (got.year ?? got.month ?? got.day) !== undefined &&
          (got.year === undefined || got.year === want.year) &&
          (got.month === undefined || got.month === want.month) &&
          (got.day === undefined || got.day === want.day);
        if (!agrees) out.push(`slide ${i + 1}: "${item.lead}" for "${event}" (${date})`);
      }
    }
  });
  return out;
}

/** Distinct numbers in slides or notes that the article (its text and metadata, as the check reads it) lacks. */
function inventedNumbers(slides: readonly Pick<Slide, 'body' | 'notes'>[], article: CheckArticle): string[] {
  const known = indexSource(article).numbers;
  const found = slides.flatMap((s) => [...findNumbers(slideText(s)), ...findNumbers(s.notes)]);
  return [...new Set(found.filter((n) => !known.has(n)))];
}

function countWords(slide: Pick<Slide, 'body' | 'notes' | 'layout'>, index: number): number {
  const view = viewSlide(slide, index);
  const texts = [
    view.title ?? '',
    ...[...view.items, ...view.laterItems].map((item) => item.plain),
    view.otherText,
  ];
  return texts.reduce((sum, text) => sum + wordsOf(text).length, 0);
}

function byCode(findings: readonly Finding[]): Partial<Record<FindingCode, number>> {
  const counts: Partial<Record<FindingCode, number>> = {};
  for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  return counts;
}

/** Scores one drafted deck. */
export function evaluateDraft(input: DraftToScore): ArticleFigures {
  const { deck, article, keyPoints } = input;
  const findings = checkDeck(deck, { article });
  const flagged = new Set(findings.map((f) => f.slide));
  const content = deck.slides
    .map((s, i) => ({ slide: s, index: i }))
    .filter(({ slide }) => !NOT_CONTENT.has(slide.layout));
  const copied = new Set(findings.filter((f) => f.code === 'copied-title').map((f) => f.slide));
  const contentTitles = content.filter(({ slide }) => viewSlide(slide, 0).title !== undefined).length;
  const copiedTitles = content.filter(({ index }) => copied.has(index)).length;
  const words = content.reduce((sum, { slide, index }) => sum + countWords(slide, index), 0);
  const furnitureFindings = findings
    .filter((f) => f.code === 'furniture')
    .map((f) => `slide ${f.slide + 1}: ${f.message}`);
  const text = articleText(article);
  const score = keyPoints
    ? scoreDraft(
        {
          slidesText: deck.slides.map(slideText),
          notesText: deck.slides.map((s) => s.notes),
          articleText: text,
        },
        keyPoints,
      )
    : undefined;
  const thesis = keyPoints?.points.find((p) => p.id === 'thesis');
  const bottom = deck.slides[1];
  const unattributedDetail = keyPoints ? unattributed(deck.slides, keyPoints.speakers) : [];
  const misdatedDetail = keyPoints ? misdated(deck.slides, keyPoints.events) : [];
  const furnitureDetail = [...(score?.boilerplateLeaks ?? []), ...furnitureFindings];
  return {
    name: input.name,
    slides: deck.slides.length,
    findings: findings.length,
    findingsByCode: byCode(findings),
    slidesWithoutFinding: deck.slides.length - flagged.size,
    cleanShare: fraction(deck.slides.length - flagged.size, deck.slides.length),
    contentTitles,
    copiedTitles,
    copiedTitleShare: contentTitles === 0 ? 0 : copiedTitles / contentTitles,
    coverageSlides: score?.coverageSlides,
    coverageWithNotes: score?.coverageEither,
    figureRecall: score?.figureRecall,
    furnitureLeaks: furnitureDetail.length,
    furnitureDetail,
    inventedNumbers: inventedNumbers(deck.slides, article),
    unattributedQuotes: unattributedDetail.length,
    unattributedDetail,
    misdatedItems: misdatedDetail.length,
    misdatedDetail,
    repeatedNoteSentences: findings.filter((f) => f.code === 'repeated-notes').length,
    contentSlides: content.length,
    contentWords: words,
    wordsPerSlide: content.length === 0 ? 0 : words / content.length,
    bottomLineStatesThesis:
      thesis === undefined
        ? undefined
        : bottom !== undefined && groupsCovered(thesis.match, normalise(slideText(bottom))),
  };
}

/** Scores every drafted deck of a corpus and pools the figures. */
export function evaluateCorpus(drafts: readonly DraftToScore[]): CorpusFigures {
  const articles = drafts.map(evaluateDraft);
  const sum = (pick: (a: ArticleFigures) => number) => articles.reduce((total, a) => total + pick(a), 0);
  const findingsByCode: Partial<Record<FindingCode, number>> = {};
  for (const a of articles)
    for (const [code, n] of Object.entries(a.findingsByCode) as [FindingCode, number][])
      findingsByCode[code] = (findingsByCode[code] ?? 0) + n;
  const scored = articles.filter((a) => a.coverageSlides !== undefined);
  const theses = articles.filter((a) => a.bottomLineStatesThesis !== undefined);
  const slides = sum((a) => a.slides);
  const contentSlides = sum((a) => a.contentSlides);
  return {
    articles,
    total: {
      articles: articles.length,
      slides,
      findings: sum((a) => a.findings),
      findingsByCode,
      cleanShare: fraction(
        sum((a) => a.slidesWithoutFinding),
        slides,
      ),
      copiedTitleShare:
        sum((a) => a.contentTitles) === 0 ? 0 : sum((a) => a.copiedTitles) / sum((a) => a.contentTitles),
      coverageSlides: mean(scored.map((a) => a.coverageSlides ?? 0)),
      coverageWithNotes: mean(scored.map((a) => a.coverageWithNotes ?? 0)),
      figureRecall: mean(scored.map((a) => a.figureRecall ?? 0)),
      furnitureLeaks: sum((a) => a.furnitureLeaks),
      inventedNumbers: sum((a) => a.inventedNumbers.length),
      unattributedQuotes: sum((a) => a.unattributedQuotes),
      misdatedItems: sum((a) => a.misdatedItems),
      repeatedNoteSentences: sum((a) => a.repeatedNoteSentences),
      wordsPerSlide: contentSlides === 0 ? 0 : sum((a) => a.contentWords) / contentSlides,
      bottomLines: { stated: theses.filter((a) => a.bottomLineStatesThesis).length, of: theses.length },
    },
  };
}
