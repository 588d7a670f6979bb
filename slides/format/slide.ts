/**
 * One slide's text ↔ its fields: attributes from `<!-- .slide: -->`, body, and notes after a `Note:` line.
 */
import { LAYOUTS } from '../model';
import type { DeckError, Layout, Slide } from '../model';
import { readAttributes, slideComment } from './attributes';
import { LineIndex, scanFences, splitLines } from './lines';
import type { Position } from './lines';

/** A line starting speaker notes (reveal's own rule: `Note:` or `Notes:`, any case). */
export const NOTES_LINE = /^ {0,3}notes?:[ \t]?/i;
const SLIDE_COMMENT = /^<!--\s*\.slide:([\s\S]*?)-->$/;
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
const LEADING_BLANK_LINES = /^(?:[ \t]*\n)+/;
const CRLF = /\r\n/g;
const FENCE_MARKER = /[`~]{3,}/;
const MAX_FENCE_REPAIRS = 8;
const BLANK_BEFORE = /^[ \t]*$/;

/** True when `value` is one of the known layouts. */
export function isLayout(value: unknown): value is Layout {
  return typeof value === 'string' && (LAYOUTS as readonly string[]).includes(value);
}

/** The fields of a slide read from its raw text. */
export type SlideFields = Pick<Slide, 'attrs' | 'layout' | 'body' | 'notes'>;

function tidy(text: string): string {
  return text.replace(CRLF, '\n').replace(LEADING_BLANK_LINES, '').trimEnd();
}

/**
 * Parses one slide's raw text. `at` maps an offset in `raw` to its file position; `index` is the slide's
 * 0-based index, attached to errors.
 */
export function parseSlide(
  raw: string,
  index: number,
  at: (offset: number) => Position,
): { fields: SlideFields; errors: DeckError[] } {
  const errors: DeckError[] = [];
  const lines = splitLines(raw);
  const { fenced } = scanFences(raw, lines);
  const lineIndex = new LineIndex(raw);
  const lineOf = (offset: number): number => lineIndex.position(offset).line - 1;
  const notesLine = lines.findIndex(
    (line, i) => !fenced[i] && NOTES_LINE.test(raw.slice(line.start, line.end)),
  );
  const bodyEnd = notesLine === -1 ? raw.length : (lines[notesLine]?.start ?? raw.length);

  const attrs: Record<string, string> = {};
  let layoutAt = -1;
  const cuts: [number, number][] = [];
  for (let open = raw.indexOf(COMMENT_OPEN); open !== -1; open = raw.indexOf(COMMENT_OPEN, open + 1)) {
    if (fenced[lineOf(open)]) continue;
    const close = raw.indexOf(COMMENT_CLOSE, open + COMMENT_OPEN.length);
    if (close === -1) {
      errors.push({
        ...at(open),
        slide: index,
        message: `Slide ${index + 1}: this comment is never closed; add -->.`,
      });
      break;
    }
    const end = close + COMMENT_CLOSE.length;
    const comment = SLIDE_COMMENT.exec(raw.slice(open, end));
    if (comment && open < bodyEnd) {
      const inner = open + comment[0].indexOf(':') + 1;
      for (const attr of readAttributes(comment[1] ?? '')) {
        attrs[attr.name] = attr.value;
        if (attr.name === 'data-layout') layoutAt = inner + attr.offset;
      }
      cuts.push(wholeLineCut(raw, lines, lineOf, open, end));
    }
    open = end - 1;
  }

  let layout: Layout = 'bullets';
  const wanted = attrs['data-layout'];
  if (isLayout(wanted)) layout = wanted;
  else if (wanted !== undefined) {
    errors.push({
      ...at(layoutAt),
      slide: index,
      message: `Slide ${index + 1}: unknown layout "${wanted}"; use one of ${LAYOUTS.join(', ')}. Showing it as bullets.`,
    });
  }

  let body = '';
  let from = 0;
  for (const [start, end] of cuts) {
    body += raw.slice(from, start);
    from = end;
  }
  body += raw.slice(from, Math.max(from, bodyEnd));
  const notesText = notesLine === -1 ? '' : raw.slice(bodyEnd).replace(NOTES_LINE, '');
  return { fields: { attrs, layout, body: tidy(body), notes: tidy(notesText) }, errors };
}

/** The range to remove for a comment: its whole line(s) when nothing else is on them. */
function wholeLineCut(
  raw: string,
  lines: ReturnType<typeof splitLines>,
  lineOf: (offset: number) => number,
  open: number,
  end: number,
): [number, number] {
  const first = lines[lineOf(open)];
  const last = lines[lineOf(end - 1)];
  if (!first || !last) return [open, end];
  const alone =
    BLANK_BEFORE.test(raw.slice(first.start, open)) && BLANK_BEFORE.test(raw.slice(end, last.end));
  return alone ? [first.start, last.next] : [open, end];
}

/** The attributes to write: `data-layout` mirrors `layout`, except a default layout that was never written. */
export function attributesToWrite(slide: SlideFields): Record<string, string> {
  const { 'data-layout': current, ...rest } = slide.attrs;
  if (slide.layout !== 'bullets' || isLayout(current)) return { 'data-layout': slide.layout, ...rest };
  return current === undefined ? rest : { 'data-layout': current, ...rest };
}

/**
 * Keeps Markdown from changing the slide structure when written back: a `---` (or `----`) line would split the slide and a
 * `Note:` line in the body would start the notes, so both are escaped; an unclosed code fence is closed.
 */
function guard(text: string, escapeNotes: boolean): string {
  const lines = text.replace(CRLF, '\n').split('\n');
  const { fenced } = scanFences(lines.join('\n'), splitLines(lines.join('\n')));
  const out = lines.map((line, i) => {
    if (fenced[i]) return line;
    // `---` splits a slide, and so does reveal-md's vertical `----` between blank lines.
    if (line === '---' || line === '----') return `${line} `;
    if (escapeNotes && NOTES_LINE.test(line)) return line.replace(':', '\\:');
    return line;
  });
  for (let round = 0; round < MAX_FENCE_REPAIRS; round++) {
    const joined = out.join('\n');
    const last = scanFences(joined, splitLines(joined)).unclosed.at(-1);
    if (last === undefined) break;
    out.push(FENCE_MARKER.exec(out[last] ?? '')?.[0] ?? '```');
  }
  return out.join('\n');
}

/** Writes a slide from its fields, following FORMAT.md, with the given line ending. */
export function serializeSlide(slide: SlideFields, eol: string): string {
  const parts: string[] = [];
  const comment = slideComment(attributesToWrite(slide));
  if (comment) parts.push(comment);
  const body = guard(tidy(slide.body), true);
  if (body) parts.push(body);
  let text = parts.join('\n');
  const notes = guard(tidy(slide.notes), false);
  if (notes) text += `${text ? '\n\n' : ''}Note:\n${notes}`;
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}
