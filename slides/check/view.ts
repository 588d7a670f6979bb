/** The check's reading of a slide: title, items (with their bold lead and segments), other text, notes. */
import { parseBody, sourceRefs } from '../content';
import type { Layout, Slide } from '../model';
import { plainText } from './words';

/** One list item as the check reads it. */
export interface ItemView {
  /** Index in `parseBody(body).items`, or undefined for an item of a later list (second column …). */
  index?: number;
  /** The item's Markdown text (element comment removed). */
  text: string;
  /** The text as read: emphasis marks gone. */
  plain: string;
  level: number;
  /** `pN.sM` references of its `data-src`. */
  refs: string[];
  /** The bold lead of `**lead** — rest` items (a figure, a date, an actor), when there is one. */
  lead?: string;
  /** The text after the bold lead (or the whole text), split on ` — ` into segments. */
  segments: string[];
}

/** One slide as the check reads it. */
export interface SlideView {
  index: number;
  layout: Layout;
  title?: string;
  /** The title's Markdown text (emphasis kept), for fixes that rewrite it. */
  titleText?: string;
  items: ItemView[];
  /** Items of lists after the first (e.g. a two-column slide's right column). */
  laterItems: ItemView[];
  /** Body text outside the title and items (subtitles, paragraphs), comments removed. */
  otherText: string;
  notes: string;
}

const LEAD = /^\*\*(.+?)\*\*\s*(?:[—–:-]\s*)?(.*)$/;
const SEGMENT_SEPARATOR = /\s+[—–]\s+/;
const LIST_LINE = /^( *)(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const ELEMENT_COMMENT = /[ \t]*<!--\s*\.element:([\s\S]*?)-->[ \t]*$/;
const DATA_SRC = /data-src\s*=\s*"([^"]*)"/;
const COMMENT = /<!--[\s\S]*?-->/g;
const HEADING = /^#{1,6}\s+/;

function itemView(text: string, level: number, dataSrc: string, index?: number): ItemView {
  const lead = LEAD.exec(text);
  const rest = lead ? (lead[2] ?? '') : text;
  return {
    index,
    text,
    plain: plainText(text),
    level,
    refs: sourceRefs(dataSrc).map((ref) => ref.id),
    lead: lead ? plainText(lead[1] ?? '') : undefined,
    segments: rest
      .split(SEGMENT_SEPARATOR)
      .map(plainText)
      .filter((s) => s.length > 0),
  };
}

/** Reads a slide for the check. */
export function viewSlide(slide: Pick<Slide, 'body' | 'notes' | 'layout'>, index: number): SlideView {
  const content = parseBody(slide.body);
  const laterItems: ItemView[] = [];
  const other: string[] = [];
  for (const block of content.blocks) {
    if (block.type !== 'markdown') continue;
    for (const line of block.text.split('\n')) {
      const match = LIST_LINE.exec(line);
      if (match) {
        const comment = ELEMENT_COMMENT.exec(match[2] ?? '');
        const text = comment ? (match[2] ?? '').slice(0, comment.index) : (match[2] ?? '');
        const src = comment ? (DATA_SRC.exec(comment[1] ?? '')?.[1] ?? '') : '';
        laterItems.push(itemView(text, Math.floor((match[1] ?? '').length / 2), src));
      } else {
        const text = line.replace(COMMENT, '').replace(HEADING, '').trim();
        if (text && !text.startsWith('>')) other.push(text);
        else if (text.startsWith('>')) other.push(text.replace(/^>\s*/, ''));
      }
    }
  }
  return {
    index,
    layout: slide.layout,
    title: content.title ? plainText(content.title.text) : undefined,
    titleText: content.title?.text,
    items: content.items.map((item, i) => itemView(item.text, item.level, item.attrs['data-src'] ?? '', i)),
    laterItems,
    otherText: other.join('\n'),
    notes: slide.notes,
  };
}
