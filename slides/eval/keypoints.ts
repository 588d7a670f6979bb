/**
 * Key-point files for the drafting evaluation (`npm run eval:draft`), and the scorer that grades a drafted deck
 * against one. Pure: the caller reads the files and passes their text in.
 *
 * Matching rules, shared by points, figures and the fairness checks:
 * - Text and terms are compared case-insensitively, with accents folded, curly quotes straightened, hyphens and
 *   dashes read as spaces, and thousands separators dropped from numbers ("1,200" is "1200").
 * - A term matches at word boundaries. Each word of a term also matches its simple inflections: "sanction"
 *   matches "sanctions" and "sanctioned", "ease" matches "eased" and "easing", "economy" matches "economies".
 *   A term ending in `*` matches any continuation of its last word ("inflat*" matches "inflationary").
 *   Words of three letters or fewer only take plural and possessive endings; numbers never take any.
 */
import { escapeRegExp } from '../regexp';
import { z } from 'zod';

/** Where a key point must appear for the draft to cover it. */
export const WHERE = ['slides', 'notes', 'either'] as const;
export type Where = (typeof WHERE)[number];

/** The shape of article a key-point file describes. */
export const ARTICLE_KINDS = [
  'econ',
  'oped',
  'news',
  'report',
  'pasted',
  'non-english',
  'commentary',
  'feature',
  'science',
  'interview',
  'chronology',
  'blog',
  'essay',
] as const;

/**
 * What the engine should do with the article: `draft` (a full draft is expected) or `draft-or-clear-message`
 * (a sensible draft or a clear one-line refusal both pass, as for a non-English article).
 */
export const EXPECTATIONS = ['draft', 'draft-or-clear-message'] as const;

const term = z.string().trim().min(1, 'a match term cannot be empty');

/** A point a good briefer must cover. */
export const keyPointSchema = z.object({
  /** Short stable id, unique in the file, e.g. `thesis`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase words joined by hyphens'),
  /** The point in plain words, for people reading the report. */
  description: z.string().min(1),
  /**
   * Term groups. The point is covered by one slide (or one slide's notes) when every group has at least one of
   * its terms present in that text. List several synonyms per group so paraphrases still count.
   */
  match: z.array(z.array(term).min(1)).min(1),
  /** Where the point must appear. Defaults to `either`. */
  where: z.enum(WHERE).default('either'),
});

/** A key figure of the article. */
export const keyFigureSchema = z.object({
  /** The figure as the article gives it, e.g. `4.2%` or `$38 billion`. */
  value: z.string().min(1),
  /** Alternative terms; the figure is recalled when any one appears in a slide or its notes. */
  match: z.array(term).min(1),
  /** What the figure measures (and who says so), for people reading the report. */
  measures: z.string().min(1),
});

/** A quotation or opinion of the article and who said it: wherever a draft carries the quote, it names them. */
export const keySpeakerSchema = z.object({
  /** A fragment of the quote as the article words it, e.g. `We cannot staff a unit safely`. */
  quote: z.string().trim().min(1),
  /** The speaker as a draft should name them; a slide or notes naming the speaker's last word counts. */
  speaker: z.string().trim().min(1),
});

/** An event the article dates: a timeline item reporting it must carry that date. */
export const keyEventSchema = z.object({
  /** A fragment of the sentence reporting the event, e.g. `bought the 90-bed hospital in 2019`. */
  event: z.string().trim().min(1),
  /** The event's date: ISO (`2024-02-20`, `2024-02`, `2019`) or as the article writes it (`November 1`). */
  date: z.string().trim().min(1),
});

