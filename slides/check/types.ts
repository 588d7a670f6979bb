/** Types of the briefing check: what a finding is, what it points at, and the one-click fixes it may offer. */
import type { ImportedArticle } from '../import/types';

/** Every finding code. Codes are stable: scripts and the eval count findings by them. */
export const FINDING_CODES = [
  'dangling-end',
  'unresolved-pronoun',
  'long-title',
  'copied-title',
  'long-bullet',
  'duplicate-bullet',
  'title-repeat',
  'unattributed-quote',
  'vague-stat-label',
  'misdated-event',
  'unsupported-number',
  'misquote',
  'furniture',
  'overfull',
  'no-place',
  'coaching-notes',
  'repeated-notes',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** The part of a slide a finding concerns. `index` is the item's index in `parseBody(slide.body).items`. */
export interface FindingElement {
  kind: 'title' | 'item' | 'notes' | 'slide';
  index?: number;
}

/**
 * A one-click fix, small and serialisable: apply it with `applyFix`.
 * - `drop-item`: remove item `index` (the items nested under it move up a level; nothing else changes);
 * - `replace-text`: set the title's text, or item `index`'s text, to `text` (attributes such as `data-src` kept);
 * - `replace-notes`: set the slide's notes to `text`.
 */
export type Fix =
  | { label: string; kind: 'drop-item'; index: number }
  | { label: string; kind: 'replace-text'; target: 'title' | 'item'; index?: number; text: string }
  | { label: string; kind: 'replace-notes'; text: string };

/** One problem on one slide. */
export interface Finding {
  code: FindingCode;
  /** One line for the user, saying what is wrong (and quoting the offending words). */
  message: string;
  /** 0-based slide index. */
  slide: number;
  element: FindingElement;
  fix?: Fix;
}

/** The article as sentences per paragraph, the way `pN.sM` references count it (the host's `ArticleSource`). */
export interface SplitArticle {
  title?: string;
  /** The standfirst's sentences, referenced `p0.sM`. */
  standfirst?: readonly string[];
  paragraphs: readonly (readonly string[])[];
  /** The writer's bio the import kept beside the text: the title slide and notes may quote it. */
  authorBio?: string;
}

/** What the check accepts as the article: an imported article (split here) or one already split. */
export type CheckArticle = ImportedArticle | SplitArticle;

/** Options of `checkDeck`. */
export interface CheckOptions {
  /** The deck's article: enables the checks that compare with the source (copied titles, numbers, dates). */
  article?: CheckArticle;
}
