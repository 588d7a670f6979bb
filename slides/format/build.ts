/**
 * Builders for code that writes decks from scratch (the drafting engine, tests): a slide from a title and
 * items, and a deck from metadata and slides. Their output follows FORMAT.md.
 */
import { serializeBody } from '../content';
import type { SlideContent, SlideItem } from '../content';
import type { Deck, DeckMeta, Layout, Slide } from '../model';
import { defaultMeta } from './schema';
import { serializeSlide } from './slide';

/** An item for `makeSlide`: plain text, or text with a nesting level, source references and attributes. */
export type DraftItem =
  string | { text: string; level?: number; sources?: readonly string[]; attrs?: Record<string, string> };

/** What `makeSlide` builds a slide from. */
export interface DraftSlide {
  layout?: Layout;
  /** The slide title: `#` for title and section slides, `##` otherwise. */
  title?: string;
  /** Written as `### subtitle` under the title. */
  subtitle?: string;
  items?: readonly DraftItem[];
  /** Markdown blocks written after the items (a blockquote, an attribution, a paragraph…). */
  paragraphs?: readonly string[];
  notes?: string;
  /** Extra slide attributes besides `data-layout`. */
  attrs?: Record<string, string>;
  /** Defaults to '' (makeDeck numbers slides without an id). */
  id?: string;
}

const TOP_LEVEL_LAYOUTS: readonly Layout[] = ['title', 'section'];

function toItem(draft: DraftItem): SlideItem {
  if (typeof draft === 'string') return { text: draft, level: 0, attrs: {} };
  const attrs = { ...draft.attrs };
  if (draft.sources && draft.sources.length > 0) attrs['data-src'] = draft.sources.join(' ');
  return { text: draft.text, level: draft.level ?? 0, attrs };
}

/** Builds a slide (dirty: it is written from its fields) following the layout conventions of FORMAT.md. */
export function makeSlide(draft: DraftSlide): Slide {
  const layout = draft.layout ?? 'bullets';
  const content: SlideContent = { items: (draft.items ?? []).map(toItem), blocks: [] };
  if (draft.title !== undefined) {
    content.title = { level: TOP_LEVEL_LAYOUTS.includes(layout) ? 1 : 2, text: draft.title, attrs: {} };
    content.blocks.push({ type: 'title' });
  }
  const addBlock = (text: string): void => {
    if (content.blocks.length > 0) content.blocks.push({ type: 'markdown', text: '' });
    content.blocks.push({ type: 'markdown', text });
  };
  if (draft.subtitle) addBlock(`### ${draft.subtitle}`);
  if (content.items.length > 0) {
    if (content.blocks.length > 0) content.blocks.push({ type: 'markdown', text: '' });
    content.blocks.push({ type: 'items' });
  }
  for (const paragraph of draft.paragraphs ?? []) addBlock(paragraph);
  const fields = {
    attrs: { 'data-layout': layout, ...draft.attrs },
    layout,
    body: serializeBody(content),
    notes: draft.notes?.trim() ?? '',
  };
  return { id: draft.id ?? '', ...fields, raw: serializeSlide(fields, '\n'), dirty: true };
}

/**
 * Builds a new deck. Slides without an id (or with a repeated one) are numbered `s1`, `s2`…; the front
 * matter and separators are written fresh with the given line ending.
 */
export function makeDeck(meta: Partial<DeckMeta>, slides: readonly Slide[], eol: '\n' | '\r\n' = '\n'): Deck {
  const seen = new Set<string>();
  const numbered = slides.map((slide, i) => {
    const id = slide.id && !seen.has(slide.id) ? slide.id : `s${i + 1}`;
    seen.add(id);
    return id === slide.id ? slide : { ...slide, id };
  });
  return {
    meta: { ...defaultMeta(), ...meta, extra: { ...meta.extra } },
    slides: numbered,
    file: {
      bom: false,
      eol,
      frontMatterRaw: '',
      frontMatterDirty: true,
      separators: numbered.slice(1).map(() => `${eol}${eol}---${eol}${eol}`),
      leading: eol,
      trailing: eol,
    },
  };
}
