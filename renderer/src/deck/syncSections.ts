/**
 * Keeps reveal's `<section>` elements in step with the deck, in place: a section is rewritten only when its
 * slide's rendered HTML or attributes changed, sections are added or removed at the end, and the caller then
 * asks reveal to `sync()`. Every slide's HTML passes through the sanitiser on its way in.
 */
import type { Slide } from '../../../slides/model';
import { renderSlideHtml, slideSectionAttrs } from '../../../slides/render/slide';
import { sanitizeHtml } from '../sanitize';

/** A slide rendered for reveal: sanitised inner HTML, section attributes, and a key that changes with either. */
export interface RenderedSlide {
  /** Sanitised inner HTML of the slide's `<section>`. */
  html: string;
  attrs: Record<string, string>;
  key: string;
}

/** Attribute marking a section's render key, so an unchanged slide is not rewritten. */
const KEY_ATTR = 'data-render-key';
/** Attribute remembering the attributes last applied, to tell a content change from a structural one. */
const ATTRS_ATTR = 'data-render-attrs';
/** Classes we set on a section (reveal adds its own, such as `present`, which must survive). */
const OWN_CLASSES = 'data-own-classes';

const cache = new WeakMap<Slide, RenderedSlide>();

/** A slide's sanitised section HTML and attributes (memoised per slide object). */
export function renderedSlide(slide: Slide): RenderedSlide {
  const cached = cache.get(slide);
  if (cached) return cached;
  const html = sanitizeHtml(renderSlideHtml(slide));
  const attrs = slideSectionAttrs(slide);
  const rendered = { html, attrs, key: `${hash(html)}:${attrs.class ?? ''}` };
  cache.set(slide, rendered);
  return rendered;
}

function hash(text: string): string {
  let value = 5381;
  for (let index = 0; index < text.length; index += 1) value = ((value * 33) ^ text.charCodeAt(index)) >>> 0;
  return `${value.toString(36)}.${text.length}`;
}

function applySlide(section: HTMLElement, rendered: RenderedSlide): void {
  const previous = (section.getAttribute(OWN_CLASSES) ?? '').split(' ').filter(Boolean);
  section.classList.remove(...previous);
  const classes = (rendered.attrs.class ?? '').split(' ').filter(Boolean);
  section.classList.add(...classes);
  section.setAttribute(OWN_CLASSES, classes.join(' '));
  for (const [name, value] of Object.entries(rendered.attrs))
    if (name !== 'class') section.setAttribute(name, value);
  // Already sanitised when rendered; sanitised again at the sink so no unsanitised path can reach innerHTML.
  section.innerHTML = sanitizeHtml(rendered.html);
  section.setAttribute(KEY_ATTR, rendered.key);
}

/** What {@link syncSectionChanges} changed. */
export interface SectionChanges {
  /** Anything at all. */
  changed: boolean;
  /** Sections added or removed, or a section's attributes (layout, classes) changed: reveal must `sync()`. */
  structural: boolean;
}

function attrsKey(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
}

/**
 * Updates the sections under `container` to show `slides`, and says whether reveal needs a `sync()`: a change of
 * content only (typing in a slide) does not, so typing stays cheap however long the deck is.
 */
export function syncSectionChanges(container: HTMLElement, slides: readonly Slide[]): SectionChanges {
  const sections = Array.from(container.children).filter(
    (child): child is HTMLElement => child.tagName === 'SECTION',
  );
  let changed = false;
  let structural = false;
  slides.forEach((slide, index) => {
    const rendered = renderedSlide(slide);
    let section = sections[index];
    if (!section) {
      section = document.createElement('section');
      container.appendChild(section);
      structural = true;
    }
    if (section.getAttribute(KEY_ATTR) !== rendered.key) {
      const attrs = attrsKey(rendered.attrs);
      if (section.getAttribute(ATTRS_ATTR) !== attrs) structural = true;
      section.setAttribute(ATTRS_ATTR, attrs);
      applySlide(section, rendered);
      changed = true;
    }
  });
  for (const extra of sections.slice(slides.length)) {
    extra.remove();
    structural = true;
  }
  return { changed: changed || structural, structural };
}

/**
 * Updates the sections under `container` to show `slides`. Returns true when anything changed (the caller then
 * runs `deck.sync()` and `deck.layout()`).
 */
export function syncSections(container: HTMLElement, slides: readonly Slide[]): boolean {
  return syncSectionChanges(container, slides).changed;
}
