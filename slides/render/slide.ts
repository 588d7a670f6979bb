/**
 * Slide → HTML for reveal.js. Pure (strings in, strings out): the renderer sanitises the result with DOMPurify
 * before it reaches the DOM, and the HTML exporter can reuse it as is.
 */
import { LAYOUTS, type Layout, type Slide } from '../model';
import { attrsHtml, topLevelBlocks } from './blocks';
import { LAYOUT_RENDERERS } from './layouts';
import { escapeHtml, parseMarkdown, renderNotesMarkdown } from './markdown';

/** Class tokens a slide may add to its section (`<!-- .slide: class="..." -->`). */
const CLASS_TOKEN = /^[a-z0-9-]+$/;
/** Whitespace between class tokens. */
const WHITESPACE = /\s+/;

/** The layout a slide is shown with: its own when known, else `bullets`. */
export function layoutOf(slide: Pick<Slide, 'layout'>): Layout {
  return (LAYOUTS as readonly string[]).includes(slide.layout) ? slide.layout : 'bullets';
}

/** The inner HTML of the reveal `<section>` for a slide, arranged by its layout. Notes are not included. */
export function renderSlideHtml(slide: Pick<Slide, 'layout' | 'body'>): string {
  const blocks = topLevelBlocks(parseMarkdown(slide.body));
  return LAYOUT_RENDERERS[layoutOf(slide)](blocks);
}

/**
 * Attributes for a slide's `<section>`: `data-layout` and `class` (`layout-<name>` plus any safe class tokens
 * from the slide's own attributes). Nothing else from the file reaches the section.
 */
export function slideSectionAttrs(slide: Pick<Slide, 'layout' | 'attrs'>): Record<string, string> {
  const layout = layoutOf(slide);
  const extra = (slide.attrs.class ?? '').split(WHITESPACE).filter((token) => CLASS_TOKEN.test(token));
  return { 'data-layout': layout, class: ['layout-' + layout, ...extra].join(' ') };
}

/** A complete `<section ...>…</section>` for a slide (for exports that build a whole page). */
export function renderSectionHtml(slide: Pick<Slide, 'layout' | 'attrs' | 'body'>): string {
  return `<section${attrsHtml(Object.entries(slideSectionAttrs(slide)), escapeHtml)}>${renderSlideHtml(slide)}</section>`;
}

/** Speaker notes rendered as Markdown (same rules as slide text: no raw HTML, safe links only). */
export function renderNotesHtml(slide: Pick<Slide, 'notes'>): string {
  return renderNotesMarkdown(slide.notes);
}
