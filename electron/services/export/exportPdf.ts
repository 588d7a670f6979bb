import type { PDFDocument } from 'pdf-lib';
import { parseDeck } from '../../../slides/format/parse';
import { stringifyDeck } from '../../../slides/format/stringify';
import type { Deck } from '../../../slides/model';
import { saveFileAtomic, toSaveError } from '../atomicFile';
import { mergeTaggedPdfs } from './merge';
import { metadataFromDeck, postProcess } from './postProcess';
import type { PdfKind, PrintJob, PrintPart } from '../../ipc/contract';
import {
  ExportError,
  type ExportPdfOptions,
  type ExportPdfResult,
  type PrintLayout,
  type PrintResult,
} from './types';

/**
 * Slides printed per page load. Chromium's printing of one document grows faster than its page count (slides: 500
 * slides 10 s, 1,000 slides 37 s, 2,000 slides 200 s; notes: 500 slides 7 s, 2,000 slides 156 s, measured), so a
 * long deck is printed in parts of this many slides whose PDFs are joined, tags and all: the time grows with the
 * slide count, and memory with the part. Every kind prints this way; each part numbers its slides and pages within
 * the whole deck.
 */
export const SLIDES_PER_PART = 150;

/** Share of a parted notes export spent measuring its parts (for progress: measuring is a page load per part). */
const MEASURE_SHARE = 0.3;

/** The deck as consecutive parts of at most `size` slides, each a deck text of its own (same front matter). */
export function deckParts(deck: Deck, size: number): { from: number; count: number; text: string }[] {
  const parts: { from: number; count: number; text: string }[] = [];
  for (let from = 0; from < deck.slides.length; from += size) {
    const to = Math.min(deck.slides.length, from + size);
    const file = { ...deck.file, separators: deck.file.separators.slice(from, to - 1) };
    parts.push({
      from,
      count: to - from,
      text: stringifyDeck({ ...deck, slides: deck.slides.slice(from, to), file }),
    });
  }
  return parts;
}

/** Slides per part for a kind: a handout part holds whole pages (a multiple of the slides per page). */
export function partSlides(kind: PdfKind, perPage: 3 | 6, size: number): number {
  const whole = Math.max(1, Math.floor(size));
  return kind === 'handouts' ? Math.max(perPage, whole - (whole % perPage)) : whole;
}

/**
 * Where each part sits in the whole: its first slide, and its first page out of the whole's pages. Slides and
 * handouts know their pages from the slide count; notes measure each part first (a long note takes pages).
 */
async function placeParts(
  options: ExportPdfOptions,
  job: PrintJob,
  parts: readonly { from: number; count: number; text: string }[],
  slides: number,
  progress: NonNullable<ExportPdfOptions['onProgress']>,
): Promise<PrintPart[]> {
  const perPage = job.perPage;
  if (options.kind === 'slides')
    return parts.map((part) => ({
      firstSlide: part.from,
      slideTotal: slides,
      firstPage: part.from,
      pageTotal: slides,
    }));
  if (options.kind === 'handouts') {
    const pageTotal = Math.ceil(slides / perPage);
    return parts.map((part) => ({
      firstSlide: part.from,
      slideTotal: slides,
      firstPage: part.from / perPage,
      pageTotal,
    }));
  }
  const measure = options.printer.layout?.bind(options.printer);
  if (!measure) throw new Error('this printer cannot measure a notes part');
  const pages: number[] = [];
  for (const part of parts) {
    const place = { firstSlide: part.from, slideTotal: slides, firstPage: 0, pageTotal: 0 };
    pages.push((await measure({ ...job, deckText: part.text, part: place, measure: true })).pages);
    progress('printing', { slides, printed: Math.round((part.from + part.count) * MEASURE_SHARE) });
  }
  const pageTotal = pages.reduce((sum, count) => sum + count, 0);
  let firstPage = 0;
  return parts.map((part, index) => {
    const place = { firstSlide: part.from, slideTotal: slides, firstPage, pageTotal };
    firstPage += pages[index] ?? 0;
    return place;
  });
}

