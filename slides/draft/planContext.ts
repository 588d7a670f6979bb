/**
 * What every section builder of a briefing plan shares: the article and its analysis, the sentences already on a
 * slide, the titles already given, and the memoised compression that turns sentences into bullets and titles.
 */
import type { ImportedArticle } from '../import/types';
import type { Analysis, AnalyzedSentence } from '../analyze/types';
import { looksNonEnglish } from '../import/language';
import { lexiconFromTokens, type Lexicon } from './clauses';
import { compressSentence, titleClause, type CompressOptions } from './compress';
import { fallbackTitle, MAX_TITLE_WORDS, uniqueTitle, wordCount } from './titles';
import { leadingClause, mainClause, wellShaped } from './titleShape';
import { TEMPLATES } from './templates';
import type { DraftItem, PlannedSlide } from './types';

const SECTION_PREFIX = /^[^|]{1,30}\s[|–—:]\s+/;
/** Titles state their point in about this many words. */
export const TITLE_WORDS = 10;
/** A bullet longer than this costs its sentence a place when a shorter one supports the point as well. */
export const LONG_BULLET_WORDS = 22;
const LONG_BULLET_PENALTY = 0.3;
const FINAL_STOP = /[.!?]+["”»]?$|\.$/;
/** A whole-sentence bullet this long costs as much salience as the top sentence has. */
const LONG_SENTENCE_CHARS = 400;
const SAY_WORDS = 28;
const SAY_SENTENCES = 3;

/** The headline without a section label ("Perspectives | …"). */
export function cleanHeadline(title: string): string {
  return title.replace(SECTION_PREFIX, '').trim();
}

/** Sentences in reading order. */
export function inReadingOrder(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[] {
  return [...sentences].sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);
}

/** Options for a bullet made from one sentence. */
export interface BulletOptions {
  maxWords?: number;
  keepConcession?: boolean;
}

/** Shared state and helpers of one plan; section builders read and record through it. */
export class PlanContext {
  /** Refs of the sentences already a bullet on some slide. */
  readonly used = new Set<string>();
  /** Refs of the sentences whose figures a stat slide shows (a number, not the argument around it). */
  readonly onStats = new Set<string>();
  readonly byRef: Map<string, AnalyzedSentence>;
  /** The compression rules read English; other languages keep whole sentences, the shorter preferred. */
  readonly english: boolean;
  private readonly lexicons = new Map<string, Lexicon>();
  private readonly compressed = new Map<string, string>();
  /** Titles given so far (lower case): no two slides share one. */
  private readonly titles = new Set<string>();

  constructor(
    readonly article: ImportedArticle,
    readonly analysis: Analysis,
  ) {
    this.byRef = new Map(analysis.sentences.map((s) => [s.ref, s]));
    this.english = !looksNonEnglish(article.paragraphs.join('\n'));
  }

  /** The sentences of some refs that exist, in the order given. */
  sentencesOf(refs: readonly string[]): AnalyzedSentence[] {
    return refs.map((r) => this.byRef.get(r)).filter((s): s is AnalyzedSentence => !!s);
  }

  /** The sentence's parts of speech, from the analysis's tokens (no second read of the model). */
  lex(s: AnalyzedSentence): Lexicon {
    let lexicon = this.lexicons.get(s.ref);
    if (!lexicon) this.lexicons.set(s.ref, (lexicon = lexiconFromTokens(s.tokens)));
    return lexicon;
  }

  /** A sentence compressed by the rules, memoised per draft (bullets, notes and actors ask for the same ones). */
  compress(s: AnalyzedSentence, opts: Omit<CompressOptions, 'lexicon'> = {}): string {
    const key = `${s.ref}|${opts.maxWords ?? ''}|${opts.keepConcession ? 1 : 0}|${(opts.keep ?? []).join('|')}`;
    let text = this.compressed.get(key);
    if (text === undefined) {
      text = this.english
        ? compressSentence(s.text, { ...opts, lexicon: this.lex(s) })
        : s.text.replace(FINAL_STOP, '');
      this.compressed.set(key, text);
    }
    return text;
  }

  /** How much a sentence is worth as evidence: salience, and brevity of the bullet it makes. */
  evidenceValue(s: AnalyzedSentence): number {
    if (!this.english) return s.salience - s.text.length / LONG_SENTENCE_CHARS;
    return s.salience - (this.longBullet(s) ? LONG_BULLET_PENALTY : 0);
  }

  /** True when the sentence's bullet runs past {@link LONG_BULLET_WORDS} even compressed. */
  longBullet(s: AnalyzedSentence): boolean {
    return this.english && wordCount(this.bulletText(s)) > LONG_BULLET_WORDS;
  }

  /**
   * A sentence's bullet, keeping its figures; when keeping them all leaves it long, the shortest bullet that
   * keeps one of them (the notes quote the whole sentence).
   */
  bulletText(s: AnalyzedSentence, opts: BulletOptions = {}): string {
    const figures = this.figureTexts(s);
    const full = this.compress(s, { ...opts, keep: figures });
    if (figures.length < 2 || wordCount(full) <= LONG_BULLET_WORDS) return full;
    return figures
      .map((f) => this.compress(s, { ...opts, keep: [f] }))
      .reduce((best, t) => (wordCount(t) < wordCount(best) ? t : best), full);
  }

  /** A bullet from a sentence, which is then taken: no later slide shows it. */
  item(s: AnalyzedSentence, opts: BulletOptions = {}): DraftItem {
    this.used.add(s.ref);
    return { text: this.bulletText(s, opts), refs: [s.ref] };
  }

  /** The texts of a sentence's figures. */
  figureTexts(s: AnalyzedSentence): string[] {
    if (s.figures.length === 0) return [];
    return s.figures.map((i) => this.analysis.figures[i]?.text ?? '').filter(Boolean);
  }

  /** A planned slide whose notes say the framing for its kind and the gist of its sentences. */
  slide(
    kind: PlannedSlide['kind'],
    layout: PlannedSlide['layout'],
    title: string,
    sentences: AnalyzedSentence[],
    items: DraftItem[],
  ): PlannedSlide {
    const sayKind = kind === 'bottom-line' ? 'bottomLine' : kind;
    const composed = sentences
      .slice(0, SAY_SENTENCES)
      .map((s) => `${this.compress(s, { maxWords: SAY_WORDS })}.`);
    return {
      kind,
      layout,
      title,
      items,
      say: [TEMPLATES.say[sayKind], ...composed],
      sources: sentences.map((s) => s.ref),
    };
  }

  /**
   * A sentence's point as a short complete clause, its leading participial or subordinate clause dropped first
   * ("Buoyed by X, Azerbaijan sees …" is titled from "Azerbaijan sees …").
   */
  clauseTitle(s: AnalyzedSentence, maxWords: number, keep: readonly string[] = []): string | undefined {
    const lexicon = this.lex(s);
    const text = this.english ? mainClause(s.text, lexicon) : s.text;
    return titleClause(text, maxWords, keep, lexicon);
  }

  /** True when no slide has this title yet. */
  isFree(title: string): boolean {
    return !this.titles.has(title.toLowerCase());
  }

  /** Records a title as taken (made unique first). */
  claim(title: string): string {
    const unique = uniqueTitle(title, this.titles);
    this.titles.add(unique.toLowerCase());
    return unique;
  }

  /**
   * The first sentence (in the order given) that yields a complete short clause no other slide has as its title,
   * or else compresses to a short bullet, or else opens with one (subject, verb, object); failing that, the
   * slide's label and a sentence's subject ("What to watch: Iran's calls"). Every title opens on its subject and
   * strands no complement of its source sentence (see titleShape.ts).
   */
  pointTitle(
    kind: PlannedSlide['kind'],
    sentences: readonly (AnalyzedSentence | undefined)[],
    keep?: (s: AnalyzedSentence) => string[],
  ): string {
    const present = sentences.filter((s): s is AnalyzedSentence => !!s);
    const fits = (title: string | undefined, s: AnalyzedSentence): title is string =>
      !!title && this.isFree(title) && wellShaped(title, s.text, this.lex(s));
    for (const s of present) {
      const title = this.clauseTitle(s, TITLE_WORDS, keep?.(s) ?? []);
      if (fits(title, s)) return this.claim(title);
    }
    for (const s of present) {
      const bullet = this.compress(s, { maxWords: TITLE_WORDS });
      if (wordCount(bullet) <= MAX_TITLE_WORDS && fits(bullet, s)) return this.claim(bullet);
    }
    for (const limit of this.english ? [TITLE_WORDS, MAX_TITLE_WORDS] : []) {
      for (const s of present) {
        const lexicon = this.lex(s);
        for (const text of [this.compress(s), s.text]) {
          const clause = leadingClause(mainClause(text, lexicon), s.text, lexicon, limit);
          if (fits(clause, s)) return this.claim(clause);
        }
      }
    }
    const subjects = present.map((s) => ({ text: this.compress(s), lexicon: this.lex(s) }));
    const names = present.flatMap((s) => s.entities);
    const byCount = [...new Set(names)].sort(
      (a, b) => names.filter((n) => n === b).length - names.filter((n) => n === a).length,
    );
    return this.claim(fallbackTitle(TEMPLATES.labels[kind], subjects, this.titles, byCount));
  }
}
