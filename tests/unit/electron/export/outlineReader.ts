/** Reads a PDF's outline back with pdf-lib: each entry's title and the 0-based page its /Dest names. */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';

export interface ReadEntry {
  title: string;
  page: number;
}

export function readOutline(doc: PDFDocument): ReadEntry[] {
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!root) return [];
  const pageRefs = doc.getPages().map((page) => page.ref.toString());
  const entries: ReadEntry[] = [];
  let ref = root.get(PDFName.of('First'));
  while (ref instanceof PDFRef) {
    const item = doc.context.lookup(ref, PDFDict);
    const title = item.lookup(PDFName.of('Title'));
    const dest = item.lookup(PDFName.of('Dest'), PDFArray);
    const target = dest.get(0);
    entries.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
      page: pageRefs.indexOf(target instanceof PDFRef ? target.toString() : ''),
    });
    ref = item.get(PDFName.of('Next'));
  }
  return entries;
}
