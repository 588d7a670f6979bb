/**
 * What the analysis finds in an imported article: sentences with their role in the argument, the people, places
 * and organisations, the figures (with what they measure and who says so), dated events, the thesis and salience.
 * Everything here is plain data, so it can cross a worker boundary.
 */

/** A sentence's role in the article's argument, from cue phrases and position. */
export type SentenceRole = 'claim' | 'evidence' | 'reason' | 'counterpoint' | 'conclusion' | 'context';

/** One token as the NLP model saw it. */
export interface Token {
  text: string;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, ADP, …). */
  pos: string;
  lemma: string;
  /** True when a space came before it in the source. */
  spaceBefore: boolean;
}

/** A sentence of the article body, addressed as `pN.sM` (both 1-based). */
export interface AnalyzedSentence {
  /** `pN.sM`: paragraph N of `ImportedArticle.paragraphs`, sentence M within it. */
  ref: string;
  paragraph: number;
  index: number;
  text: string;
  tokens: Token[];
  role: SentenceRole;
  /** The cue phrases that decided the role (lower case), if any. */
  cues: string[];
  /** Names of the entities mentioned (see {@link Entity.name}). */
  entities: string[];
  /** Indices into {@link Analysis.figures}. */
  figures: number[];
  /** Quoted passages ("…") in the sentence. */
  quotes: string[];
  /** 0..1, relative to the most salient sentence of the article. */
  salience: number;
}

/** The kinds of named things the analysis types. */
export type EntityKind = 'person' | 'place' | 'organization';

/** A person, place or organisation, merged across its mentions. */
export interface Entity {
  /** Canonical name: the longest form seen (e.g. "Ilham Aliyev"), or the country for a place. */
  name: string;
  kind: EntityKind;
  /** Other forms seen in the text (surnames, acronyms, demonyms, capitals). */
  aliases: string[];
  /** A title seen before a person's name (President, Ayatollah, Gen., …). */
  role?: string;
  /** Refs of the sentences that mention it, in order. */
  mentions: string[];
}

/** What kind of quantity a figure is. */
export type FigureKind = 'percent' | 'money' | 'count' | 'fraction' | 'duration';

/** A number the article states, with what it measures and who says so. */
export interface Figure {
  /** The figure exactly as written, hedges included ("almost 70 percent", "more than half"). */
  text: string;
  kind: FigureKind;
  /** The phrase it measures, taken from the sentence ("Azerbaijan's weapons"). */
  measures: string;
  /** Who says so, when the sentence attributes it ("the Stockholm International Peace Institute (SIPRI)"). */
  source?: string;
  ref: string;
}

/** An event the article dates. */
export interface DatedEvent {
  /** The date as written ("November 1", "2020"). */
  when: string;
  /** Sortable key: year * 10000 + month * 100 + day (month/day 0 when unknown; year 0 when only a month). */
  sortKey: number;
  ref: string;
}

/** A paragraph with its sentences. */
export interface AnalyzedParagraph {
  /** 1-based. */
  number: number;
  text: string;
  sentences: AnalyzedSentence[];
}

/** The article's thesis: what the headline, standfirst and conclusion say, with the body sentences closest to them. */
export interface Thesis {
  headline: string;
  standfirst?: string;
  /** Refs of the concluding paragraph's sentences. */
  conclusion: string[];
  /** Body sentences that best restate the headline and standfirst, best first. */
  restatements: string[];
}

/** Everything the analysis found. */
export interface Analysis {
  paragraphs: AnalyzedParagraph[];
  /** All sentences in reading order. */
  sentences: AnalyzedSentence[];
  entities: Entity[];
  figures: Figure[];
  events: DatedEvent[];
  thesis: Thesis;
  /** Words in the body. */
  wordCount: number;
}
