/**
 * A slide body as structured content, for the editor and the drafting engine: the title heading, the first
 * list's items (with their element attributes such as `data-src`), and every other block kept verbatim.
 * `serializeBody(parseBody(body)) === body` for any body: lines that would not be written back identically
 * are kept as verbatim Markdown instead of being read as a title or items.
 */
import { elementComment, readAttributes } from './format/attributes';
import { scanFences, splitLines } from './format/lines';
import type { Slide } from './model';

/** A heading, e.g. `## Oil for arms binds Baku to Israel`. */
export interface SlideHeading {
  /** 1–6, the number of `#`. */
  level: number;
  text: string;
  /** Attributes from a trailing `<!-- .element: … -->`. */
  attrs: Record<string, string>;
}

/** One list item, e.g. `  - figure from SIPRI <!-- .element: data-src="p3.s4" -->`. */
export interface SlideItem {
  text: string;
  /** Nesting depth, 0-based; each level is indented two spaces. */
  level: number;
  /** Attributes from a trailing `<!-- .element: … -->` (e.g. `data-src`). */
  attrs: Record<string, string>;
  /** The list marker as written (`-` by default, `*`, `1.` …). */
  marker?: string;
}

/** The body's blocks in order: where the title and the items go, and verbatim Markdown in between. */
export type SlideBlock = { type: 'title' } | { type: 'items' } | { type: 'markdown'; text: string };

/** A slide body as structured content. */
export interface SlideContent {
  title?: SlideHeading;
  items: SlideItem[];
  blocks: SlideBlock[];
}

/** A source reference `pN.sM`: sentence M of paragraph N of the article (both 1-based). */
export interface SourceRef {
  id: string;
  paragraph: number;
  sentence: number;
}

const HEADING = /^(#{1,6})[ \t]+(.*)$/;
const ITEM = /^( *)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const ELEMENT_AT_END = /[ \t]?<!--\s*\.element:([\s\S]*?)-->[ \t]*$/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const SOURCE_REF = /\bp(\d+)\.s(\d+)\b/g;
const INDENT = '  ';

function splitElement(text: string): { text: string; attrs: Record<string, string> } {
  const match = ELEMENT_AT_END.exec(text);
  if (!match) return { text, attrs: {} };
  const attrs: Record<string, string> = {};
  for (const attr of readAttributes(match[1] ?? '')) attrs[attr.name] = attr.value;
  return { text: text.slice(0, match.index), attrs };
}

function withElement(text: string, attrs: Readonly<Record<string, string>>): string {
  const comment = elementComment(attrs);
  return comment ? `${text} ${comment}` : text;
}

/** Writes a heading line. */
export function headingLine(heading: SlideHeading): string {
  return withElement(`${'#'.repeat(heading.level)} ${heading.text}`, heading.attrs);
}

/** Writes a list item line. */
export function itemLine(item: SlideItem): string {
  return withElement(`${INDENT.repeat(item.level)}${item.marker ?? '-'} ${item.text}`, item.attrs);
}

function readHeading(line: string): SlideHeading | undefined {
  const match = HEADING.exec(line);
  if (!match) return undefined;
  const { text, attrs } = splitElement(match[2] ?? '');
  const heading = { level: (match[1] ?? '#').length, text, attrs };
  return headingLine(heading) === line ? heading : undefined;
}

function readItem(line: string): SlideItem | undefined {
  const match = ITEM.exec(line);
  const indent = match?.[1] ?? '';
  if (!match || indent.length % INDENT.length !== 0) return undefined;
  const { text, attrs } = splitElement(match[3] ?? '');
  const item: SlideItem = { text, level: indent.length / INDENT.length, attrs };
  if (match[2] !== '-') item.marker = match[2];
  return itemLine(item) === line ? item : undefined;
}

/** Reads a body: a first-line heading as the title, the first run of list lines as the items. */
export function parseBody(body: string): SlideContent {
  const content: SlideContent = { items: [], blocks: [] };
  if (body === '') return content;
  const lines = body.split('\n');
  const { fenced } = scanFences(body, splitLines(body));
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length > 0) content.blocks.push({ type: 'markdown', text: pending.join('\n') });
    pending = [];
  };
  let i = 0;
  const title = readHeading(lines[0] ?? '');
  if (title) {
    content.title = title;
    content.blocks.push({ type: 'title' });
    i = 1;
  }
  let phase: 'before' | 'items' | 'after' = 'before';
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const item = fenced[i] || phase === 'after' ? undefined : readItem(line);
    if (item && phase === 'before') {
      flush();
      content.blocks.push({ type: 'items' });
      phase = 'items';
    }
    if (item) content.items.push(item);
    else {
      if (phase === 'items') phase = 'after';
      pending.push(line);
    }
  }
  flush();
  return content;
}

function itemsBlockIndex(content: SlideContent): number {
  return content.blocks.findIndex((block) => block.type === 'items');
}

/**
 * Writes structured content back to a body. A title or items with no place in `blocks` (new content) go
 * first and last respectively, separated by a blank line.
 */
export function serializeBody(content: SlideContent): string {
  const out: string[] = [];
  for (const block of content.blocks) {
    if (block.type === 'title') {
      if (content.title) out.push(headingLine(content.title));
    } else if (block.type === 'items') out.push(...content.items.map(itemLine));
    else out.push(...block.text.split('\n'));
  }
  if (content.title && !content.blocks.some((block) => block.type === 'title')) {
    out.unshift(...(out.length > 0 ? [headingLine(content.title), ''] : [headingLine(content.title)]));
  }
  if (content.items.length > 0 && itemsBlockIndex(content) === -1) {
    if (out.length > 0) out.push('');
    out.push(...content.items.map(itemLine));
  }
  return out.join('\n');
}

/** The text of the slide's first heading (outside code blocks), '' when it has none. */
export function slideTitle(slide: Pick<Slide, 'body'>): string {
  const lines = slide.body.split('\n');
  const { fenced } = scanFences(slide.body, splitLines(slide.body));
  for (let i = 0; i < lines.length; i++) {
    const match = fenced[i] ? null : HEADING.exec(lines[i] ?? '');
    if (match)
      return splitElement(match[2] ?? '')
        .text.replace(CLOSING_HASHES, '')
        .trim();
  }
  return '';
}

/** Reads the references of a `data-src` value, e.g. `"p4.s2 p4.s3"`; anything else in it is ignored. */
export function sourceRefs(dataSrc: string): SourceRef[] {
  return [...dataSrc.matchAll(SOURCE_REF)].map((match) => ({
    id: match[0],
    paragraph: Number(match[1]),
    sentence: Number(match[2]),
  }));
}

/** Writes references as a `data-src` value. */
export function formatSourceRefs(refs: readonly Pick<SourceRef, 'paragraph' | 'sentence'>[]): string {
  return refs.map((ref) => `p${ref.paragraph}.s${ref.sentence}`).join(' ');
}

/** Every source reference in a body's `<!-- .element: data-src="…" -->` comments, in order, without repeats. */
export function bodySourceRefs(body: string): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const line of body.split('\n')) {
    const { attrs } = splitElement(line);
    for (const ref of sourceRefs(attrs['data-src'] ?? '')) if (!seen.has(ref.id)) seen.set(ref.id, ref);
  }
  return [...seen.values()];
}

export { elementComment };