/** One layout for the joined parts: pages add up, each part's slide pages shifted by the pages before it. */
function joinLayouts(layouts: readonly PrintLayout[]): PrintLayout {
  let pages = 0;
  const slidePages: number[] = [];
  const titles: string[] = [];
  for (const layout of layouts) {
    slidePages.push(...layout.slidePages.map((page) => page + pages));
    titles.push(...layout.titles);
    pages += layout.pages;
  }
  return { pages, slidePages, titles };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Exports a deck to PDF: parse (a deck with errors is refused), print it with the injected printer (in one page
 * load, or a long deck in parts of {@link SLIDES_PER_PART} slides whose PDFs are joined), add metadata and an
 * outline with pdf-lib, then write the file atomically (temporary file, fsync, rename). Any failure throws an
 * {@link ExportError} and leaves no file behind.
 */
export async function exportPdf(options: ExportPdfOptions): Promise<ExportPdfResult> {
  const started = performance.now();
  const { deck, errors } = parseDeck(options.deckText);
  const slides = deck.slides.length;
  const progress = options.onProgress ?? (() => undefined);
  progress('parsing', { slides });
  const first = errors[0];
  if (first) {
    throw new ExportError(
      'deck',
      `The deck has ${errors.length} error${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} before exporting (line ${first.line}, column ${first.column}: ${first.message}).`,
    );
  }
  if (slides === 0) throw new ExportError('deck', 'The deck has no slides to export.');

  progress('printing', { slides });
  const perPage = options.perPage ?? 3;
  const job: PrintJob = {
    deckText: options.deckText,
    kind: options.kind,
    perPage,
    paper: options.paper ?? 'a4',
    ...(options.article ? { article: options.article } : {}),
  };
  const size = partSlides(options.kind, perPage, options.partSize ?? SLIDES_PER_PART);
  // A notes part's pages are known once laid out: a printer that cannot measure prints notes in one load.
  const parted = slides > size && (options.kind !== 'notes' || options.printer.layout !== undefined);
  const parts = parted ? deckParts(deck, size) : [{ from: 0, count: slides, text: options.deckText }];
  const results: PrintResult[] = [];
  try {
    const places = parted ? await placeParts(options, job, parts, slides, progress) : [undefined];
    for (const [index, part] of parts.entries()) {
      const place = places[index];
      const result = await options.printer.print({
        ...job,
        deckText: part.text,
        ...(place ? { part: place } : {}),
      });
      // The numbers printed on the pages assumed this part's page count: a part that printed to another is an error.
      const ends = places[index + 1]?.firstPage ?? place?.pageTotal;
      if (place && ends !== undefined && place.firstPage + result.layout.pages !== ends)
        throw new ExportError(
          'print',
          `Printing failed: part ${index + 1} of ${parts.length} printed ${result.layout.pages} pages where ${ends - place.firstPage} were numbered.`,
        );
      results.push(result);
      if (parts.length > 1) {
        const done = parts[results.length]?.from ?? slides;
        const share = parted && options.kind === 'notes' ? MEASURE_SHARE : 0;
        progress('printing', { slides, printed: Math.round(slides * share + done * (1 - share)) });
      }
    }
  } catch (error) {
    if (error instanceof ExportError) throw error;
    throw new ExportError('print', `Printing failed: ${messageOf(error)}`);
  }

  progress('finishing', { slides });
  let bytes: Uint8Array;
  const layout = joinLayouts(results.map((result) => result.layout));
  try {
    const pdf: Uint8Array | PDFDocument =
      results.length === 1 && results[0]
        ? results[0].pdf
        : await mergeTaggedPdfs(results.map((result) => result.pdf));
    bytes = await postProcess(pdf, metadataFromDeck(deck.meta), layout);
  } catch (error) {
    throw new ExportError('print', `The printed PDF could not be finished: ${messageOf(error)}`);
  }

  progress('writing', { slides });
  const write = options.writeFile ?? saveFileAtomic;
  try {
    await write(options.outPath, bytes);
  } catch (error) {
    throw new ExportError('write', toSaveError(error, options.outPath).message);
  }
  progress('done', { slides });
  return {
    path: options.outPath,
    bytes: bytes.byteLength,
    pages: layout.pages,
    slides,
    ms: Math.round(performance.now() - started),
  };
}