/** A whole `keypoints.json` file. */
export const keyPointsSchema = z
  .object({
    title: z.string().min(1),
    kind: z.enum(ARTICLE_KINDS),
    expect: z.enum(EXPECTATIONS).default('draft'),
    points: z.array(keyPointSchema).min(1),
    figures: z.array(keyFigureSchema).default([]),
    /** Strings from the page's furniture that must appear in neither slides nor notes. */
    boilerplate: z.array(term).default([]),
    /** Quotes and opinions with their speakers. */
    speakers: z.array(keySpeakerSchema).default([]),
    /** Dated events. */
    events: z.array(keyEventSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.points.forEach((point, index) => {
      if (seen.has(point.id))
        ctx.addIssue({
          code: 'custom',
          path: ['points', index, 'id'],
          message: `duplicate id "${point.id}"`,
        });
      seen.add(point.id);
    });
  });

export type KeyPoint = z.infer<typeof keyPointSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
export type KeyPoints = z.infer<typeof keyPointsSchema>;
export type KeySpeaker = z.infer<typeof keySpeakerSchema>;
export type KeyEvent = z.infer<typeof keyEventSchema>;

/**
 * Parses and validates a key-point file's text (or already-parsed JSON).
 * @param name the file's name, used in the error message.
 * @throws Error with a one-line reason naming the file and the first offending field.
 */
export function parseKeyPoints(source: string | unknown, name = 'keypoints.json'): KeyPoints {
  let data: unknown = source;
  if (typeof source === 'string') {
    try {
      data = JSON.parse(source);
    } catch (error) {
      throw new Error(`${name}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
  }
  const result = keyPointsSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'file';
    throw new Error(`${name}: ${where}: ${issue?.message ?? 'invalid key-point file'}`);
  }
  return result.data;
}

const DIACRITICS = /[\u0300-\u036f]/g;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const DASHES = /[-\u2010-\u2015\u2212]/g;
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;
const SPACES = /\s+/g;
const HAS_DIGIT = /\d/;
const VOWEL = /[aeiou]/;
const STEM_SUFFIXES = ['ies', 'ing', 'ed', 'es', 's', 'e', 'y'] as const;
const WORD_ENDINGS = "(?:'s|s'|s|es|e|ed|d|ing|er|ers|y|ys|ies|ied|ly|ation|ations)?";
const UNSTRIPPABLE_S = /[su]s$/;
const SHORT_WORD_ENDINGS = "(?:'s|s|es)?";
const PREFIX_MARK = /\*$/;

/** Lowercases, folds accents, apostrophes and dashes, drops thousands separators and collapses spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(CURLY_APOSTROPHES, "'")
    .replace(DASHES, ' ')
    .replace(THOUSANDS, '$1')
    .replace(SPACES, ' ')
    .trim();
}

function stem(word: string): string {
  for (const suffix of STEM_SUFFIXES) {
    const base = word.slice(0, -suffix.length);
    if (
      word.endsWith(suffix) &&
      base.length >= 3 &&
      VOWEL.test(base) &&
      !(suffix === 's' && UNSTRIPPABLE_S.test(word))
    )
      return base;
  }
  return word;
}

function wordPattern(word: string, isLast: boolean, prefix: boolean): string {
  if (HAS_DIGIT.test(word)) return escapeRegExp(word);
  if (isLast && prefix) return `${escapeRegExp(word)}[\\p{L}\\p{N}']*`;
  if (word.length <= 3) return escapeRegExp(word) + SHORT_WORD_ENDINGS;
  const base = stem(word);
  const last = base.at(-1) ?? '';
  const doubled = VOWEL.test(last) ? '' : `${escapeRegExp(last)}?`;
  return escapeRegExp(base) + doubled + WORD_ENDINGS;
}

const patternCache = new Map<string, RegExp>();

/** The compiled pattern for one match term (see the module comment for the rules). */
export function termPattern(rawTerm: string): RegExp {
  const cached = patternCache.get(rawTerm);
  if (cached) return cached;
  const prefix = PREFIX_MARK.test(rawTerm.trim());
  const words = normalise(rawTerm.trim().replace(PREFIX_MARK, '')).split(' ');
  const body = words.map((word, index) => wordPattern(word, index === words.length - 1, prefix)).join(' ');
  // A number may carry a unit glued after it ("4.2bn", "9m"); a word may not run on into another word.
  const end = HAS_DIGIT.test(words.at(-1) ?? '') ? '(?!\\p{N}|\\.\\d)' : '(?![\\p{L}\\p{N}]|\\.\\d)';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}]|\\d\\.)${body}${end}`, 'u');
  patternCache.set(rawTerm, pattern);
  return pattern;
}

/** Whether one match term occurs in a text that has already been through `normalise`. */
export function termIn(rawTerm: string, normalisedText: string): boolean {
  return termPattern(rawTerm).test(normalisedText);
}

/** Whether every term group has at least one term present in the (normalised) text. */
export function groupsCovered(groups: readonly (readonly string[])[], normalisedText: string): boolean {
  return groups.every((group) => group.some((t) => termIn(t, normalisedText)));
}

const NUMBER_TOKEN = /(?<![\p{L}\d.,])\d+(?:,\d{3})*(?:\.\d+)?/gu;
const LIST_MARKER = /^\s*(?:[-*+]\s+)?\d+[.)](?=\s)/gm;
const SLIDE_COUNTER = /\bslides?\s+\d+(?:\s*(?:\/|of)\s*\d+)?/gi;
const PARAGRAPH_REFERENCE = /(?:¶|\bparagraphs?\b|\bparas?\b\.?)\s*\d+(?:\s*(?:[-–,]|and)\s*\d+)*/gi;
const BRACKET_REFERENCE = /\[(?:p\.?\s*)?\d+(?:\.\d+)?(?:\s*[-–,]\s*\d+(?:\.\d+)?)*\]/g;
/** A web address: its digits name a page, and state nothing; its slug is no furniture the page showed. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;
const COMMAS = /,/g;
const TRAILING_ZEROS = /(\.\d*?)0+$/;
const BARE_POINT = /\.$/;

function canonicalNumber(token: string): string {
  const plain = token.replace(COMMAS, '');
  return plain.includes('.') ? plain.replace(TRAILING_ZEROS, '$1').replace(BARE_POINT, '') : plain;
}

/**
 * The number tokens of a text, canonicalised ("1,200" → "1200", "4.20%" → "4.2"). Tokens glued to letters
 * (`p4.s2` references, "G20") are not numbers; neither are list markers, "slide 3 of 12" counters and paragraph
 * references ("¶ 4", "paragraph 12", "paras 3-4", "[4]", "[p4, 5]"), nor a web address's digits.
 */
export function findNumbers(text: string): string[] {
  const cleaned = text
    .replace(WEB_ADDRESS, ' ')
    .replace(LIST_MARKER, ' ')
    .replace(SLIDE_COUNTER, ' ')
    .replace(PARAGRAPH_REFERENCE, ' ')
    .replace(BRACKET_REFERENCE, ' ');
  return [...cleaned.matchAll(NUMBER_TOKEN)].map((match) => canonicalNumber(match[0]));
}

/** What `scoreDraft` grades: each slide's visible text and each slide's notes, plus the article's plain text. */
export interface DraftText {
  slidesText: string[];
  notesText: string[];
  articleText: string;
}

/** A draft's score against a key-point file. Fractions are in [0, 1]; an empty list scores 1. */
export interface DraftScore {
  /** Points covered by some slide's text, over all points. */
  coverageSlides: number;
  /** Points covered by some slide's notes, over all points. */
  coverageNotes: number;
  /** Points covered by some slide or some notes, over all points. */
  coverageEither: number;
  /** Points covered where their `where` asks for them, over all points: the headline figure. */
  coverage: number;
  /** Ids of the points not covered where their `where` asks for them. */
  missed: string[];
  /** Figures recalled in slides or notes, over all figures. */
  figureRecall: number;
  /** `value`s of the figures not recalled. */
  missedFigures: string[];
  /** Boilerplate strings found in slides or notes. */
  boilerplateLeaks: string[];
  /** Distinct numbers in slides or notes that the article does not contain, in order of first appearance. */
  numbersNotInSource: string[];
}

const fraction = (count: number, total: number) => (total === 0 ? 1 : count / total);

/** Scores a drafted deck's text against a key-point file. */
export function scoreDraft(input: DraftText, keyPoints: KeyPoints): DraftScore {
  const slides = input.slidesText.map(normalise);
  const notes = input.notesText.map(normalise);
  const all = [...slides, ...notes];
  const inSlides = (p: KeyPoint) => slides.some((text) => groupsCovered(p.match, text));
  const inNotes = (p: KeyPoint) => notes.some((text) => groupsCovered(p.match, text));
  const found = keyPoints.points.map((point) => {
    const slide = inSlides(point);
    const note = inNotes(point);
    const ok = point.where === 'slides' ? slide : point.where === 'notes' ? note : slide || note;
    return { id: point.id, slide, note, ok };
  });
  const total = found.length;
  const missedFigures = keyPoints.figures
    .filter((figure) => !all.some((text) => figure.match.some((t) => termIn(t, text))))
    .map((figure) => figure.value);
  const articleNumbers = new Set(findNumbers(input.articleText));
  const deckNumbers = [...input.slidesText, ...input.notesText].flatMap(findNumbers);
  return {
    coverageSlides: fraction(found.filter((f) => f.slide).length, total),
    coverageNotes: fraction(found.filter((f) => f.note).length, total),
    coverageEither: fraction(found.filter((f) => f.slide || f.note).length, total),
    coverage: fraction(found.filter((f) => f.ok).length, total),
    missed: found.filter((f) => !f.ok).map((f) => f.id),
    figureRecall: fraction(keyPoints.figures.length - missedFigures.length, keyPoints.figures.length),
    missedFigures,
    // A web address the Sources slide cites is no page furniture, though its slug may spell a breadcrumb's words.
    boilerplateLeaks: keyPoints.boilerplate.filter((line) => {
      const needle = normalise(line);
      return [...input.slidesText, ...input.notesText].some((text) =>
        normalise(text.replace(WEB_ADDRESS, ' ')).includes(needle),
      );
    }),
    numbersNotInSource: [...new Set(deckNumbers.filter((n) => !articleNumbers.has(n)))],
  };
}

/**
 * Checks a key-point file is fair to its article: every figure term and, for every point, some term of each
 * group occurs in the article's plain text. Returns one line per problem (empty when fair).
 */
export function unfairKeyPoints(keyPoints: KeyPoints, articleText: string): string[] {
  const article = normalise(articleText);
  const problems: string[] = [];
  for (const point of keyPoints.points) {
    point.match.forEach((group, index) => {
      if (!group.some((t) => termIn(t, article)))
        problems.push(
          `point ${point.id}: no term of group ${index + 1} (${group.join(', ')}) is in the article`,
        );
    });
  }
  for (const figure of keyPoints.figures) {
    for (const t of figure.match)
      if (!termIn(t, article)) problems.push(`figure ${figure.value}: "${t}" is not in the article`);
  }
  return problems;
}
