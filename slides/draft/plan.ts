import type { ImportedArticle } from '../import/types';
import type { Analysis, AnalyzedSentence, Entity } from '../analyze/types';
import { looksNonEnglish } from '../import/language';
import { lexiconFromTokens, type Lexicon } from './clauses';
import { compressSentence, titleClause, type CompressOptions } from './compress';
import { argumentUnits, figureRank, judgmentCount, keyFigures, leadSentence, statMeasure } from './select';
import {
  fallbackTitle,
  headlineThesis,
  MAX_TITLE_WORDS,
  THESIS_WORDS,
  uniqueTitle,
  wordCount,
} from './titles';
import { carryRemainingFigures, pickSentences, pickUnits } from './coverage';
import { TEMPLATES } from './templates';
import type { DraftItem, PlannedSlide } from './types';

const SECTION_PREFIX = /^[^|]{1,30}\s[|–—:]\s+/;
const MAX_BULLETS = 4;
const MAX_FIGURES = 4;
const MAX_ACTORS = 6;
const MAX_EVENTS = 6;
const MAX_POSITION_CANDIDATES = 12;
const DATE_LEAD = /^(?:on|in|by|since|during)\s+/i;
const TITLE_WORDS = 10;
/** A bullet longer than this costs its sentence a place when a shorter one supports the point as well. */
const LONG_BULLET_WORDS = 22;
const LONG_BULLET_PENALTY = 0.3;
/** A judgment keeps its long evidence unless this many shorter sentences support it. */
const MIN_EVIDENCE = 2;
/** What the article expects next: outlook sentences in its last part say so. */
const FORWARD_CUE =
  /\b(?:will|expects?|expected|expectations?|likely|future|next year|forecasts?|is set to|are set to|outlook)\b/i;
