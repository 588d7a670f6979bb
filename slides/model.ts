/**
 * The deck model: what a `.deck.md` file means, independent of how it is shown or stored.
 *
 * A deck is front matter (metadata) plus an ordered list of slides. Each slide keeps the exact text it was
 * parsed from (`raw`), so that writing an unchanged slide back gives the same bytes, and an edit re-serialises
 * only the slide it touched (`dirty`).
 */

/** Every layout a slide can take. The body markdown is kept whatever the layout, so switching never loses text. */
export const LAYOUTS = [
  'title',
  'bullets',
  'stat',
  'quote',
  'two-column',
  'timeline',
  'actors',
  'section',
  'sources',
] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Bundled themes (fonts bundled too: nothing is fetched from the network). */
export const THEMES = ['briefing', 'night', 'paper'] as const;
export type ThemeName = (typeof THEMES)[number];

/** Slide aspect ratios. */
export const ASPECTS = ['16:9', '4:3'] as const;
export type Aspect = (typeof ASPECTS)[number];

/** The current version of the `.deck.md` front matter. Older files are migrated on load. */
export const DECK_FORMAT_VERSION = 1;

/** The article a deck was drafted from. */
export interface SourceInfo {
  title?: string;
  publisher?: string;
  author?: string;
  url?: string;
  date?: string;
}

/** Front matter after validation and defaults. Unknown keys are kept in `extra` and written back on save. */
export interface DeckMeta {
  /** Format version; absent in files written before versioning (treated as 0 and migrated). */
  version: number;
  title: string;
  subtitle?: string;
  author?: string;
  date?: string;
  /** Default `briefing`. */
  theme: ThemeName;
  /** Default `16:9`. */
  aspect: Aspect;
  source?: SourceInfo;
  /** Front-matter keys this version does not know; preserved verbatim on save. */
  extra: Record<string, unknown>;
}

/** One slide. `body` is reveal.js-flavoured Markdown (title heading, bullets, element comments). */
export interface Slide {
  /** Stable identity for the editor (not written to the file). */
  id: string;
  /** Attributes from `<!-- .slide: ... -->`, e.g. `{ 'data-layout': 'stat' }`. */
  attrs: Record<string, string>;
  /** The slide's layout, from `data-layout` (default `bullets`). */
  layout: Layout;
  /** Markdown between the slide-attributes comment and the `Note:` line. */
  body: string;
  /** Speaker notes: the text after the `Note:` line (empty when none). */
  notes: string;
  /**
   * The exact source text of this slide as parsed, separator and surrounding blank lines excluded (used for
   * byte-exact round trips). Not updated by edits: a dirty slide is written from its fields instead.
   */
  raw: string;
  /** True when the slide was edited since parsing and must be re-serialised from its fields. */
  dirty: boolean;
}

/** A problem found while parsing or validating a deck. Lines and columns are 1-based. */
export interface DeckError {
  line: number;
  column: number;
  message: string;
  /** Index of the slide the error belongs to, when it belongs to one. */
  slide?: number;
}

/** A parsed deck, with what is needed to write it back byte for byte. */
export interface Deck {
  meta: DeckMeta;
  slides: Slide[];
  /** Layout of the original file, kept for exact round trips. */
  file: DeckFileLayout;
}

/** How the file was laid out: byte-order mark, line endings, the raw front matter and the slide separators. */
export interface DeckFileLayout {
  bom: boolean;
  /** The dominant line ending, used when re-serialising edited parts. */
  eol: '\n' | '\r\n';
  /** The raw front-matter block including its `---` fences and trailing line break ('' when the file has none). */
  frontMatterRaw: string;
  /** True when `meta` was edited since parsing and the front matter must be re-serialised. */
  frontMatterDirty: boolean;
  /**
   * The raw separator text between slide i and slide i+1, with the blank lines around the `---` line
   * (e.g. `\n\n---\n\n`). Length is slides.length - 1 (0 when there are no slides).
   */
  separators: string[];
  /** Blank lines between the front matter (or the start of the file) and the first slide. Default ''. */
  leading?: string;
  /** What follows the last slide: its final line break and any blank lines. Default ''. */
  trailing?: string;
}

/** Result of parsing: a deck is always returned (possibly with fewer slides), alongside any errors. */
export interface ParseResult {
  deck: Deck;
  errors: DeckError[];
}
