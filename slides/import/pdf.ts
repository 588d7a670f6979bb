/**
 * PDFs with a text layer, read with unpdf's serverless build of PDF.js (eval off, no fonts or workers loaded).
 * Lines are rebuilt from the positioned text items and joined into paragraphs at vertical gaps; a PDF with no
 * text layer (a scan) is refused with a plain message rather than producing an empty draft.
 */
import { getDocumentProxy } from 'unpdf';
import { assembleArticle, capitalisedWords, headlineUnderMasthead } from './assemble';
import { dateIn } from './articleHead';
import { startsWith } from './decodeText';
import { normaliseSpace } from './normalise';
import { ImportError, type ImportedArticle } from './types';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const EOF_MARKER = '%%EOF';
/** Writers may append a little after the last %%EOF; a cut-off download has none near the end. */
const EOF_SEARCH_BYTES = 2048;
/** A paragraph ends where the gap to the next line exceeds this many times the font size. */
const PARAGRAPH_GAP_RATIO = 1.6;
/** A first line this much larger than the body text is the headline. */
const TITLE_SIZE_RATIO = 1.2;
/** Fewer visible characters than this means there is no usable text layer. */
const MIN_TEXT_CHARS = 20;
const SENTENCE_END = /[.!?:"”’)]$/;

interface PdfLine {
  text: string;
  y: number;
  size: number;
  page: number;
  /** The line opens on a list bullet's glyph ("●"): a list item of its own. */
  bullet?: boolean;
}

interface PdfTextItem {
  str?: string;
  transform?: number[];
  height?: number;
  hasEOL?: boolean;
}

/** Imports a PDF's text layer. Throws ImportError 'corrupt', 'no-text' or 'unsupported' (password). */
export async function importPdf(bytes: Uint8Array): Promise<ImportedArticle> {
  if (!startsWith(bytes, PDF_MAGIC))
    throw new ImportError('This is not a PDF file (it does not start with %PDF).', 'corrupt');
  if (!hasEofMarker(bytes)) {
    throw new ImportError(
      'The PDF is incomplete: it ends before its end-of-file marker (was the download cut off?).',
      'corrupt',
    );
  }
  const { lines, info } = await readLines(bytes);
  const visible = lines.reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0);
  if (visible < MIN_TEXT_CHARS) {
    throw new ImportError(
      'This PDF has no text layer (it is probably a scanned image): run OCR on it or paste the text instead.',
      'no-text',
    );
  }
  const { kept, running } = dropRunningLines(lines);
  const { text, notes } = dropFootnotes(kept);
  const { title, publisher, date: titled, body } = takeTitle(text, info.title);
  // "THE VERRIN COURIER … Opinion | Thursday, November 20, 2025": a running header may be all that dates a page.
  const date = titled ?? running.map((line) => dateIn(line.text)).find(Boolean);
  // The authors the page names under its title come before the document's Author field, often a generator's.
  const article = assembleArticle(
    toParagraphs(body),
    'pdf',
    { title, ...(publisher ? { publisher } : {}), ...(date ? { date } : {}) },
    {
      guessTitle: !title,
      guessStandfirst: Boolean(title),
      droppedBefore: running.length,
      warnings: notes > 0 ? [`left out ${notes} ${notes === 1 ? 'footnote' : 'footnotes'}`] : [],
    },
  );
  if (article.author || !info.author) return article;
  const credited = { ...article, author: info.author };
  headlineUnderMasthead(credited);
  return credited;
}

/** Running headers and footers are short: a date and page title, an address and "2/3". */
const MAX_RUNNING_CHARS = 160;
/** They are among the top or bottom lines of a page. */
const EDGE_LINES = 2;
const DIGITS = /\d+/g;

/**
 * Drops running headers and footers: lines in a page's top or bottom margin (set apart from the body by a wide gap)
 * that, digits aside ("1/3", "2/3"), recur there on at least two pages and on at least half of them, as a browser
 * prints the date, the page title, the address and the page count. Body lines are never dropped.
 */
function dropRunningLines(lines: readonly PdfLine[]): { kept: PdfLine[]; running: PdfLine[] } {
  const pages = new Map<number, PdfLine[]>();
  for (const line of lines) pages.set(line.page, [...(pages.get(line.page) ?? []), line]);
  if (pages.size < 2) return { kept: [...lines], running: [] };
  const edges = new Set<PdfLine>();
  for (const pageLines of pages.values()) {
    const byHeight = [...pageLines].sort((a, b) => b.y - a.y);
    for (const line of [...marginBand(byHeight), ...marginBand([...byHeight].reverse())])
      if (line.text.length <= MAX_RUNNING_CHARS) edges.add(line);
  }
  const key = (line: PdfLine): string => line.text.replace(DIGITS, '#').toLowerCase();
  const pagesOf = new Map<string, Set<number>>();
  for (const line of edges) pagesOf.set(key(line), (pagesOf.get(key(line)) ?? new Set()).add(line.page));
  const isRunning = (line: PdfLine): boolean => {
    const count = pagesOf.get(key(line))?.size ?? 0;
    return edges.has(line) && count >= 2 && count * 2 >= pages.size;
  };
  return { kept: lines.filter((line) => !isRunning(line)), running: lines.filter(isRunning) };
}

