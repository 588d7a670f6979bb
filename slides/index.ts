/**
 * The public API of the deck core (pure: no Node file system, Electron, React or DOM). The file adapter is
 * separate: import `readDeckFile` from `slides/fs`.
 */
export * from './model';
export { parseDeck } from './format/parse';
export { stringifyDeck, slideText } from './format/stringify';
export {
  FrontMatterSchema,
  DeckMetaSchema,
  SourceSchema,
  META_KEYS,
  SOURCE_KEYS,
  LEGACY_KEYS,
  defaultMeta,
  restoreMeta,
} from './format/schema';
export type { MetaLocator, MetaPath } from './format/schema';
export {
  updateSlide,
  setLayout,
  insertSlide,
  removeSlide,
  moveSlide,
  duplicateSlide,
  updateMeta,
  nextSlideId,
  isDirty,
} from './format/edit';
export type { SlidePatch } from './format/edit';
export { isLayout, serializeSlide, attributesToWrite, NOTES_LINE } from './format/slide';
export type { SlideFields } from './format/slide';
export { readAttributes, writeAttributes, slideComment } from './format/attributes';
export { makeSlide, makeDeck } from './format/build';
export type { DraftItem, DraftSlide } from './format/build';
export {
  parseBody,
  serializeBody,
  slideTitle,
  sourceRefs,
  formatSourceRefs,
  bodySourceRefs,
  elementComment,
  headingLine,
  itemLine,
} from './content';
export type { SlideContent, SlideHeading, SlideItem, SlideBlock, SourceRef } from './content';
