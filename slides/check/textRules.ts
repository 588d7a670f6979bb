/**
 * Rules that read a slide's own text: endings, pronoun openers, lengths, duplicates, quotes, stat labels.
 */
import { IRREGULAR_PAST } from '../analyze/figures';
import { shortened } from './shorten';
import { groupSpeaker, VAGUE_GROUP } from './speaker';
import type { Finding, FindingElement } from './types';
import type { ItemView, SlideView } from './view';
import {
  DEMONSTRATIVES,
  FUNCTION_WORDS,
  PERSONAL_PRONOUNS,
  contentWords,
  isNameWord,
  jaccard,
  normalWords,
  wordsOf,
} from './words';

/** Titles longer than this many words are findings. */
export const MAX_TITLE_WORDS = 10;
/** Bullets longer than this many words are findings. */
export const MAX_BULLET_WORDS = 20;
/** A stat label needs at least this many content words to say what is measured. */
export const MIN_STAT_LABEL_WORDS = 2;
/** Two bullets whose word sets overlap at least this much (Jaccard) say the same thing. */
const NEAR_DUPLICATE = 0.8;
/** A first bullet whose words overlap the title's this much repeats it. */
const TITLE_REPEAT = 0.7;
/** A quotation of at least this many words needs its speaker on the slide. */
const MIN_QUOTE_WORDS = 4;

/** "This year", "this week": a demonstrative before these dates, it does not point back. */
const TIME_NOUNS = new Set([
  'year',
  'years',
  'week',
  'weeks',
  'month',
  'months',
  'time',
  'morning',
  'afternoon',
  'evening',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'decade',
  'century',
  'quarter',
  'season',
  'weekend',
]);
const ADVERBIAL_ONCE = new Set(['least', 'only', 'than', 'just', 'all', 'more', 'twice', 'again']);
/** Subordinators that are prepositions too ("after the storm"). */
const PREPOSITION_TOO = /^(?:after|before|until|since)$/;
const SUBORDINATORS = new Set([
  'once',
  'because',
  'while',
  'when',
  'although',
  'though',
  'if',
  'unless',
  'whereas',
  'until',
  'after',
  'before',
  'since',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'these',
  'those',
  'our',
]);
const POSSESSIVE_END = /(?:'s|s')$/i;
const QUOTED = /["“”]([^"“”]+)["“”]/g;
const SPEECH_VERB =
  /\b(said|says|say|warned|warns|warn|argued|argues|argue|told|tells|claimed|claims|wrote|writes|according to)\b/i;
const PRONOUN_SPEAKER =
  /\b(he|she|they|it|we|i)\s+(said|says|say|warned|warns|argued|argues|told|tells|claimed|claims|insisted|insists|wrote|writes)\b/i;
const SPEAKER_PREFIX = /^([^:]{2,60}):\s/;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'into', 'across', 'near', 'on', 'over', 'for']);

type Push = (finding: Omit<Finding, 'slide'>) => void;

const itemElement = (item: ItemView): FindingElement =>
  item.index === undefined ? { kind: 'slide' } : { kind: 'item', index: item.index };
const where = (item: ItemView) => (item.index === undefined ? 'An item' : `Item ${item.index + 1}`);

/** The function word or dangling possessive a text ends on, if any. */
/** Verbs that are auxiliaries elsewhere but end a clause as its main verb after their subject ("it has"). */
const HAVE_OR_DO = new Set(['has', 'have', 'had', 'does', 'do', 'did']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'we', 'i', 'you', 'he', 'she', 'who', 'one']);
const PLAIN_ADVERBS = new Set([
  'already',
  'still',
  'now',
  'never',
  'always',
  'ever',
  'once',
  'really',
  'also',
]);

/** "the town it already has", "the say they once did": a clause that ends on its main verb after its subject. */
export function endsOnMainVerb(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  if (!HAVE_OR_DO.has(lower.at(-1) ?? '')) return false;
  const before = PLAIN_ADVERBS.has(lower.at(-2) ?? '') ? lower.at(-3) : lower.at(-2);
  return SUBJECT_PRONOUNS.has(before ?? '');
}

