/**
 * Finding the rendered element of a title or bullet on the stage, and the field behind a clicked element.
 * Bullets are found in document order among the layout's item elements (list items, stat cards, actor rows),
 * which is the order of the slide's first list.
 */
import type { EditorField } from './state';

/** Elements that render one bullet of the slide's first list, in any layout. */
const ITEM_SELECTOR = 'li, .stat, .actor';
/** Elements that can render the slide title. */
const HEADING_SELECTOR = 'h1, h2';

/** The `<section>` of the slide at `index` inside the stage. */
export function sectionAt(root: ParentNode, index: number): HTMLElement | null {
  const sections = root.querySelectorAll<HTMLElement>('.reveal .slides > section');
  return sections[index] ?? null;
}

/** The element that renders a field, if it is on the slide. */
export function fieldElement(
  section: HTMLElement,
  field: EditorField,
  hasTitle: boolean,
): HTMLElement | null {
  if (field.kind === 'title') return hasTitle ? section.querySelector<HTMLElement>(HEADING_SELECTOR) : null;
  if (field.kind === 'item') return section.querySelectorAll<HTMLElement>(ITEM_SELECTOR)[field.index] ?? null;
  return null;
}

/** The field a click on `target` inside `section` lands on, if any. */
export function fieldAt(
  section: HTMLElement,
  target: Element,
  hasTitle: boolean,
  itemCount: number,
): EditorField | null {
  const item = target.closest(ITEM_SELECTOR);
  if (item && section.contains(item)) {
    const index = Array.from(section.querySelectorAll(ITEM_SELECTOR)).indexOf(item);
    if (index >= 0 && index < itemCount) return { kind: 'item', index };
  }
  const heading = target.closest(HEADING_SELECTOR);
  if (hasTitle && heading && heading === section.querySelector(HEADING_SELECTOR)) return { kind: 'title' };
  return null;
}

/** Where and how to draw an editor over an element, relative to `container`. */
export interface FieldBox {
  left: number;
  top: number;
  width: number;
  height: number;
  fontSize: number;
  fontFamily: string;
  fontWeight: string;
  lineHeight: number;
  color: string;
  /** The slide background, so the editor hides the rendered text it replaces. */
  background: string;
}

/** The box of an element's own first line of text (a bullet's nested list excluded), in container coordinates. */
export function fieldBox(element: HTMLElement, container: HTMLElement): FieldBox {
  const outer = element.getBoundingClientRect();
  const base = container.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(element);
  const nested = element.querySelector(':scope > ul, :scope > ol');
  if (nested) range.setEndBefore(nested);
  const lines = Array.from(range.getClientRects());
  const top = Math.min(...lines.map((rect) => rect.top), nested ? outer.top : Infinity);
  const bottom = Math.max(...lines.map((rect) => rect.bottom), top);
  const scale = element.offsetWidth > 0 ? outer.width / element.offsetWidth : 1;
  const style = getComputedStyle(element);
  const fontSize = parseFloat(style.fontSize) * scale;
  const lineHeight = (parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3) * scale;
  const frame = element.closest('.deck-frame');
  const background = frame ? getComputedStyle(frame).getPropertyValue('--r-background-color').trim() : '';
  return {
    left: outer.left - base.left,
    top: (Number.isFinite(top) ? top : outer.top) - base.top,
    width: Math.max(outer.width, 120),
    height: Math.max(Number.isFinite(top) ? bottom - top : outer.height, lineHeight),
    fontSize,
    fontFamily: style.fontFamily,
    fontWeight: style.fontWeight,
    lineHeight,
    color: style.color,
    background: background || '#ffffff',
  };
}

/** How many animation frames a box must keep still before following stops (about a third of a second). */
const SETTLED_FRAMES = 20;
/** Following never runs longer than this many frames (a slide transition is well under it). */
const MAX_FRAMES = 150;

/**
 * Keeps something drawn over a rendered element in place while the element moves: measures it every animation
 * frame, applying each new box, until the box has stayed still for a while (a slide transition or re-layout
 * has settled). Returns a function that stops following.
 */
export function followBox(measure: () => FieldBox | null, apply: (box: FieldBox | null) => void): () => void {
  let last: string | null = null;
  let still = 0;
  let frames = 0;
  let frame = 0;
  const tick = () => {
    const box = measure();
    const key = box
      ? [box.left, box.top, box.width, box.height, box.fontSize].map((n) => Math.round(n * 2)).join(',')
      : '';
    if (key !== last) {
      apply(box);
      last = key;
      still = 0;
    } else still += 1;
    frames += 1;
    if (still < SETTLED_FRAMES && frames < MAX_FRAMES) frame = requestAnimationFrame(tick);
  };
  tick();
  return () => cancelAnimationFrame(frame);
}