/** Footnotes are set smaller than the body: at most this share of its usual size. */
const FOOTNOTE_SIZE_RATIO = 0.9;
/** A footnote opens on its number or mark ("1 Marlen Valley Combined Authority, …", "* Estimate"). */
const NOTE_MARK = /^(?:\d{1,3}|[*†‡§])(?=\s|\p{Lu}|$)/u;

/**
 * Drops footnotes: the lines at the foot of a page set smaller than the body, the first of them opening on a
 * note's number. They are asides to the text (never its last word); taken out, a paragraph that runs on over the
 * page joins up again. Returns the other lines and how many notes were dropped.
 */
function dropFootnotes(lines: readonly PdfLine[]): { text: PdfLine[]; notes: number } {
  const sizes = lines.map((line) => line.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const pages = new Map<number, PdfLine[]>();
  for (const line of lines) pages.set(line.page, [...(pages.get(line.page) ?? []), line]);
  const dropped = new Set<PdfLine>();
  let notes = 0;
  for (const pageLines of pages.values()) {
    const fromFoot = [...pageLines].sort((a, b) => a.y - b.y);
    let top = 0;
    while (top < fromFoot.length && fromFoot[top]!.size < body * FOOTNOTE_SIZE_RATIO) top += 1;
    // The foot's small lines, read top down: the first must open on a note's mark.
    const foot = fromFoot.slice(0, top).reverse();
    if (foot.length === 0 || top === fromFoot.length || !NOTE_MARK.test(foot[0]!.text)) continue;
    for (const line of foot) dropped.add(line);
    notes += foot.filter((line) => NOTE_MARK.test(line.text)).length;
  }
  return { text: lines.filter((line) => !dropped.has(line)), notes };
}

/**
 * The lines at one edge of a page (given from that edge inwards) set apart from the body by a gap wider than
 * line spacing: at most {@link EDGE_LINES} of them, else none (the page starts or ends with body text).
 */
function marginBand(fromEdge: readonly PdfLine[]): PdfLine[] {
  let end = 0;
  while (end + 1 < fromEdge.length) {
    const line = fromEdge[end]!;
    if (Math.abs(line.y - fromEdge[end + 1]!.y) > line.size * PARAGRAPH_GAP_RATIO) break;
    end += 1;
  }
  return end + 1 < fromEdge.length && end < EDGE_LINES ? fromEdge.slice(0, end + 1) : [];
}

function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - EOF_SEARCH_BYTES)));
  return tail.includes(EOF_MARKER);
}

async function readLines(
  bytes: Uint8Array,
): Promise<{ lines: PdfLine[]; info: { title?: string; author?: string } }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      isEvalSupported: false,
      disableFontFace: true,
      stopAtErrors: false,
      verbosity: 0,
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      throw new ImportError(
        'This PDF is password-protected: open it and save an unprotected copy.',
        'unsupported',
      );
    throw new ImportError(
      `The PDF is damaged and cannot be read (${error instanceof Error ? error.message : 'unknown error'}).`,
      'corrupt',
    );
  }
  try {
    const lines: PdfLine[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      lines.push(...toLines(content.items as PdfTextItem[], number));
      page.cleanup();
    }
    const { info } = (await pdf.getMetadata().catch(() => ({ info: {} }))) as {
      info: Record<string, unknown>;
    };
    const text = (value: unknown): string | undefined =>
      (typeof value === 'string' && normaliseSpace(value)) || undefined;
    return { lines, info: { title: text(info['Title']), author: text(info['Author']) } };
  } finally {
    await pdf.destroy();
  }
}

/** A note's reference mark in the text: a number or a symbol, set at most this share of the line's size. */
const NOTE_REFERENCE = /^\s*(?:\d{1,3}|[*†‡§])\s*$/;
const MARKER_SIZE_RATIO = 0.75;

/** A list bullet's glyph, set as an item of its own. */
const LIST_GLYPH = /^\s*[•▪◦‣●○■□➢►✓✔]\s*$/u;

/** Joins text items into lines: a new line at every end-of-line mark or change of baseline. */
function toLines(items: readonly PdfTextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  let glyphSize = 0;
  for (const item of items) {
    const y = item.transform?.[5] ?? 0;
    const size = Math.abs(item.transform?.[3] ?? item.height ?? 0) || 10;
    // "… 10.9% nationally.¹": a note's number, set small above the baseline, is no part of the text.
    if (
      current &&
      NOTE_REFERENCE.test(item.str ?? '') &&
      size <= current.size * MARKER_SIZE_RATIO &&
      y > current.y
    )
      continue;
    if (current && Math.abs(current.y - y) > current.size / 2) {
      lines.push(current);
      current = undefined;
    }
    // "●": a bullet's glyph, often set larger than its text, says nothing of the line's size.
    const glyph = !/[\p{L}\p{N}]/u.test(item.str ?? '');
    if (!current) {
      current = { text: '', y, size: glyph ? 0 : size, page, bullet: LIST_GLYPH.test(item.str ?? '') };
      if (glyph) glyphSize = size;
    }
    current.text += item.str ?? '';
    if (!glyph) current.size = Math.max(current.size, size);
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({
      ...line,
      size: line.size || glyphSize || 10,
      text: normaliseSpace(line.text.replace(/\u00ad/g, '')),
    }))
    .filter((line) => line.text.length > 0);
}

