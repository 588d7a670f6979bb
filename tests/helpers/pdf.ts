import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A text line to draw: its size sets headline versus body; lines further apart than the font size start a paragraph. */
export interface PdfLineSpec {
  text: string;
  size: number;
  y: number;
  /** Where the text starts on its line (50 unless given): a note's mark follows the text it marks. */
  x?: number;
  /** The page, from 1 (the first unless given). */
  page?: number;
}

/** Builds a PDF with a real text layer (one page, unless a line names a later one). */
export async function buildTextPdf(
  lines: readonly PdfLineSpec[],
  title?: string,
  author?: string,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pageCount = Math.max(1, ...lines.map((line) => line.page ?? 1));
  const pages = Array.from({ length: pageCount }, () => doc.addPage([595, 842]));
  for (const line of lines)
    pages[(line.page ?? 1) - 1]!.drawText(line.text, { x: line.x ?? 50, y: line.y, size: line.size, font });
  if (title) doc.setTitle(title);
  if (author) doc.setAuthor(author);
  return doc.save();
}

/** Builds a PDF like a scan: a drawn shape, no text at all. */
export async function buildScannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 500, height: 700 });
  return doc.save();
}

/** Letters, digits and signs only: PDF text extraction spaces and breaks lines its own way, and CSS may upper-case. */
const NOT_COMPARED = /[\s\u00ad]+/g;

/** Text squashed for comparison with a PDF's extracted text: lower case, no whitespace. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(NOT_COMPARED, '');
}

/** The text of each page of a PDF (unpdf over pdf.js). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const proxy = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(proxy, { mergePages: false });
  return text as string[];
}

/** The phrases of `expected` that are missing from the PDF's text (compared with {@link comparable}). */
export async function missingFromPdf(bytes: Uint8Array, expected: readonly string[]): Promise<string[]> {
  const all = comparable((await pdfPageTexts(bytes)).join(' '));
  return expected.filter((phrase) => !all.includes(comparable(phrase)));
}

/**
 * The words of `text` the PDF's text does not hold in order (page furniture may fall between them, as when a note
 * continues on the next page): an empty list means every word is there, in sequence.
 */
export async function wordsMissingInOrder(bytes: Uint8Array, text: string): Promise<string[]> {
  const words = comparable((await pdfPageTexts(bytes)).join(' '));
  const missing: string[] = [];
  let from = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const at = words.indexOf(comparable(word), from);
    if (at < 0) missing.push(word);
    else from = at + comparable(word).length;
  }
  return missing;
}

/** What makes a PDF accessible, read from its catalog: marked content, a structure tree, language and title. */
export async function accessibility(bytes: Uint8Array): Promise<{
  marked: boolean;
  structureTree: boolean;
  lang: string | undefined;
  displayTitle: boolean;
  title: string | undefined;
}> {
  const { PDFBool, PDFDict, PDFName, PDFString, PDFHexString } = await import('pdf-lib');
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = doc.catalog;
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const viewer = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  return {
    marked: markInfo?.lookupMaybe(PDFName.of('Marked'), PDFBool)?.asBoolean() === true,
    structureTree: catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict) !== undefined,
    lang: catalog.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString)?.decodeText(),
    displayTitle: viewer?.lookupMaybe(PDFName.of('DisplayDocTitle'), PDFBool)?.asBoolean() === true,
    title: doc.getTitle(),
  };
}
