import type { PDFDocument } from 'pdf-lib';
import { parseDeck } from '../../../slides/format/parse';
import { stringifyDeck } from '../../../slides/format/stringify';
import type { Deck } from '../../../slides/model';
import { saveFileAtomic, toSaveError } from '../atomicFile';
import { mergeTaggedPdfs } from './merge';
import { metadataFromDeck, postProcess } from './postProcess';
import {
  ExportError,
  type ExportPdfOptions,
  type ExportPdfResult,
  type PrintLayout,
  type PrintResult,
} from './types';

/**
 * Slides printed per page load in a slides PDF. Chromium's printing of one document grows faster than its page
 * count (500 slides 10 s, 1,000 slides 37 s, 2,000 slides 200 s, measured), so a long deck is printed in parts of
 * this many slides whose PDFs are joined, tags and all: the time grows with the slide count, and memory with the part.
 */
export const SLIDES_PER_PART = 150;

/** The deck as consecutive parts of at most `size` slides, each a deck text of its own (same front matter). */
export function deckParts(deck: Deck, size: number): { from: number; text: string }[] {
  const parts: { from: number; text: string }[] = [];
  for (let from = 0; from < deck.slides.length; from += size) {
    const to = Math.min(deck.slides.length, from + size);
    const file = { ...deck.file, separators: deck.file.separators.slice(from, to - 1) };
    parts.push({ from, text: stringifyDeck({ ...deck, slides: deck.slides.slice(from, to), file }) });
  }
  return parts;
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
 * Exports a deck to PDF: parse (a deck with errors is refused), print the whole deck in one page load with the
 * injected printer, add metadata and an outline with pdf-lib, then write the file atomically (temporary file,
 * fsync, rename). Any failure throws an {@link ExportError} and leaves no file behind.
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
  // Notes and handouts number their pages across the whole deck, so they print in one load.
  const parts =
    options.kind === 'slides' && slides > SLIDES_PER_PART
      ? deckParts(deck, SLIDES_PER_PART)
      : [{ from: 0, text: options.deckText }];
  const results: PrintResult[] = [];
  try {
    for (const part of parts) {
      results.push(
        await options.printer.print({
          deckText: part.text,
          kind: options.kind,
          perPage: options.perPage ?? 3,
          paper: options.paper ?? 'a4',
          ...(options.article ? { article: options.article } : {}),
        }),
      );
      if (parts.length > 1) progress('printing', { slides, printed: parts[results.length]?.from ?? slides });
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
