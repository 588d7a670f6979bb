/**
 * The last gate before slide HTML reaches the DOM. `slides/render` renders Markdown with raw HTML on, as reveal.js
 * does; DOMPurify then keeps only the allowlist of `slides/render/htmlPolicy.ts` (HTML text markup, tables,
 * images, inline SVG through its own profile, reveal's classes and the `data-*` attributes it reads), so no
 * script, `style`, event handler, form, frame or reveal attribute that loads content (`data-background-iframe`,
 * `data-preview-link`, …) gets through. Images resolve to data URLs or a placeholder (see `sanitizeCore.ts`).
 */
import createDOMPurify from 'dompurify';
import type { ImageResolver } from '../../slides/render/htmlPolicy';
import { inlineLocalImages } from '../../slides/render/inlineImages';
import { createSlideSanitizer, type SlideSanitizer } from './sanitizeCore';

export { SANITIZE_CONFIG } from './sanitizeCore';
export { DATA_ATTRS as ALLOWED_DATA_ATTRS } from '../../slides/render/htmlPolicy';

let sanitizer: SlideSanitizer | undefined;
let pendingResolver: ImageResolver | undefined;

function getSanitizer(): SlideSanitizer {
  if (sanitizer) return sanitizer;
  sanitizer = createSlideSanitizer(createDOMPurify(window));
  sanitizer.setImageResolver(pendingResolver);
  return sanitizer;
}

/** Sanitises HTML produced by `slides/render` for insertion with `innerHTML`. */
export function sanitizeHtml(html: string): string {
  return getSanitizer().sanitize(html);
}

let deckImageMap: Readonly<Record<string, string>> = {};

/** The open deck's local images (deck-relative path → data URL), as the host read them; none: `undefined`. */
export function setDeckImages(images: Readonly<Record<string, string>> | undefined): void {
  deckImageMap = images ?? {};
  setSlideImageResolver(images ? (path) => deckImageMap[path] : undefined);
}

/** One more local image of the open deck (just copied beside it), drawn from now on. */
export function addDeckImage(path: string, dataUrl: string): void {
  deckImageMap = { ...deckImageMap, [path]: dataUrl };
  setSlideImageResolver((src) => deckImageMap[src]);
}

/** The deck text with its local images written in as data URLs, for exports the host renders from text alone. */
export function withDeckImages(text: string): string {
  return Object.keys(deckImageMap).length > 0 ? inlineLocalImages(text, (path) => deckImageMap[path]) : text;
}

/**
 * Sets where the deck's local images come from (deck-relative path → data URL); `undefined` shows every local
 * image as "not found". Slides drawn afterwards use it.
 */
export function setSlideImageResolver(resolver: ImageResolver | undefined): void {
  pendingResolver = resolver;
  sanitizer?.setImageResolver(resolver);
}