/** "where the jobs are", "as it is", "than they were": a clause whose verb of being ends it, complete. */
const BEING_ENDS_CLAUSE =
  /\b(?:where|what|who|as|than|wherever|whatever)\s+(?:[\p{L}'’-]+\s+){1,3}(?:is|are|was|were)[.!?]?$/iu;

/** True when a text ends on a verb of being that closes its clause ("… cannot go on as it is"). */
export function endsOnBeing(text: string): boolean {
  return BEING_ENDS_CLAUSE.test(text.trim());
}

export function danglingEnd(text: string): string | undefined {
  const words = wordsOf(text.replace(/[\s.,;:!?…)\]]+$/, ''));
  const last = words.at(-1);
  if (!last) return undefined;
  if (endsOnMainVerb(words) || endsOnBeing(text)) return undefined;
  const previous = (words.at(-2) ?? '').toLowerCase();
  // "at least once", "only once": adverbial, a complete phrase.
  if (last.toLowerCase() === 'once' && ADVERBIAL_ONCE.has(previous)) return undefined;
  // "The first cut comes in August, not May": capitalised after the first word, "May" is the month.
  if (last === 'May' && words.length > 1) return undefined;
  if (FUNCTION_WORDS.has(last.toLowerCase())) return last;
  // "… once the batteries": a subordinate clause cut after its subject.
  const lower = words.map((w) => w.toLowerCase());
  const at = lower.length - 3;
  // "The warning came after the water": after a verb in the past, "after", "before", "until" and "since" open
  // the phrase that says when, not a clause cut after its subject.
  const when =
    PREPOSITION_TOO.test(lower[at] ?? '') &&
    (/ed$/.test(lower[at - 1] ?? '') || IRREGULAR_PAST.test(lower[at - 1] ?? ''));
  if (at >= 1 && SUBORDINATORS.has(lower[at] ?? '') && DETERMINERS.has(lower[at + 1] ?? '') && !when)
    return `${words[at]} ${words.slice(at + 1).join(' ')}`;
  if (POSSESSIVE_END.test(last) && !/[.!?"”)]$/.test(text.trim())) return last;
  return undefined;
}

/** Drops function words from a text's end, when what is left still has three words; undefined otherwise. */
function trimDangling(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  while (words.length > 0 && FUNCTION_WORDS.has((words.at(-1) ?? '').toLowerCase().replace(/[,;:]$/, '')))
    words.pop();
  const trimmed = words.join(' ').replace(/[,;:]$/, '');
  return words.length >= 3 && trimmed !== text.trim() ? trimmed : undefined;
}

/** The first word of a text (or of its part after a colon) when it is a pronoun or demonstrative. */
export function pronounOpener(text: string, nameBefore: boolean): string | undefined {
  // After a short label ("Holt: it is …") the pronoun has nothing to point back to; after a clause ("officials
  // stress that hydropower uses no water: it flows …") it points into that clause.
  const pieces = text.split(/:\s+/);
  const labelled = [
    text,
    ...pieces.slice(1).filter((_, i) => wordsOf(pieces[i] ?? '').length <= MAX_LABEL_WORDS),
  ];
  // "Today they look like a model of reconciliation": a linking adverb before the pronoun resolves nothing.
  const parts = labelled.flatMap((part) =>
    LEAD_ADVERB.test(part.trim()) ? [part, part.trim().replace(LEAD_ADVERB, '')] : [part],
  );
  for (const part of parts) {
    const first = wordsOf(part)[0];
    if (!first) continue;
    const lower = first.toLowerCase();
    const next = (wordsOf(part)[1] ?? '').toLowerCase();
    if (DEMONSTRATIVES.has(lower) && TIME_NOUNS.has(next)) continue;
    // "It is time to tax the empties", "It is likely that …": an "it" that stands for what follows points nowhere.
    if (lower === 'it' && DUMMY_IT.test(part.trim())) continue;
    if (DEMONSTRATIVES.has(lower) && lower !== 'that' && lower !== 'such') return first;
    if (lower === 'that' && /^that\s+\p{Ll}+\s/u.test(part.trim()) === false) continue;
    if (PERSONAL_PRONOUNS.has(lower) && lower !== 'we' && lower !== 'our' && !nameBefore) return first;
  }
  return undefined;
}

/** An "it" that anticipates its clause: "It is time to …", "It is likely that …", "It will take years to …". */
const DUMMY_IT =
  /^it(?:'s|’s| is| was| will be| would be| has been)\s+(?:(?:high |about |now |still )?time\s+(?:to|for)\b|(?:not |no longer |now |still |far |much |more |less |very )?(?:likely|unlikely|clear|unclear|possible|impossible|hard|easy|difficult|important|necessary|vital|essential|true|fair|worth|right|wrong|tempting|striking|notable|surprising|obvious|doubtful|uncertain|cheaper|better|safer)\s+(?:to|that|whether)\b)|^it (?:takes|took|will take|would take|could take)\s/iu;

/** A time or linking adverb that may open a sentence before its subject ("Today they …", "Since then, it …"). */
const LEAD_ADVERB =
  /^(?:today|now|then|yet|still|later|meanwhile|instead|since then|these days|nowadays|but|and|so|or),?\s+/i;

/** A label before a colon is a name or a few words; longer, it is a clause. */
const MAX_LABEL_WORDS = 4;
const ACCORDING_TO_NAME = /\baccording to (?:the )?\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}/u;

/**
 * Whether a text names a person or organisation: a capitalised word not after a place preposition ("in Ankara").
 * The first word counts only when it is plainly a name (an acronym, a possessive, or followed by another
 * capitalised word or a speech verb), since every sentence starts with a capital — or, with `firstCounts`, always
 * (a title's first word is usually its subject: "Khamenei urged …").
 */
export function hasName(text: string, firstCounts = false): boolean {
  const words = wordsOf(text);
  return words.some((w, i) => {
    if (!isNameWord(w)) return false;
    if (i > 0) return !PLACE_PREPOSITIONS.has((words[i - 1] ?? '').toLowerCase());
    if (firstCounts) return true;
    // "Some say", "Many argue": a quantifier before a verb of saying names no one.
    if (VAGUE_GROUP.test(w)) return false;
    const next = words[1] ?? '';
    return ACRONYM.test(w) || /'s$/.test(w) || isNameWord(next) || SPEECH_VERB.test(next);
  });
}

/** "Next year's pay claims are opening bids": "claims" as a noun (after a determiner or noun, before a verb). */
function claimsAsNoun(text: string, match: RegExpExecArray): boolean {
  if (!/^claims?$/i.test(match[0])) return false;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  return (
    // "131 was paid out in claims and costs": after a preposition, or joined to another noun, it is a noun too.
    /(?:\b(?:the|these|those|their|its|his|her|our|such|pay|wage|insurance|legal|territorial|in|on|of|for|from|by|with|and)|['’]s)\s+$/i.test(
      before,
    ) || /^\s+(?:are|were|is|was|have|had|will|would|of|for|against|and)\b/i.test(after)
  );
}

/**
 * "declined to say whether …", "more mixed than often claimed": a saying refused, or a comparison with what is
 * commonly said, carries no one's opinion.
 */
function noSaying(text: string, match: RegExpExecArray): boolean {
  const before = text.slice(0, match.index);
  // "Shareholders will have their own say": the noun.
  if (/^say$/i.test(match[0]) && /\b(?:own|a|the|their|his|her|its|our|final|no|any)\s+$/i.test(before))
    return true;
  return (
    /\b(?:declined|refused|would not|wouldn't|did not|didn't|could not|couldn't)\s+(?:to\s+)?$/i.test(
      before,
    ) ||
    /\bthan\s+(?:is\s+|was\s+|are\s+)?(?:often\s+|commonly\s+|widely\s+|usually\s+|generally\s+)?$/i.test(
      before,
    )
  );
}

/** Whether a text (or the slide title) names the speaker of the quote or opinion it carries. */
export function missingSpeaker(text: string, title: string | undefined): string | undefined {
  const outside = text.replace(QUOTED, ' ');
  const quotes = [...text.matchAll(QUOTED)]
    .map((m) => m[1] ?? '')
    .filter((q) => wordsOf(q).length >= MIN_QUOTE_WORDS);
  const pronoun = PRONOUN_SPEAKER.exec(outside);
  const found = SPEECH_VERB.exec(outside);
  const opinion = found && !claimsAsNoun(outside, found) && !noSaying(outside, found) ? found : null;
  if (quotes.length === 0 && !opinion) return undefined;
  const titleNames = title !== undefined && hasName(title, true);
  const prefix = SPEAKER_PREFIX.exec(text)?.[1];
  if (prefix !== undefined && hasName(`${prefix} said`)) return undefined;
  if (pronoun) {
    const rest = outside.replace(pronoun[0], ' ');
    // "…, she said": the title cannot say who "she" is; the item itself must name her.
    return hasName(rest) ? undefined : `"${pronoun[0]}" names no one`;
  }
  if (hasName(outside) || titleNames || ACCORDING_TO_NAME.test(outside) || groupSpeaker(outside))
    return undefined;
  return quotes.length > 0
    ? `the quote "${quotes[0]}" has no speaker on the slide`
    : `"${opinion?.[0]}" has no named speaker on the slide`;
}

/** Title rules: dangling end, pronoun opener, length. */
export function checkTitle(view: SlideView, push: Push): void {
  const title = view.title;
  if (!title) return;
  const element: FindingElement = { kind: 'title' };
  const end = danglingEnd(title);
  if (end) {
    const trimmed = trimDangling(title);
    push({
      code: 'dangling-end',
      message: `The title ends on "${end}": it stops mid-phrase`,
      element,
      fix: trimmed
        ? { label: `Drop "${end}"`, kind: 'replace-text', target: 'title', text: trimmed }
        : undefined,
    });
  }
  const pronoun = view.layout === 'title' ? undefined : pronounOpener(title, false);
  if (pronoun)
    push({
      code: 'unresolved-pronoun',
      message: `The title opens on "${pronoun}" with nothing to point back to`,
      element,
    });
  const count = wordsOf(title).length;
  if (count > MAX_TITLE_WORDS && view.layout !== 'title' && view.layout !== 'sources') {
    const short = shortened(view.titleText ?? title, MAX_TITLE_WORDS);
    push({
      code: 'long-title',
      message: `The title has ${count} words (at most ${MAX_TITLE_WORDS})`,
      element,
      fix: short ? { label: 'Shorten', kind: 'replace-text', target: 'title', text: short } : undefined,
    });
  }
  const missing = view.layout === 'title' ? undefined : missingSpeaker(title, undefined);
  if (missing)
    push({ code: 'unattributed-quote', message: `The title carries an opinion: ${missing}`, element });
}

const LABELLED: ReadonlySet<string> = new Set(['stat', 'timeline', 'actors']);

/** Item rules: endings of labels, pronoun openers, length, quotes, stat labels. */
export function checkItems(view: SlideView, push: Push): void {
  const titleNames = view.title !== undefined && hasName(view.title, true);
  const labelled = LABELLED.has(view.layout);
  const all = [...view.items, ...view.laterItems];
  all.forEach((item, position) => {
    const element = itemElement(item);
    if (labelled) {
      for (const segment of item.segments) {
        const end = danglingEnd(segment);
        if (end) {
          push({
            code: 'dangling-end',
            message: `${where(item)} ends a label on "${end}": it stops mid-phrase`,
            element,
          });
          break;
        }
      }
    }
    const standAlone = labelled ? item.level === 0 : position === 0 && item.index === 0;
    if (standAlone) {
      const opening = labelled ? (item.segments[0] ?? '') : item.plain;
      const pronoun = pronounOpener(opening, !labelled && titleNames);
      if (pronoun && !(view.layout === 'actors' && item.lead))
        push({
          code: 'unresolved-pronoun',
          message: `${where(item)} opens on "${pronoun}", which nothing on the slide resolves`,
          element,
        });
    }
    if (view.layout !== 'sources' && view.layout !== 'title') {
      const count = wordsOf(item.plain).length;
      if (count > MAX_BULLET_WORDS) {
        const short =
          labelled || item.index === undefined ? undefined : shortened(item.text, MAX_BULLET_WORDS);
        push({
          code: 'long-bullet',
          message: `${where(item)} has ${count} words (at most ${MAX_BULLET_WORDS})`,
          element,
          fix: short
            ? { label: 'Shorten', kind: 'replace-text', target: 'item', index: item.index, text: short }
            : undefined,
        });
      }
      const missing = missingSpeaker(item.plain, view.title);
      if (missing) push({ code: 'unattributed-quote', message: `${where(item)}: ${missing}`, element });
    }
    if (view.layout === 'stat' && item.level === 0) {
      const label = item.segments[0] ?? '';
      const content = contentWords(wordsOf(label));
      if (content.length < MIN_STAT_LABEL_WORDS)
        push({
          code: 'vague-stat-label',
          message: `${where(item)}: the label "${label}" does not say what the figure measures`,
          element,
        });
    }
  });
}

/** Duplicate bullets on the slide, and a first bullet that repeats the title. */
export function checkDuplicates(view: SlideView, push: Push): void {
  const seen: { words: string[]; item: ItemView }[] = [];
  for (const item of view.items) {
    const words = normalWords(item.plain);
    if (words.length === 0) continue;
    const twin = seen.find(
      (s) =>
        s.words.join(' ') === words.join(' ') ||
        (Math.min(s.words.length, words.length) >= 3 && jaccard(s.words, words) >= NEAR_DUPLICATE),
    );
    if (twin && item.index !== undefined)
      push({
        code: 'duplicate-bullet',
        message: `Item ${item.index + 1} repeats item ${(twin.item.index ?? 0) + 1}`,
        element: { kind: 'item', index: item.index },
        fix: { label: 'Drop duplicate', kind: 'drop-item', index: item.index },
      });
    seen.push({ words, item });
  }
  const first = view.items[0];
  if (!view.title || !first || view.layout === 'title' || view.layout === 'sources') return;
  const titleWords = normalWords(view.title);
  const firstWords = normalWords(first.plain);
  const same = titleWords.join(' ') === firstWords.join(' ');
  const near = titleWords.length >= 3 && jaccard(titleWords, firstWords) >= TITLE_REPEAT;
  const startsWith =
    titleWords.length >= 4 && firstWords.slice(0, titleWords.length).join(' ') === titleWords.join(' ');
  if (same || near || startsWith)
    push({
      code: 'title-repeat',
      message: 'The first item repeats the title',
      element: { kind: 'item', index: 0 },
      fix: { label: 'Drop repeated item', kind: 'drop-item', index: 0 },
    });
}
