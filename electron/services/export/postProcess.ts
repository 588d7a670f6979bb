import { PDFDocument } from 'pdf-lib';
import type { DeckMeta } from '../../../slides/model';
import { setOutline } from './outline';
import type { PrintLayout } from './types';

/** Document information written into every exported PDF. */
export interface PdfMetadata {
  title: string;
  /** The document language (BCP 47), for screen readers: the deck's `lang`, else `en`. */
  lang: string;
  author?: string;
  subject?: string;
  keywords: string[];
}

/** The creator recorded in every exported PDF. */
export const PDF_CREATOR = 'Briefdeck';
/** The producer recorded in every exported PDF. */
export const PDF_PRODUCER = 'Briefdeck (Chromium, pdf-lib)';

/** A BCP 47 language tag such as `en`, `en-GB` or `az-Latn`. */
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Title, language, author, subject and keywords from the deck's front matter and its source article. */
export function metadataFromDeck(meta: DeckMeta): PdfMetadata {
  const source = meta.source ?? {};
  const subject = meta.subtitle ?? (source.title ? `Briefing on ${source.title}` : undefined);
  const keywords = ['briefing', source.publisher, source.title, source.author].filter(
    (word): word is string => typeof word === 'string' && word.trim().length > 0,
  );
  const lang = typeof meta.extra.lang === 'string' && LANG_TAG.test(meta.extra.lang) ? meta.extra.lang : 'en';
  return {
    title: meta.title || 'Untitled briefing',
    lang,
    author: meta.author ?? source.author,
    subject,
    keywords,
  };
}

/**
 * The pdf-lib pass: sets the document information (title shown in the viewer's title bar, language, author,
 * subject, keywords, creator, producer) and an outline with one bookmark per slide at the page the layout names. Pages
 * and their content streams are copied untouched, so text stays vector and selectable. Throws when the PDF's
 * page count differs from the layout's (a page cut in two, or a stray blank page).
 */
export async function postProcess(
  pdf: Uint8Array | PDFDocument,
  metadata: PdfMetadata,
  layout: PrintLayout,
  now: Date = new Date(),
): Promise<Uint8Array> {
  const doc = pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf, { updateMetadata: false });
  if (doc.getPageCount() !== layout.pages) {
    throw new Error(
      `the print view laid out ${layout.pages} pages but Chromium printed ${doc.getPageCount()}`,
    );
  }
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setLanguage(metadata.lang);
  if (metadata.author) doc.setAuthor(metadata.author);
  if (metadata.subject) doc.setSubject(metadata.subject);
  doc.setKeywords(metadata.keywords);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  setOutline(
    doc,
    layout.titles.map((title, index) => ({ title, page: layout.slidePages[index] ?? 0 })),
  );
  // pdf-lib yields to the event loop every 50 objects by default, a timer each: hundreds of milliseconds for a
  // 100-slide deck on a busy machine. Every 2,000 objects still lets a host (Electron main, the web host) answer
  // between batches of a few tens of milliseconds.
  return doc.save({ objectsPerTick: 2000 });
}
