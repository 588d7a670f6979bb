/**
 * The briefing check: what a briefer would fix before presenting a deck. Pure (no DOM, Node, Electron or React),
 * shared by the editor's Check panel, `briefdeck check` and `npm run eval:draft`.
 *
 * Finding codes (stable; scripts count findings by them):
 * - `dangling-end`: a title, or a stat/timeline/actor label, ends on a function word ("…by", "…despite") or a
 *   dangling possessive ("African states'").
 * - `unresolved-pronoun`: a title or a stand-alone item (the first bullet; every stat, timeline and actor item)
 *   opens on a pronoun or demonstrative the slide does not resolve ("These calls …", "It lamented …"). A first
 *   bullet's "he", "it", "they" … count as resolved when the title names someone; demonstratives never do.
 * - `long-title`: a title over 10 words. `copied-title`: a title sharing 8+ consecutive words with a sentence of
 *   the article (needs the article; the title slide is exempt: it may name the article).
 * - `long-bullet`: an item over 20 words (not on the title and sources slides, which cite).
 * - `duplicate-bullet`: an item equal or nearly equal (80% of words) to an earlier one; `title-repeat`: a first
 *   item that repeats the title near word for word.
 * - `unattributed-quote`: a quotation of 4+ words, or an opinion marked by said/says/warned/argued/told/
 *   according to …, with no named person or organisation in the item or the slide title; "…, she said" needs
 *   the name in the item itself. With the article, an item carrying a quotation of its source sentence (marks or
 *   not) must name the speaker the article gives for it (`quotes.ts`).
 * - `vague-stat-label`: a stat item whose label has fewer than 2 content words (a dangling label is
 *   `dangling-end`).
 * - `misdated-event`: a timeline item whose date is not the date its source sentence gives for the event
 *   (needs the article and the item's `data-src`; labels stating no date, e.g. "Date not given", are skipped).
 * - `unsupported-number`: a number on the slide or in its notes that the article does not contain (needs it;
 *   the article's metadata and the deck's front-matter `source` count as the article).
 * - `misquote`: words of 3 or more in quotation marks (title, items, notes) that are not word for word a run of
 *   the article's (needs it; an ellipsis may mark words left out; case, quotation marks and closing punctuation
 *   aside).
 * - `furniture`: page furniture on a slide or in notes (bios, print lines, appeals, handles, time stamps). An
 *   author's bio is allowed on the title and sources slides.
 * - `overfull`: more text than the layout fits (estimated; see `fit.ts`).
 * - `no-place`: content the slide's layout has no place for (drawn below its content), or items without the bold
 *   figure, date or name the layout shows (see `render/placement.ts`).
 * - `coaching-notes`: a notes sentence instructing the presenter ("State the judgment, then …").
 * - `repeated-notes`: a notes sentence (5+ words) already said on an earlier slide (or earlier in the same notes).
 *   Both notes rules read the talk only: a `Sources:` block at the end of the notes cites, and is skipped.
 */
import type { Deck, Slide } from '../model';
import { findNumbers } from '../eval/keypoints';
import { misdating, statesDate } from './dates';
import { overflow } from './fit';
import { describePlacement, placement } from '../render/placement';
import { furnitureKind } from './furniture';
import { countsForRepeat, isCoaching, notesSentences, withoutSentence, type NotesSentence } from './notes';
import { COPY_RUN, copiedRun, indexSource, quotedVerbatim, type SourceIndex } from './source';
import { shortName, speakerOf, unnamedSpeaker } from './quotes';
import { checkDuplicates, checkItems, checkTitle } from './textRules';
import type { CheckOptions, Finding, FindingElement } from './types';
import { viewSlide, type ItemView, type SlideView } from './view';
import { wordsOf } from './words';

/** "…, she said" at the end of an item: the pronoun the "Name the speaker" fix replaces. */
const PRONOUN_END = /,?\s+(?:he|she|they)\s+(said|says|warned|warns|argued|argues)(\W*)$/i;

type Push = (finding: Omit<Finding, 'slide'>) => void;

