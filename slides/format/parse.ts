/**
 * `parseDeck`: `.deck.md` text → Deck. Never throws: problems become errors with 1-based line and column, and
 * everything that can be read is kept. The parsed deck holds every byte of the input (BOM, front matter,
 * separators, blank lines), so `stringifyDeck(parseDeck(text).deck) === text`.
 */
import type { Deck, DeckError, ParseResult, Slide } from '../model';
import { findFrontMatter, readFrontMatter } from './frontMatter';
import { LineIndex, dominantEol, isBlank, scanFences, splitLines } from './lines';
import type { LineSpan } from './lines';
import { defaultMeta } from './schema';
import { parseSlide } from './slide';

const BOM = '\uFEFF';
const SEPARATOR = '---';
/** reveal-md's vertical separator: read as an ordinary slide break when blank lines surround it, as reveal-md needs. */
const VERTICAL_SEPARATOR = '----';
const BLANK = /^[ \t]*$/;

/** A slide's place in the text: its raw range, and the separator that follows it. */
interface Chunk {
  start: number;
  end: number;
}

/** Parses a `.deck.md` file. */
export function parseDeck(input: string): ParseResult {
  const bom = input.startsWith(BOM);
  const text = bom ? input.slice(1) : input;
  const lines = splitLines(text);
  const index = new LineIndex(text);
  const errors: DeckError[] = [];

  const frontMatter = findFrontMatter(text, lines);
  let meta = defaultMeta();
  if (frontMatter) {
    const read = readFrontMatter(frontMatter);
    meta = read.meta;
    errors.push(...read.errors);
  } else if (lines[0] && text.slice(lines[0].start, lines[0].end) === SEPARATOR && lines.length > 1) {
    errors.push({
      line: 1,
      column: 1,
      message: 'The front matter opened on line 1 is never closed by a --- line; it is read as slides.',
    });
  }

  const first = frontMatter?.nextLine ?? 0;
  const bodyStart = frontMatter?.raw.length ?? 0;
  const slideLines = lines.slice(first);
  const { fenced } = scanFences(text, slideLines);
  const chunks: Chunk[] = [];
  const separatorLines: LineSpan[] = [];
  let chunkStart = bodyStart;
  const lineText = (i: number): string | undefined => {
    const line = slideLines[i];
    return line ? text.slice(line.start, line.end) : undefined;
  };
  const isSeparator = (i: number): boolean => {
    const value = lineText(i);
    if (value === SEPARATOR) return true;
    if (value !== VERTICAL_SEPARATOR) return false;
    const before = lineText(i - 1);
    const after = lineText(i + 1);
    // Blank means spaces and tabs only: `trim()` would also take a stray byte-order mark for blank.
    return before !== undefined && BLANK.test(before) && after !== undefined && BLANK.test(after);
  };
  slideLines.forEach((line, i) => {
    if (fenced[i] || !isSeparator(i)) return;
    chunks.push(trimChunk(text, slideLines, chunkStart, line.start));
    separatorLines.push(line);
    chunkStart = line.next;
  });
  const last = trimChunk(text, slideLines, chunkStart, text.length);
  const empty = chunks.length === 0 && last.start === last.end;
  if (!empty) chunks.push(last);

  const slides: Slide[] = chunks.map((chunk, i) => {
    const raw = text.slice(chunk.start, chunk.end);
    const parsed = parseSlide(raw, i, (offset) => index.position(chunk.start + offset));
    errors.push(...parsed.errors);
    return { id: `s${i + 1}`, ...parsed.fields, raw, dirty: false };
  });
  const separators = separatorLines.map((_, i) => text.slice(chunks[i]?.end, chunks[i + 1]?.start));
  const deck: Deck = {
    meta,
    slides,
    file: {
      bom,
      eol: dominantEol(text),
      frontMatterRaw: frontMatter?.raw ?? '',
      frontMatterDirty: false,
      separators,
      leading: empty ? text.slice(bodyStart) : text.slice(bodyStart, chunks[0]?.start),
      trailing: empty ? '' : text.slice(last.end),
    },
  };
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { deck, errors };
}

/**
 * Narrows [start, end) to its content: from the first non-blank line to the end of the last non-blank line's
 * text (its line break excluded). A chunk with no content collapses to its start.
 */
function trimChunk(text: string, lines: readonly LineSpan[], start: number, end: number): Chunk {
  let from = -1;
  let to = -1;
  for (const line of linesBetween(lines, start, end)) {
    if (isBlank(text, line)) continue;
    if (from === -1) from = line.start;
    to = line.end;
  }
  return from === -1 ? { start, end: start } : { start: from, end: to };
}

function* linesBetween(lines: readonly LineSpan[], start: number, end: number): Generator<LineSpan> {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as LineSpan).start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < lines.length && (lines[i] as LineSpan).start < end; i++) yield lines[i] as LineSpan;
}
