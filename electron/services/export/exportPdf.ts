import { parseDeck } from '../../../slides/format/parse';
import { saveFileAtomic, toSaveError } from '../atomicFile';
import { metadataFromDeck, postProcess } from './postProcess';
import { ExportError, type ExportPdfOptions, type ExportPdfResult, type PrintResult } from './types';

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
  let printed: PrintResult;
  try {
    printed = await options.printer.print({
      deckText: options.deckText,
      kind: options.kind,
      perPage: options.perPage ?? 3,
      paper: options.paper ?? 'a4',
      ...(options.article ? { article: options.article } : {}),
    });
  } catch (error) {
    if (error instanceof ExportError) throw error;
    throw new ExportError('print', `Printing failed: ${messageOf(error)}`);
  }

  progress('finishing', { slides });
  let bytes: Uint8Array;
  try {
    bytes = await postProcess(printed.pdf, metadataFromDeck(deck.meta), printed.layout);
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
    pages: printed.layout.pages,
    slides,
    ms: Math.round(performance.now() - started),
  };
}
