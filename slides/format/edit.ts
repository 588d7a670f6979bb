/**
 * Pure deck edits. Each returns a new Deck and never mutates its input; only the slide an edit touches is
 * marked dirty (re-serialised on save), so the rest of the file keeps its bytes.
 */
import type { Deck, DeckMeta, Layout, Slide } from '../model';
import { isLayout } from './slide';

/** The fields of a slide an editor may change. */
export type SlidePatch = Partial<Pick<Slide, 'body' | 'notes' | 'attrs' | 'layout'>>;

const SLIDE_ID = /^s(\d+)$/;

function separatorFor(deck: Deck): string {
  const { eol } = deck.file;
  return `${eol}${eol}---${eol}${eol}`;
}

function checkIndex(deck: Deck, index: number, allowEnd = false): void {
  const max = allowEnd ? deck.slides.length : deck.slides.length - 1;
  if (!Number.isInteger(index) || index < 0 || index > max) {
    throw new RangeError(`No slide at index ${index} (the deck has ${deck.slides.length} slides).`);
  }
}

/** An id not used by any slide of the deck: `s<n>` with n one past the highest in use. */
export function nextSlideId(deck: Deck): string {
  let max = 0;
  for (const slide of deck.slides) max = Math.max(max, Number(SLIDE_ID.exec(slide.id)?.[1] ?? 0));
  return `s${max + 1}`;
}

/** Applies a patch to a slide's fields, keeping `layout` and `attrs['data-layout']` in agreement. */
function patched(slide: Slide, patch: SlidePatch): Slide {
  const attrs = { ...(patch.attrs ?? slide.attrs) };
  let layout: Layout = slide.layout;
  if (patch.layout !== undefined) {
    layout = patch.layout;
    attrs['data-layout'] = layout;
  } else if (patch.attrs !== undefined) {
    layout = isLayout(attrs['data-layout']) ? attrs['data-layout'] : 'bullets';
  }
  return {
    ...slide,
    attrs,
    layout,
    body: patch.body ?? slide.body,
    notes: patch.notes ?? slide.notes,
    dirty: true,
  };
}

/** Changes body, notes, attributes or layout of the slide at `index`. */
export function updateSlide(deck: Deck, index: number, patch: SlidePatch): Deck {
  checkIndex(deck, index);
  const slides = deck.slides.slice();
  slides[index] = patched(slides[index] as Slide, patch);
  return { ...deck, slides };
}

/** Sets the layout of the slide at `index` (its body is kept as is). */
export function setLayout(deck: Deck, index: number, layout: Layout): Deck {
  return updateSlide(deck, index, { layout });
}

/** Inserts a new slide before `index` (`deck.slides.length` appends), with a standard `---` separator. */
export function insertSlide(deck: Deck, index: number, init: SlidePatch = {}): Deck {
  checkIndex(deck, index, true);
  const blank: Slide = {
    id: nextSlideId(deck),
    attrs: {},
    layout: 'bullets',
    body: '',
    notes: '',
    raw: '',
    dirty: true,
  };
  const slide = patched(blank, init);
  return insertPrepared(deck, index, slide);
}

function insertPrepared(deck: Deck, index: number, slide: Slide): Deck {
  const slides = deck.slides.slice();
  slides.splice(index, 0, slide);
  const separators = deck.file.separators.slice();
  const file = { ...deck.file, separators };
  if (deck.slides.length > 0) separators.splice(index, 0, separatorFor(deck));
  else if (!file.trailing) file.trailing = deck.file.eol;
  return { ...deck, slides, file };
}

/** Removes the slide at `index` and one separator next to it. */
export function removeSlide(deck: Deck, index: number): Deck {
  checkIndex(deck, index);
  const slides = deck.slides.slice();
  slides.splice(index, 1);
  const separators = deck.file.separators.slice();
  if (separators.length > 0) separators.splice(index < separators.length ? index : index - 1, 1);
  return { ...deck, slides, file: { ...deck.file, separators } };
}

/**
 * Moves the slide at `from` so that it ends up at index `to`. Separators stay where they are, so every
 * slide keeps its bytes; only the order changes.
 */
export function moveSlide(deck: Deck, from: number, to: number): Deck {
  checkIndex(deck, from);
  checkIndex(deck, to);
  if (from === to) return deck;
  const slides = deck.slides.slice();
  const [moved] = slides.splice(from, 1);
  slides.splice(to, 0, moved as Slide);
  return { ...deck, slides };
}

/** Inserts a copy of the slide at `index` right after it, with a new id (an unedited slide is copied byte for byte). */
export function duplicateSlide(deck: Deck, index: number): Deck {
  checkIndex(deck, index);
  const source = deck.slides[index] as Slide;
  const copy: Slide = { ...source, attrs: { ...source.attrs }, id: nextSlideId(deck) };
  return insertPrepared(deck, index + 1, copy);
}

/**
 * Changes deck metadata. `extra` replaces the unknown keys when given (omit it to keep them). The front matter
 * is then re-serialised, editing the original YAML in place.
 */
export function updateMeta(deck: Deck, patch: Partial<DeckMeta>): Deck {
  const meta: DeckMeta = { ...deck.meta, ...patch, extra: { ...(patch.extra ?? deck.meta.extra) } };
  return { ...deck, meta, file: { ...deck.file, frontMatterDirty: true } };
}

/** True when the deck has edits that `stringifyDeck` will write from fields rather than raw text. */
export function isDirty(deck: Deck): boolean {
  return deck.file.frontMatterDirty || deck.slides.some((slide) => slide.dirty);
}
