/**
 * A slide drawn small for notes pages and handouts: the same sanitised section HTML and theme CSS as the viewer,
 * laid out at the deck's full slide size (with reveal's margin around it) and scaled down with CSS `zoom`, so
 * text stays vector and selectable.
 */
import type { Aspect, Slide } from '../../../slides/model';
import { ASPECT_SIZES } from '../deck/revealConfig';
import { renderSlideHtml, slideSectionAttrs } from '../../../slides/render/slide';
import { sanitizeHtml } from '../sanitize';
import { fitSections, fontsSettled } from '../fit/fitSlides';

/** reveal's margin around a slide (the viewer's and the slides PDF's). */
export const SLIDE_MARGIN = 0.06;

/**
 * A framed, scaled slide `width` CSS pixels wide. `empty`: the frame alone, at the same size (for a page that is
 * only measured: the slide's text never changes the frame's size).
 */
export function miniSlide(slide: Slide, aspect: Aspect, width: number, empty = false): HTMLElement {
  const size = ASPECT_SIZES[aspect];
  const outer = {
    width: Math.floor(size.width * (1 + SLIDE_MARGIN)),
    height: Math.floor(size.height * (1 + SLIDE_MARGIN)),
  };
  const scale = width / outer.width;
  const frame = document.createElement('div');
  frame.className = 'mini-slide';
  frame.style.width = `${width}px`;
  frame.style.height = `${Math.round(outer.height * scale)}px`;

  if (empty) return frame;

  const reveal = document.createElement('div');
  reveal.className = 'reveal mini-reveal';
  reveal.style.width = `${outer.width}px`;
  reveal.style.height = `${outer.height}px`;
  // `zoom`, not a transform: a transformed box keeps its full-size layout box, which runs past the page and is
  // cut by the page break when the PDF is printed; a zoomed one is laid out (and fragmented) at its drawn size.
  reveal.style.zoom = String(scale);
  const slides = document.createElement('div');
  slides.className = 'slides';
  const section = document.createElement('section');
  for (const [name, value] of Object.entries(slideSectionAttrs(slide))) section.setAttribute(name, value);
  section.classList.add('present');
  section.style.left = `${(outer.width - size.width) / 2}px`;
  section.style.top = `${(outer.height - size.height) / 2}px`;
  section.style.width = `${size.width}px`;
  section.style.height = `${size.height}px`;
  section.innerHTML = sanitizeHtml(renderSlideHtml(slide));
  slides.appendChild(section);
  reveal.appendChild(slides);
  frame.appendChild(reveal);
  return frame;
}

/** Fits the text of every small slide under `root` (all at once, in the loaded fonts). */
export async function fitMiniSlides(root: HTMLElement): Promise<void> {
  await fontsSettled(root);
  fitSections(Array.from(root.querySelectorAll<HTMLElement>('.mini-slide section')));
}
