/**
 * `kind=notes`: portrait notes pages. Each slide starts a page with the slide on top and its full notes below;
 * a long note continues on the next pages under "(continued)", split between words with the real fonts, never
 * cut. The slide's source references follow the notes.
 */
import { renderNotesHtml } from '../../../slides/render/slide';
import { slideTitle } from '../../../slides/content';
import type { Deck } from '../../../slides/model';
import type { PrintJob } from '../../../electron/ipc/contract';
import { sanitizeHtml } from '../sanitize';
import { fitMiniSlides, miniSlide } from './miniSlide';
import { fits, flowBlocks } from './paginate';
import { addSheet, numberSheets, SHEET_CONTENT_WIDTH, type Sheet } from './sheet';
import { sourceBlocks, sourceLines } from './sources';
import type { PrintLayout } from '../../../electron/ipc/contract';

/** The notes of a slide as top-level blocks (paragraphs, lists, quotes…). */
function noteBlocks(notes: string): HTMLElement[] {
  const holder = document.createElement('div');
  holder.innerHTML = sanitizeHtml(notes.trim() ? renderNotesHtml({ notes }) : '');
  const blocks = Array.from(holder.children) as HTMLElement[];
  if (blocks.length > 0) return blocks;
  const empty = document.createElement('p');
  empty.className = 'no-notes';
  empty.textContent = 'No speaker notes.';
  return [empty];
}

function flowArea(sheet: Sheet, label: string): HTMLElement {
  const heading = document.createElement('h2');
  heading.className = 'notes-head';
  heading.textContent = label;
  const area = document.createElement('div');
  area.className = 'notes-flow';
  sheet.body.append(heading, area);
  return area;
}

/** Lays out every slide's notes pages; resolves once laid out with the loaded fonts. */
export async function renderNotesView(root: HTMLElement, deck: Deck, job: PrintJob): Promise<PrintLayout> {
  const sheets: Sheet[] = [];
  const slidePages: number[] = [];
  const titles: string[] = [];
  // A part of a deck printed in parts numbers its slides and pages within the whole deck.
  const firstSlide = job.part?.firstSlide ?? 0;
  const total = job.part?.slideTotal ?? deck.slides.length;
  const newSheet = (aside: string) => {
    const sheet = addSheet(root, 'notes', deck.meta.title, aside);
    sheets.push(sheet);
    return sheet;
  };
  // Measure with the fonts the pages print with: start their loads with a sample, then wait.
  newSheet('').body.textContent = 'Aa';
  await document.fonts.ready;
  sheets.pop()?.element.remove();

  deck.slides.forEach((slide, index) => {
    const number = firstSlide + index + 1;
    const title = slideTitle(slide) || `Slide ${number}`;
    titles.push(title);
    slidePages.push(sheets.length);
    const aside = `Slide ${number} of ${total}`;
    const first = newSheet(aside);
    first.body.appendChild(miniSlide(slide, deck.meta.aspect, SHEET_CONTENT_WIDTH[job.paper], job.measure));
    const blocks = [...noteBlocks(slide.notes), ...sourceBlocks(sourceLines(slide, job.article))];
    flowBlocks(blocks, flowArea(first, 'Notes'), () => flowArea(newSheet(aside), `${title} (continued)`));
  });
  numberSheets(sheets, job.part);
  // A part only measured for its page count prints nothing: its small slides are empty frames of the same size.
  if (!job.measure) await fitMiniSlides(root);
  // Never print a cut note: if any area overflows now (it should not), fail the export instead.
  const cut = Array.from(root.querySelectorAll<HTMLElement>('.notes-flow')).find(
    (area) => !fits(area) && !area.dataset.overflow,
  );
  if (cut)
    throw new Error('a notes page overflowed after layout; the export was stopped rather than cut a note');
  return { pages: sheets.length, slidePages, titles };
}
