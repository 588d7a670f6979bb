/**
 * Line-level helpers shared by the deck parser: splitting text into lines without losing line endings,
 * turning offsets into 1-based line/column positions, and finding fenced code blocks.
 */

/** One line of a text: its content is `text.slice(start, end)`; the next line starts at `next`. */
export interface LineSpan {
  start: number;
  end: number;
  next: number;
}

/** A 1-based position in a text. Columns count UTF-16 code units, as editors do. */
export interface Position {
  line: number;
  column: number;
}

const LF = 10;
const CR = 13;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
const BLANK_LINE = /^[ \t]*$/;

/** Splits on `\n` and `\r\n` (a lone `\r` is content). A final line break does not start a new line. */
export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ start, end: text.length, next: text.length });
      break;
    }
    const end = nl > start && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
    lines.push({ start, end, next: nl + 1 });
    start = nl + 1;
  }
  return lines;
}

/** The line ending used most often (`\n` on a tie or when there is none). */
export function dominantEol(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === CR) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** True when the line holds only spaces and tabs. */
export function isBlank(text: string, line: LineSpan): boolean {
  return BLANK_LINE.test(text.slice(line.start, line.end));
}

/** Maps offsets in a text to 1-based line/column positions. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === LF) this.starts.push(i + 1);
  }

  /** The position of `offset` (clamped to the text). */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}

/** Which lines are inside fenced code blocks, and the index of each fence that is never closed. */
export interface FenceScan {
  fenced: boolean[];
  unclosed: number[];
}

/**
 * Marks the lines of `lines` inside fenced code blocks (fence lines included). A fence that is never closed
 * protects nothing: it is reported in `unclosed` and its lines are scanned as ordinary lines, so one stray
 * ``` cannot swallow the rest of a deck.
 */
export function scanFences(text: string, lines: readonly LineSpan[]): FenceScan {
  const fenced = new Array<boolean>(lines.length).fill(false);
  const unclosed: number[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as LineSpan;
    const open = FENCE_OPEN.exec(text.slice(line.start, line.end));
    const marker = open?.[1];
    if (open && marker && !(marker[0] === '`' && open[2]?.includes('`'))) {
      const close = findFenceClose(text, lines, i + 1, marker);
      if (close !== -1) {
        fenced.fill(true, i, close + 1);
        i = close + 1;
        continue;
      }
      unclosed.push(i);
    }
    i++;
  }
  return { fenced, unclosed };
}

function findFenceClose(text: string, lines: readonly LineSpan[], from: number, marker: string): number {
  for (let j = from; j < lines.length; j++) {
    const line = lines[j] as LineSpan;
    const close = FENCE_CLOSE.exec(text.slice(line.start, line.end))?.[1];
    if (close && close[0] === marker[0] && close.length >= marker.length) return j;
  }
  return -1;
}
