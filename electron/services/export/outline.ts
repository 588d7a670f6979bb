import { PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

/** One bookmark: its title and the 0-based page it opens. */
export interface OutlineEntry {
  title: string;
  page: number;
}

/**
 * Adds a flat outline (bookmarks) to the document: one entry per item, each opening its page at the current zoom
 * (`[page /XYZ null null null]`). pdf-lib has no outline API, so the /Outlines tree is built from dictionaries.
 * Replaces any outline the document already had. Entries naming a page that does not exist are skipped.
 */
export function setOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  const pages = doc.getPages();
  const valid = entries.filter((entry) => entry.page >= 0 && entry.page < pages.length);
  if (valid.length === 0) {
    doc.catalog.delete(PDFName.of('Outlines'));
    return;
  }
  const context = doc.context;
  const rootRef = context.nextRef();
  const refs: PDFRef[] = valid.map(() => context.nextRef());
  valid.forEach((entry, index) => {
    const item = PDFDict.withContext(context);
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), rootRef);
    const prev = refs[index - 1];
    const next = refs[index + 1];
    if (prev) item.set(PDFName.of('Prev'), prev);
    if (next) item.set(PDFName.of('Next'), next);
    const page = pages[entry.page];
    if (page)
      item.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
    context.assign(refs[index] as PDFRef, item);
  });
  const root = PDFDict.withContext(context);
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), refs[0] as PDFRef);
  root.set(PDFName.of('Last'), refs[refs.length - 1] as PDFRef);
  root.set(PDFName.of('Count'), PDFNumber.of(refs.length));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
