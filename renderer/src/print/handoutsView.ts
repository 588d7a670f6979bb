/**
 * `kind=handouts`: portrait pages with 3 slides each and ruled lines beside them for writing, or 6 slides each
 * in two columns. Every page is numbered.
 */
import { slideTitle } from '../../../slides/content';
import type { Deck } from '../../../slides/model';
import type { PrintJob } from '../../../electron/ipc/contract';
import { miniSlide } from './miniSlide';
import { addSheet, numberSheets, SHEET_CONTENT_WIDTH, type Sheet } from './sheet';
import type { PrintLayout } from '../../../electron/ipc/contract';
import { fitMiniSlides } from './miniSlide';

/** Ruled lines beside each slide of a 3-per-page handout. */
const RULED_LINES = 8;
/** Share of the content width a slide takes: 3 per page leaves room for lines; 6 per page sits in two columns. */
const SLIDE_SHARE: Readonly<Record<3 | 6, number>> = { 3: 0.52, 6: 0.47 };

function handoutCell(deck: Deck, index: number, job: PrintJob): HTMLElement {
  const slide = deck.slides[index];
  const cell = document.createElement('div');
  cell.className = 'handout-cell';
  if (!slide) return cell;
  const figure = document.createElement('figure');
  figure.className = 'handout-slide';
  const width = Math.floor(SHEET_CONTENT_WIDTH[job.paper] * SLIDE_SHARE[job.perPage]);
  figure.appendChild(miniSlide(slide, deck.meta.aspect, width));
  const caption = document.createElement('figcaption');
  const number = (job.part?.firstSlide ?? 0) + index + 1;
  caption.textContent = `${number}. ${slideTitle(slide) || `Slide ${number}`}`;
  figure.appendChild(caption);
  cell.appendChild(figure);
  if (job.perPage === 3) {
    const lines = document.createElement('div');
    lines.className = 'handout-lines';
    for (let line = 0; line < RULED_LINES; line += 1) lines.appendChild(document.createElement('div'));
    cell.appendChild(lines);
  }
  return cell;
}

/** Lays out the handout pages. */
export async function renderHandoutsView(root: HTMLElement, deck: Deck, job: PrintJob): Promise<PrintLayout> {
  const sheets: Sheet[] = [];
  const pageCount = Math.max(1, Math.ceil(deck.slides.length / job.perPage));
  for (let page = 0; page < pageCount; page += 1) {
    const sheet = addSheet(root, `handouts-${job.perPage}`, deck.meta.title, 'Handout');
    const grid = document.createElement('div');
    grid.className = `handout-grid per-page-${job.perPage}`;
    for (let slot = 0; slot < job.perPage; slot += 1)
      grid.appendChild(handoutCell(deck, page * job.perPage + slot, job));
    sheet.body.appendChild(grid);
    sheets.push(sheet);
  }
  numberSheets(sheets, job.part);
  await fitMiniSlides(root);
  return {
    pages: sheets.length,
    slidePages: deck.slides.map((_, index) => Math.floor(index / job.perPage)),
    titles: deck.slides.map(
      (slide, index) => slideTitle(slide) || `Slide ${(job.part?.firstSlide ?? 0) + index + 1}`,
    ),
  };
}
