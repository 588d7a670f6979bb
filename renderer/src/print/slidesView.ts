/**
 * `kind=slides`: reveal.js's own print view, one page per slide at the deck's aspect, with the viewer's margin.
 * The page size comes from print.css (named pages per aspect): reveal's injected `@page` style is refused by the
 * page's CSP.
 */
import Reveal from 'reveal.js';
import type { Deck } from '../../../slides/model';
import { slideTitle } from '../../../slides/content';
import { ASPECT_SIZES, revealConfig } from '../deck/revealConfig';
import { syncSections } from '../deck/syncSections';
import type { PrintLayout } from '../../../electron/ipc/contract';
import { fitSections, fontsSettled } from '../fit/fitSlides';

/** Class naming the aspect on `<html>` (print.css picks the page size from it). */
export function aspectClass(aspect: Deck['meta']['aspect']): string {
  return aspect === '4:3' ? 'aspect-4-3' : 'aspect-16-9';
}

/**
 * Lays the deck out in reveal's print view; resolves on reveal's `pdf-ready`. `firstSlide`: the number of slides
 * before this part when a long deck prints in parts (an untitled slide's outline entry says its number in the deck).
 */
export async function renderSlidesView(root: HTMLElement, deck: Deck, firstSlide = 0): Promise<PrintLayout> {
  document.documentElement.classList.add(aspectClass(deck.meta.aspect));
  const revealEl = document.createElement('div');
  revealEl.className = 'reveal';
  const slidesEl = document.createElement('div');
  slidesEl.className = 'slides';
  revealEl.appendChild(slidesEl);
  root.appendChild(revealEl);
  syncSections(slidesEl, deck.slides);

  const reveal = new Reveal(revealEl, {
    ...revealConfig({ aspect: deck.meta.aspect, transition: 'none', embedded: false }),
    ...ASPECT_SIZES[deck.meta.aspect],
    view: 'print',
    controls: false,
    progress: false,
    keyboard: false,
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
  });
  const ready = new Promise<void>((resolve) => reveal.on('pdf-ready', () => resolve()));
  await reveal.initialize();
  await ready;
  // Over-full slides get smaller text, never a cut: fitted in the fonts they print with.
  await fontsSettled(root);
  const sections = Array.from(root.querySelectorAll<HTMLElement>('.pdf-page > section'));
  fitSections(sections);
  // reveal hides every slide but the current one from assistive technology; on paper all are read, and the
  // tagged PDF takes its structure from the accessibility tree.
  for (const element of [...sections, ...root.querySelectorAll<HTMLElement>('.pdf-page, .slides')]) {
    element.removeAttribute('aria-hidden');
    element.removeAttribute('inert');
  }
  return {
    pages: deck.slides.length,
    slidePages: deck.slides.map((_, index) => index),
    titles: deck.slides.map((slide, index) => slideTitle(slide) || `Slide ${firstSlide + index + 1}`),
  };
}
