/**
 * Edits to one slide's structured content (title and first list), written back through the deck core so only
 * that slide is re-serialised.
 */
import { parseBody, serializeBody, updateSlide } from '../../../slides/index';
import type { SlideContent, SlideItem } from '../../../slides/index';
import type { Deck, Layout } from '../../../slides/model';

/** Layouts whose title is a top-level `#` heading (the others use `##`). */
const TOP_HEADING_LAYOUTS: readonly Layout[] = ['title', 'section'];

/** The structured content of the slide at `index`. */
export function contentAt(deck: Deck, index: number): SlideContent {
  const slide = deck.slides[index];
  if (!slide) throw new RangeError(`No slide at index ${index}.`);
  return parseBody(slide.body);
}

/**
 * Applies `change` to the content of the slide at `index`. Returns the deck unchanged (same object) when the body
 * comes out identical, so no-op edits do not dirty the slide or the history.
 */
export function editContent(
  deck: Deck,
  index: number,
  change: (content: SlideContent) => SlideContent,
): Deck {
  const slide = deck.slides[index];
  if (!slide) throw new RangeError(`No slide at index ${index}.`);
  const body = serializeBody(change(parseBody(slide.body)));
  return body === slide.body ? deck : updateSlide(deck, index, { body });
}

/** The heading level a new title gets on a slide of this layout. */
export function titleLevel(layout: Layout): number {
  return TOP_HEADING_LAYOUTS.includes(layout) ? 1 : 2;
}

/** Returns content with `items` replaced. */
export function withItems(content: SlideContent, items: SlideItem[]): SlideContent {
  return { ...content, items };
}

/** Joins two `data-src` values, keeping each reference once. */
export function mergeRefs(first: string | undefined, second: string | undefined): string {
  const refs = [...(first ?? '').split(' '), ...(second ?? '').split(' ')].filter(Boolean);
  return [...new Set(refs)].join(' ');
}