/** The outlook looks for forward-looking sentences past this share of the paragraphs. */
const LATE_SHARE = 2 / 3;
const FORWARD_BONUS = 0.2;
const FINAL_STOP = /[.!?]+["”»]?$|\.$/;
/** A whole-sentence bullet this long costs as much salience as the top sentence has. */
const LONG_SENTENCE_CHARS = 400;
const TIMELINE_POINT_WORDS = 8;
const TITLE_SLACK = 2;
const MAX_STAT_SLIDES = 3;
/** Up to this length a briefing has 8–14 slides, so stat slides leave room for the judgments. */
const LONG_ARTICLE_WORDS = 2000;

/** The headline without a section label ("Perspectives | …"). */
export function cleanHeadline(title: string): string {
  return title.replace(SECTION_PREFIX, '').trim();
}

/** Builds the briefing plan for an analysed article. */
export class BriefingPlanner {
  private readonly used = new Set<string>();
  private readonly byRef: Map<string, AnalyzedSentence>;
  private readonly lexicons = new Map<string, Lexicon>();
  private readonly compressed = new Map<string, string>();
  /** Titles given so far (lower case): no two slides share one. */
  private readonly titles = new Set<string>();
  /** The compression rules read English; other languages keep whole sentences, the shorter preferred. */
  private readonly english: boolean;

  constructor(
    private readonly article: ImportedArticle,
    private readonly analysis: Analysis,
  ) {
    this.byRef = new Map(analysis.sentences.map((s) => [s.ref, s]));
    this.english = !looksNonEnglish(article.paragraphs.join('\n'));
  }

  /** The sentence's parts of speech, from the analysis's tokens (no second read of the model). */
  private lex(s: AnalyzedSentence): Lexicon {
    let lexicon = this.lexicons.get(s.ref);
    if (!lexicon) this.lexicons.set(s.ref, (lexicon = lexiconFromTokens(s.tokens)));
    return lexicon;
  }

  /** A sentence compressed by the rules, memoised per draft (bullets, notes and actors ask for the same ones). */
  private compress(s: AnalyzedSentence, opts: Omit<CompressOptions, 'lexicon'> = {}): string {
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
  private evidenceValue(s: AnalyzedSentence): number {
    if (!this.english) return s.salience - s.text.length / LONG_SENTENCE_CHARS;
    return s.salience - (this.longBullet(s) ? LONG_BULLET_PENALTY : 0);
  }

  /** True when the sentence's bullet runs past {@link LONG_BULLET_WORDS} even compressed. */
  private longBullet(s: AnalyzedSentence): boolean {
    return this.english && wordCount(this.bulletText(s)) > LONG_BULLET_WORDS;
  }

  /**
   * A sentence's bullet, keeping its figures; when keeping them all leaves it long, the shortest bullet that
   * keeps one of them (the notes quote the whole sentence).
   */
  private bulletText(
    s: AnalyzedSentence,
    opts: { maxWords?: number; keepConcession?: boolean } = {},
  ): string {
    const figures = this.figureTexts(s);
    const full = this.compress(s, { ...opts, keep: figures });
    if (figures.length < 2 || wordCount(full) <= LONG_BULLET_WORDS) return full;
    return figures
      .map((f) => this.compress(s, { ...opts, keep: [f] }))
      .reduce((best, t) => (wordCount(t) < wordCount(best) ? t : best), full);
  }

  private item(s: AnalyzedSentence, opts: { maxWords?: number; keepConcession?: boolean } = {}): DraftItem {
    this.used.add(s.ref);
    return { text: this.bulletText(s, opts), refs: [s.ref] };
  }

  private say(kind: keyof typeof TEMPLATES.say, sentences: AnalyzedSentence[]): string[] {
    const composed = sentences.slice(0, 3).map((s) => `${this.compress(s, { maxWords: 28 })}.`);
    return [TEMPLATES.say[kind], ...composed];
  }

  private slide(
    kind: PlannedSlide['kind'],
    layout: PlannedSlide['layout'],
    title: string,
    sentences: AnalyzedSentence[],
    items: DraftItem[],
  ): PlannedSlide {
    const sayKind = kind === 'bottom-line' ? 'bottomLine' : kind;
    return {
      kind,
      layout,
      title,
      items,
      say: this.say(sayKind, sentences),
      sources: sentences.map((s) => s.ref),
    };
  }

  /**
   * The first sentence (in the order given) that yields a complete short clause no other slide has as its title,
   * or else compresses to a short bullet; failing that, the slide's label and a sentence's subject ("What to
   * watch: Iran's calls").
   */
  private pointTitle(
    kind: PlannedSlide['kind'],
    sentences: readonly (AnalyzedSentence | undefined)[],
    keep?: (s: AnalyzedSentence) => string[],
  ): string {
    const present = sentences.filter((s): s is AnalyzedSentence => !!s);
    for (const s of present) {
      const title = titleClause(s.text, TITLE_WORDS, keep?.(s) ?? [], this.lex(s));
      if (title && !this.titles.has(title.toLowerCase())) return this.claim(title);
    }
    for (const s of present) {
      const bullet = this.compress(s, { maxWords: TITLE_WORDS });
      if (wordCount(bullet) <= MAX_TITLE_WORDS && !this.titles.has(bullet.toLowerCase()))
        return this.claim(bullet);
    }
    const subjects = present.map((s) => ({ text: this.compress(s), lexicon: this.lex(s) }));
    const names = present.flatMap((s) => s.entities);
    const byCount = [...new Set(names)].sort(
      (a, b) => names.filter((n) => n === b).length - names.filter((n) => n === a).length,
    );
    return this.claim(fallbackTitle(TEMPLATES.labels[kind], subjects, this.titles, byCount));
  }

  /** Records a title as taken (made unique first). */
  private claim(title: string): string {
    const unique = uniqueTitle(title, this.titles);
    this.titles.add(unique.toLowerCase());
    return unique;
  }

  private figureTexts(s: AnalyzedSentence): string[] {
    if (s.figures.length === 0) return [];
    return s.figures.map((i) => this.analysis.figures[i]?.text ?? '').filter(Boolean);
  }

  titleSlide(): PlannedSlide {
    const a = this.article;
    const subtitle = a.author
      ? TEMPLATES.subtitleWithAuthor(a.author, a.publisher)
      : TEMPLATES.subtitleNoAuthor(a.publisher);
    const meta = [a.publisher, a.author, a.date].filter((x): x is string => !!x);
    const say = [TEMPLATES.say.title, ...(a.standfirst ? [a.standfirst] : [])];
    return {
      kind: 'title',
      layout: 'title',
      title: this.claim(cleanHeadline(a.title) || TEMPLATES.labels.title),
      lines: [subtitle, meta.join(' · ')].filter(Boolean),
      items: [],
      say,
      sources: [],
    };
  }

  /**
   * The thesis in at most ten words: the headline as a statement ("Why X won't Y" gives "X won't Y"), else the
   * headline's main clause, else the point of the concluding sentences.
   */
  private thesisTitle(picked: readonly AnalyzedSentence[]): string | undefined {
    const fromHeadline = headlineThesis(cleanHeadline(this.article.title), this.english);
    if (fromHeadline) return fromHeadline;
    for (const limit of [THESIS_WORDS, THESIS_WORDS - TITLE_SLACK]) {
      for (const s of picked) {
        const clause = titleClause(s.text, limit, [], this.lex(s));
        if (clause && wordCount(clause) <= THESIS_WORDS) return clause;
      }
    }
    const bullet = picked[0] ? this.compress(picked[0], { maxWords: THESIS_WORDS }) : '';
    return bullet && wordCount(bullet) <= THESIS_WORDS ? bullet : undefined;
  }

  bottomLine(): PlannedSlide {
    const { thesis } = this.analysis;
    const conclusion = thesis.conclusion
      .map((r) => this.byRef.get(r))
      .filter((s): s is AnalyzedSentence => !!s);
    const concluding = [...conclusion]
      .sort((a, b) => this.evidenceValue(b) - this.evidenceValue(a))
      .slice(0, 2);
    const restated = thesis.restatements
      .map((r) => this.byRef.get(r))
      .find((s) => s && s.paragraph !== 1 && !concluding.includes(s));
    const picked = [...(restated ? [restated] : []), ...concluding].sort(
      (a, b) => a.paragraph - b.paragraph || a.index - b.index,
    );
    const point = this.thesisTitle(picked);
    const label = TEMPLATES.labels['bottom-line'];
    const title = this.claim(point ? `${label}: ${point}` : label);
    return this.slide(
      'bottom-line',
      'bullets',
      title,
      picked,
      picked.map((s) => this.item(s)),
    );
  }

  context(): PlannedSlide | undefined {
    const first = this.analysis.paragraphs[0]?.sentences.filter((s) => !this.used.has(s.ref)) ?? [];
    if (first.length === 0) return undefined;
    const picked = first.slice(0, 3);
    return this.slide(
      'context',
      'bullets',
      this.pointTitle('context', picked),
      picked,
      picked.map((s) => this.item(s)),
    );
  }

  /** Stat slides for the key figures, four to a slide, each titled with its top figure's sentence. */
  figures(maxSlides: number): PlannedSlide[] {
    const figures = keyFigures(this.analysis, MAX_FIGURES * Math.max(1, maxSlides));
    const slides: PlannedSlide[] = [];
    for (let at = 0; at < figures.length && slides.length < maxSlides; at += MAX_FIGURES) {
      const chunk = figures.slice(at, at + MAX_FIGURES);
      const sentences = chunk.map((f) => this.byRef.get(f.ref)).filter((s): s is AnalyzedSentence => !!s);
      const items = chunk.map((f) => ({
        text: `**${f.text}** ${statMeasure(f, this.byRef.get(f.ref)?.text ?? '')} — ${f.source ?? TEMPLATES.theArticle}`,
        refs: [f.ref],
      }));
      const unique = [...new Set(sentences)];
      const ranked = [...unique].sort((a, b) => figureRank(this.analysis, a) - figureRank(this.analysis, b));
      const title = this.pointTitle('figures', ranked, (s) => this.figureTexts(s).slice(0, 1));
      slides.push(this.slide('figures', 'stat', title, unique, items));
    }
    return slides;
  }

  judgments(count: number): PlannedSlide[] {
    const units = pickUnits(argumentUnits(this.analysis), count, this.used, this.analysis);
    return units.map((unit) => {
      const lead = leadSentence(unit.sentences);
      const rest = unit.sentences.filter(
        (s) => s !== lead && !this.used.has(s.ref) && s.role !== 'counterpoint',
      );
      const ranked = [...rest].sort((a, b) => this.evidenceValue(b) - this.evidenceValue(a));
      const short = ranked.filter((s) => !this.longBullet(s));
      const evidence = (short.length >= MIN_EVIDENCE ? short : ranked).slice(0, MAX_BULLETS - 1);
      const picked = [lead, ...evidence]
        .filter((s): s is AnalyzedSentence => !!s)
        .sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);
      const title = this.pointTitle('judgment', [lead, ...evidence]);
      return this.slide(
        'judgment',
        'bullets',
        title,
        picked,
        picked.map((s) => this.item(s)),
      );
    });
  }

  counterpoints(): PlannedSlide | undefined {
    const candidates = this.analysis.sentences.filter(
      (s) =>
        s.role === 'counterpoint' && !this.used.has(s.ref) && s.paragraph < this.analysis.paragraphs.length,
    );
    const picked = pickSentences(candidates, 3, this.used, this.analysis);
    if (picked.length === 0) return undefined;
    const title = this.pointTitle('counterpoints', picked);
    return this.slide(
      'counterpoints',
      'bullets',
      title,
      picked,
      picked.map((s) => this.item(s, { keepConcession: true })),
    );
  }

  private positionOf(entity: Entity): { text: string; sentence: AnalyzedSentence } | undefined {
    const names = [entity.name, ...entity.aliases];
    const leads = entity.mentions
      .map((r) => this.byRef.get(r))
      .filter((s): s is AnalyzedSentence => !!s)
      .sort((a, b) => b.salience - a.salience)
      .slice(0, MAX_POSITION_CANDIDATES)
      .map((s) => ({ s, text: this.compress(s, { maxWords: 12 }) }))
      .filter(({ text }) => names.some((n) => text.startsWith(`${n} `) || text.startsWith(`${n}'s `)));
    const best = leads.sort((a, b) => b.s.salience - a.s.salience)[0];
    if (!best) return undefined;
    return { text: best.text, sentence: best.s };
  }

  actors(): PlannedSlide | undefined {
    const rows = this.analysis.entities
      .filter((e) => e.mentions.length >= 2 || e.kind === 'person')
      .map((e) => ({ e, pos: this.positionOf(e) }))
      .filter((r) => r.pos)
      .slice(0, MAX_ACTORS);
    if (rows.length < 2) return undefined;
    const items = rows.map(({ e, pos }) => ({
      text: `**${e.name}** — ${pos?.text ?? ''}`,
      refs: [pos?.sentence.ref ?? ''],
    }));
    const sentences = rows.map((r) => r.pos?.sentence).filter((s): s is AnalyzedSentence => !!s);
    const headline = this.article.title;
    const thesisActor = rows.find(({ e }) => [e.name, ...e.aliases].some((n) => headline.includes(n)));
    const title = this.pointTitle('actors', [thesisActor?.pos?.sentence, ...sentences]);
    return this.slide('actors', 'actors', title, sentences, items);
  }

  timeline(): PlannedSlide | undefined {
    const events = this.analysis.events.slice(0, MAX_EVENTS);
    if (events.length < 2) return undefined;
    const sentences: AnalyzedSentence[] = [];
    const items = events.map((ev) => {
      const s = this.byRef.get(ev.ref);
      if (s) sentences.push(s);
      const text = (s ? this.compress(s, { maxWords: 12 }) : '')
        .replace(
          new RegExp(
            `^(?:(?:on|in|by|since|during)\\s+)?${ev.when.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},?\\s*`,
            'i',
          ),
          '',
        )
        .replace(DATE_LEAD, (m) => m);
      return { text: `**${ev.when}** — ${text.charAt(0).toUpperCase()}${text.slice(1)}`, refs: [ev.ref] };
    });
    const first = events[0];
    const last = events[events.length - 1];
    const lastSentence = last ? this.byRef.get(last.ref) : undefined;
    const span = first && last && first.when !== last.when ? `From ${first.when} to ${last.when}` : '';
    const point = lastSentence
      ? titleClause(lastSentence.text, TIMELINE_POINT_WORDS, [], this.lex(lastSentence))
      : undefined;
    const title =
      span && point && wordCount(`${span}: ${point}`) <= MAX_TITLE_WORDS
        ? this.claim(`${span}: ${point}`)
        : this.pointTitle('timeline', [lastSentence, ...[...sentences].reverse()]);
    return this.slide('timeline', 'timeline', title, [...new Set(sentences)], items);
  }

  outlook(): PlannedSlide | undefined {
    const last = this.analysis.paragraphs[this.analysis.paragraphs.length - 1];
    const lateFrom = this.analysis.paragraphs.length * LATE_SHARE;
    const forward = (s: AnalyzedSentence) => s.paragraph >= lateFrom && FORWARD_CUE.test(s.text);
    const candidates = this.analysis.sentences.filter(
      (s) => !this.used.has(s.ref) && (s.role === 'conclusion' || s.paragraph === last?.number || forward(s)),
    );
    const pool = candidates.length ? candidates : (last?.sentences ?? []);
    const value = (s: AnalyzedSentence) => this.evidenceValue(s) + (forward(s) ? FORWARD_BONUS : 0);
    const picked = [...pool]
      .sort((a, b) => value(b) - value(a))
      .slice(0, 3)
      .sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);
    if (picked.length === 0) return undefined;
    return this.slide(
      'outlook',
      'bullets',
      this.pointTitle('outlook', picked),
      picked,
      picked.map((s) => this.item(s)),
    );
  }

  sourcesSlide(quoted: readonly string[]): PlannedSlide {
    const a = this.article;
    const cite = [a.publisher, `"${cleanHeadline(a.title)}"`, a.author, a.date, a.url]
      .filter(Boolean)
      .join(', ');
    const items: DraftItem[] = [{ text: cite, refs: [] }];
    for (const ref of new Set(quoted)) {
      const s = this.byRef.get(ref);
      for (const q of s?.quotes ?? [])
        if (items.length < 7) items.push({ text: `¶${s?.paragraph}: "${q}"`, refs: [ref] });
    }
    return {
      kind: 'sources',
      layout: 'sources',
      title: TEMPLATES.sourcesTitle,
      items,
      say: [TEMPLATES.say.sources],
      sources: [],
    };
  }

  /** The whole plan, honouring `wanted` slides when given. */
  plan(wanted?: number): PlannedSlide[] {
    const title = this.titleSlide();
    const bottom = this.bottomLine();
    const context = this.context();
    const figureCount = keyFigures(this.analysis, Number.MAX_SAFE_INTEGER).length;
    const statCap = this.analysis.wordCount <= LONG_ARTICLE_WORDS ? MAX_STAT_SLIDES - 1 : MAX_STAT_SLIDES;
    const statSlides = Math.min(statCap, Math.ceil(figureCount / (MAX_FIGURES + 1)));
    const figures = this.figures(statSlides);
    const optional = { timeline: this.analysis.events.length >= 2, counter: true, actors: true };
    const fixed = 3 + (context ? 1 : 0) + figures.length + 1 + (optional.timeline ? 1 : 0) + 2;
    const units = argumentUnits(this.analysis).length; // counted once more inside judgments(): cheap, linear
    const judgments = this.judgments(judgmentCount(this.analysis.wordCount, units, fixed, wanted));
    const counter = this.counterpoints();
    const actors = this.actors();
    const timeline = this.timeline();
    const outlook = this.outlook();
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
    let slides = [...body, this.sourcesSlide(quoted)];
    if (wanted !== undefined && slides.length > wanted) {
      const dropOrder: PlannedSlide['kind'][] = [
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
      for (const kind of dropOrder) {
        while (slides.length > Math.max(wanted, 1)) {
          const at = slides.map((s) => s.kind).lastIndexOf(kind);
          if (at < 0) break;
          slides = slides.filter((_, i) => i !== at);
        }
      }
    }
    carryRemainingFigures(slides, this.analysis);
    return slides;
  }
}