/** Words inside quotation marks, straight or curly. */
const QUOTED_SPAN = /"[^"]+"|“[^”]+”/g;
/** A line of the notes' or the Sources slide's citations: '¶8: "<the passage>" — Speaker'. */
const CITED_PASSAGE = /^\s*¶\d+:\s*["“](.*)["”](?:\s+—\s+[^"“”]*)?$/;
/** A quotation of fewer words ("host", "a monoculture") is a term the slide quotes, checked as a number is not. */
const MIN_QUOTED_WORDS = 3;

function elementOf(item: ItemView): FindingElement {
  return item.index === undefined ? { kind: 'slide' } : { kind: 'item', index: item.index };
}

/** A slide's title and items, each with the element it is and where a message says it stands. */
function shownTexts(view: SlideView): { text: string; element: FindingElement; where: string }[] {
  const title = view.title
    ? [{ text: view.title, element: { kind: 'title' } as FindingElement, where: 'in the title' }]
    : [];
  return [
    ...title,
    ...[...view.items, ...view.laterItems].map((item) => ({
      text: item.plain,
      element: elementOf(item),
      where: item.index === undefined ? 'in an item' : `in item ${item.index + 1}`,
    })),
  ];
}

function checkSource(
  view: SlideView,
  source: SourceIndex,
  metaNumbers: ReadonlySet<string>,
  push: Push,
): void {
  if (view.title && view.layout !== 'title') {
    // 'Solberg: "Loyalty does not survive a quarterly earnings call"': a quotation, in its marks and with its
    // speaker, is meant word for word; the words outside the marks are the title's own.
    const run = copiedRun(view.title.replace(QUOTED_SPAN, ' | '), source);
    if (run)
      push({
        code: 'copied-title',
        message: `The title copies ${COPY_RUN}+ words of the article ("${run}")`,
        element: { kind: 'title' },
      });
  }
  // '"Part of what we see is repair"' for "Part of what we see now is simply repair": words a slide puts in
  // quotation marks are the speaker's own, word for word (an ellipsis may mark words left out).
  const misquoted = (text: string, element: FindingElement, where: string) => {
    // '¶8: "… said: "We will not."" — Ostrowski': a cited passage is quoted whole, its own marks inside it.
    const cited = CITED_PASSAGE.exec(text)?.[1];
    const spans = cited !== undefined ? [`"${cited}"`] : [...text.matchAll(QUOTED_SPAN)].map((m) => m[0]);
    for (const span of spans) {
      const words = span.slice(1, -1);
      if (wordsOf(words).length >= MIN_QUOTED_WORDS && !quotedVerbatim(words, source))
        push({
          code: 'misquote',
          message: `The quotation ${where} is not word for word the article's: ${span}`,
          element,
        });
    }
  };
  const shown = shownTexts(view);
  for (const { text, element, where } of shown) misquoted(text, element, where);
  for (const line of view.notes.split('\n')) misquoted(line, { kind: 'notes' }, 'in the notes');
  const unsupported = (text: string) => [
    ...new Set(findNumbers(text).filter((n) => !source.numbers.has(n) && !metaNumbers.has(n))),
  ];
  const report = (text: string, element: FindingElement, where: string) => {
    const missing = unsupported(text);
    if (missing.length)
      push({
        code: 'unsupported-number',
        message: `${missing.join(', ')} ${where} ${missing.length === 1 ? 'is' : 'are'} not in the article`,
        element,
      });
  };
  for (const { text, element, where } of shown) report(text, element, where);
  if (view.otherText) report(view.otherText, { kind: 'slide' }, 'on the slide');
  report(view.notes, { kind: 'notes' }, 'in the notes');
  if (view.layout === 'timeline') {
    for (const item of view.items) {
      if (!item.lead || !statesDate(item.lead) || item.refs.length === 0) continue;
      const sentences = item.refs
        .map((ref) => source.sentences.get(ref))
        .filter((s): s is string => s !== undefined);
      const why = misdating(item.lead, item.segments.join(' — '), sentences);
      if (why)
        push({
          code: 'misdated-event',
          message: `Item ${(item.index ?? 0) + 1}: ${why}`,
          element: elementOf(item),
        });
    }
  }
}

function checkFurniture(view: SlideView, push: Push): void {
  const allowBio = view.layout === 'title' || view.layout === 'sources';
  const test = (text: string) =>
    text
      .split('\n')
      .map((line) => furnitureKind(line, allowBio))
      .find(Boolean);
  if (view.title) {
    const kind = test(view.title);
    if (kind) push({ code: 'furniture', message: `The title is ${kind}`, element: { kind: 'title' } });
  }
  for (const item of [...view.items, ...view.laterItems]) {
    const kind = test(item.plain);
    if (kind)
      push({
        code: 'furniture',
        message: `${item.index === undefined ? 'An item' : `Item ${item.index + 1}`} is ${kind}`,
        element: elementOf(item),
        fix:
          item.index === undefined ? undefined : { label: 'Drop it', kind: 'drop-item', index: item.index },
      });
  }
  const other = test(view.otherText);
  if (other) push({ code: 'furniture', message: `The slide carries ${other}`, element: { kind: 'slide' } });
  for (const sentence of notesSentences(view.notes)) {
    const kind = furnitureKind(sentence.text, allowBio);
    if (kind)
      push({
        code: 'furniture',
        message: `The notes carry ${kind}: "${sentence.text}"`,
        element: { kind: 'notes' },
        fix: {
          label: 'Drop sentence',
          kind: 'replace-notes',
          text: withoutSentence(view.notes, sentence.text),
        },
      });
  }
}

function checkCoaching(view: SlideView, talk: readonly NotesSentence[], push: Push): void {
  for (const sentence of talk)
    if (isCoaching(sentence.text))
      push({
        code: 'coaching-notes',
        message: `The notes instruct the presenter instead of saying something: "${sentence.text}"`,
        element: { kind: 'notes' },
        fix: {
          label: 'Drop sentence',
          kind: 'replace-notes',
          text: withoutSentence(view.notes, sentence.text),
        },
      });
}

/** Deck-level: a notes sentence said on an earlier slide (or earlier in the same notes). */
function checkRepeats(
  index: number,
  notes: string,
  talk: readonly NotesSentence[],
  said: Map<string, number>,
  out: Finding[],
): void {
  for (const sentence of talk) {
    if (!countsForRepeat(sentence)) continue;
    const earlier = said.get(sentence.key);
    if (earlier !== undefined)
      out.push({
        code: 'repeated-notes',
        message: `The notes repeat a sentence ${earlier === index ? 'already in these notes' : `from slide ${earlier + 1}`}: "${sentence.text}"`,
        slide: index,
        element: { kind: 'notes' },
        fix: { label: 'Drop repeat', kind: 'replace-notes', text: withoutSentence(notes, sentence.text) },
      });
    else said.set(sentence.key, index);
  }
}

/** Adds "Name the speaker" to an unattributed item when its source sentence names who said it. */
function nameSpeaker(
  finding: Omit<Finding, 'slide'>,
  view: SlideView,
  source: SourceIndex,
): Omit<Finding, 'slide'> {
  const index = finding.element.index;
  const item = index === undefined ? undefined : view.items[index];
  if (!item || finding.element.kind !== 'item') return finding;
  for (const ref of item.refs) {
    const found = speakerOf(ref, source);
    const speaker = found === undefined ? undefined : shortName(found);
    if (!speaker) continue;
    const pronounEnd = PRONOUN_END.exec(item.text);
    const text = pronounEnd
      ? `${item.text.slice(0, pronounEnd.index)}, ${speaker} ${pronounEnd[1]}${pronounEnd[2]}`
      : `${speaker}: ${item.text}`;
    return {
      ...finding,
      fix: { label: 'Name the speaker', kind: 'replace-text', target: 'item', index, text },
    };
  }
  return finding;
}

/** With the article: an item carrying a quotation must name the speaker the article gives for it. */
function checkQuoteSpeakers(
  view: SlideView,
  source: SourceIndex,
  found: readonly Omit<Finding, 'slide'>[],
  push: Push,
): void {
  for (const item of view.items) {
    if (item.index === undefined || view.layout === 'sources' || view.layout === 'title') continue;
    const flagged = found.some(
      (f) => f.code === 'unattributed-quote' && f.element.kind === 'item' && f.element.index === item.index,
    );
    if (flagged) continue;
    const missing = unnamedSpeaker(item, view.title, source);
    if (!missing) continue;
    const pronounEnd = PRONOUN_END.exec(item.text);
    const text = pronounEnd
      ? `${item.text.slice(0, pronounEnd.index)}, ${missing.speaker} ${pronounEnd[1]}${pronounEnd[2]}`
      : `${missing.speaker}: ${item.text}`;
    push({
      code: 'unattributed-quote',
      message: `Item ${item.index + 1} quotes ${missing.speaker} ("${missing.quote}") without naming them`,
      element: { kind: 'item', index: item.index },
      fix: { label: 'Name the speaker', kind: 'replace-text', target: 'item', index: item.index, text },
    });
  }
}

/** One slide's own findings (all but repeats across slides) and its notes' talk sentences. */
interface SlideResult {
  source: SourceIndex | undefined;
  meta: string;
  local: Omit<Finding, 'slide'>[];
  talk: NotesSentence[];
}

/**
 * Per slide object: slides are immutable (an edit makes a new slide object), so re-checking a deck as the user
 * types re-reads only the slide that changed.
 */
const slideResults = new WeakMap<object, SlideResult>();

function checkSlide(
  slide: Pick<Slide, 'body' | 'notes' | 'layout'>,
  source: SourceIndex | undefined,
  metaNumbers: ReadonlySet<string>,
  meta: string,
): SlideResult {
  const cached = slideResults.get(slide);
  if (cached && cached.source === source && cached.meta === meta) return cached;
  const view = viewSlide(slide, 0);
  const local: Omit<Finding, 'slide'>[] = [];
  const push: Push = (f) => {
    const finding = f.fix === undefined ? { code: f.code, message: f.message, element: f.element } : f;
    local.push(
      source && finding.code === 'unattributed-quote' ? nameSpeaker(finding, view, source) : finding,
    );
  };
  checkTitle(view, push);
  checkItems(view, push);
  checkDuplicates(view, push);
  if (source) {
    checkSource(view, source, metaNumbers, push);
    checkQuoteSpeakers(view, source, local, push);
  }
  checkFurniture(view, push);
  const full = overflow(view);
  if (full)
    push({
      code: 'overfull',
      message: `The slide holds more than fits: ${full}`,
      element: { kind: 'slide' },
    });
  const placed = placement(slide);
  const unplaced = describePlacement(placed, placed.layout);
  if (unplaced) push({ code: 'no-place', message: unplaced, element: { kind: 'slide' } });
  const talk = notesSentences(view.notes, true);
  checkCoaching(view, talk, push);
  const result = { source, meta, local, talk };
  slideResults.set(slide, result);
  return result;
}

/**
 * Checks a deck: every finding, in slide order, then by rule. Pass the article to enable the checks that compare
 * with it (copied titles, numbers, dates, "name the speaker" fixes).
 */
export function checkDeck(
  deck: Pick<Deck, 'slides'> & Partial<Pick<Deck, 'meta'>>,
  opts: CheckOptions = {},
): Finding[] {
  const source = opts.article ? indexSource(opts.article) : undefined;
  // The front matter's `source` describes the article (its date, byline): numbers from it are not invented.
  const described = deck.meta?.source;
  const metaNumbers = new Set(
    [described?.title, described?.author, described?.publisher, described?.date].flatMap((text) =>
      findNumbers(text ?? ''),
    ),
  );
  const meta = [...metaNumbers].join(' ');
  const findings: Finding[] = [];
  const said = new Map<string, number>();
  deck.slides.forEach((slide, index) => {
    const result = checkSlide(slide, source, metaNumbers, meta);
    // The title slide shows the article's own headline as the article words it ("… the town it already has"):
    // its words are the article's to choose, not the draft's.
    const headline = described?.title?.trim();
    const ownHeadline = (finding: Omit<Finding, 'slide'>) => {
      if (finding.code !== 'dangling-end' || finding.element?.kind !== 'title' || !headline) return false;
      const view = viewSlide(slide, index);
      return view.layout === 'title' && view.title === headline;
    };
    for (const finding of result.local)
      if (!ownHeadline(finding)) findings.push({ ...finding, slide: index });
    checkRepeats(index, slide.notes, result.talk, said, findings);
  });
  return findings;
}