/** The headline starts within this many lines of the top (a section kicker or a date may come first). */
const TITLE_SEARCH_LINES = 4;
/** A date closing a line of the page's head ("… | Rates and FX | 22 April 2025"). */
const HEAD_LINE_DATE =
  /(?:^|[|·•]\s*)(\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{4})\s*$/;
/** A name set in capitals, a few words long: a firm's or a publication's masthead. */
const SHOUTED_NAME = /^(?=.*\p{Lu}{2})[\p{Lu}\d&'’.\- ]{3,40}$/u;
/** Lines above the headline this short are a kicker ("ECONOMY"), not body text. */
const MAX_KICKER_CHARS = 40;
/** A smaller line of the page's head above the title (its issuer, its series) is at most this long. */
const MAX_HEAD_LINE_CHARS = 90;

/**
 * The headline is the first run of lines set larger than the body (or the line matching the document's Title),
 * within the first few lines; a headline set on two lines is joined, and a short kicker above it is dropped.
 */
function takeTitle(
  lines: PdfLine[],
  infoTitle: string | undefined,
): { title?: string; publisher?: string; date?: string; body: PdfLine[] } {
  if (lines.length < 2) return { body: lines };
  const sizes = lines.map((line) => line.size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const large = (line: PdfLine) => line.size >= median * TITLE_SIZE_RATIO || line.text === infoTitle;
  let start = lines.slice(0, TITLE_SEARCH_LINES).findIndex(large);
  if (start < 0) return { title: undefined, body: lines };
  // "BRIGHTWATER CAPITAL RESEARCH" over "Bank of Veloria: the market is pricing …": a firm's shouted name
  // heads the page, and the headline is the next large line below it.
  const masthead = lines[start]!;
  const next = lines.findIndex((line, i) => i > start && i < start + TITLE_SEARCH_LINES && large(line));
  let publisher: string | undefined;
  let date: string | undefined;
  if (SHOUTED_NAME.test(masthead.text) && next > start + 1 && lines[next]!.size !== masthead.size) {
    publisher = capitalisedWords(masthead.text);
    // "Macro Strategy | Veloria | Rates and FX | 22 April 2025": the note's date closes its series line.
    date = lines
      .slice(start + 1, next)
      .map((line) => HEAD_LINE_DATE.exec(line.text)?.[1])
      .find(Boolean);
    start = next;
  }
  const above = lines.slice(0, start);
  const first = lines[start]!;
  // "Centre for Transport Economics · University of Dunbarrow" over a paper's title: a line of the page's head,
  // set smaller than the title and closed by no stop, is no body text either.
  const headLine = (line: PdfLine) =>
    line.text.length <= MAX_KICKER_CHARS ||
    (line.text.length <= MAX_HEAD_LINE_CHARS && line.size < first.size && !SENTENCE_END.test(line.text));
  if (!above.every(headLine)) return { title: undefined, body: lines };
  let end = start + 1;
  while (
    end < lines.length &&
    lines[end]!.size === first.size &&
    lines[end]!.page === first.page &&
    first.text !== infoTitle
  )
    end += 1;
  if (end >= lines.length) return { title: undefined, body: lines };
  const title = lines
    .slice(start, end)
    .map((line) => line.text)
    .join(' ');
  return { title, publisher, date, body: lines.slice(end) };
}

/** A hyphen ending a line, between letters: the compound's own hyphen, kept, with no space after it. */
const LINE_END_HYPHEN = /(\p{L})- (?=\p{Ll})(?!(?:and|or|to|nor)\b)/gu;

/** Joins lines into paragraphs at gaps wider than ordinary line spacing, and at page ends after a full stop. */
function toParagraphs(lines: readonly PdfLine[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let previous: PdfLine | undefined;
  for (const line of lines) {
    const newPage = previous !== undefined && line.page !== previous.page;
    const gap = previous === undefined || newPage ? 0 : previous.y - line.y;
    const breaks =
      previous !== undefined &&
      ((newPage && SENTENCE_END.test(previous.text)) ||
        gap > previous.size * PARAGRAPH_GAP_RATIO ||
        line.bullet === true ||
        line.size !== previous.size);
    if (breaks && current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
    current.push(line.text);
    previous = line;
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  // "its post-" | "pandemic low": a compound broken at its hyphen at a line's end is one word again.
  return paragraphs.map((p) => p.replace(LINE_END_HYPHEN, '$1-'));
}
