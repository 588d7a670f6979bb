import type { Layout } from '../model';

/** One line of a drafted slide body, with the sentences it came from. */
export interface DraftItem {
  /** Markdown text of the list item (no leading dash). */
  text: string;
  /** `pN.sM` refs of its source sentences. */
  refs: string[];
}

/** The kinds of slide a briefing has, in order (see product.md, "A briefing, not a summary"). */
export type SectionKind =
  | 'title'
  | 'bottom-line'
  | 'context'
  | 'figures'
  | 'judgment'
  | 'counterpoints'
  | 'actors'
  | 'timeline'
  | 'outlook'
  | 'sources';

/** A planned slide before it is written as Markdown. */
export interface PlannedSlide {
  kind: SectionKind;
  layout: Layout;
  title: string;
  /** Subtitle and paragraphs (title slide only). */
  lines?: string[];
  items: DraftItem[];
  /** What the presenter says: framing plus sentences composed from the source. */
  say: string[];
  /** Refs of the source sentences quoted in the notes. */
  sources: string[];
  /** The ref of the sentence the title states, when it states one. */
  titleRef?: string;
}

/** What drafting did, for the CLI, the eval and the editor. */
export interface DraftReport {
  slideCount: number;
  wordCount: number;
  sentenceCount: number;
  /** Slide kinds in order. */
  sections: SectionKind[];
  /** Numbers or names in the deck not found in the article (should be empty). */
  unsupported: string[];
  /** Milliseconds spent analysing and writing. */
  ms: { analyze: number; write: number };
}

/** Options for {@link draftDeck}. */
export interface DraftOptions {
  /** Exact number of slides wanted (overrides the length-based plan; clamped to 3..30). */
  slides?: number;
}
