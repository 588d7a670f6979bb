/**
 * `overfull`: a pure estimate of whether a slide's text fits its layout at the base type size, counted in
 * wrapped lines. The renderer's autofit shrinks text that overflows; this estimate is what the check reports, so
 * a deck reads well without shrinking. Capacities are calibrated on the hand-written bundled briefing (its
 * fullest slides fill them to within a line or two, and its stat, timeline and actor slides hold the most items) and the 16:9 themes: a full-width line holds about 60 characters of
 * bullet text, a title line about 45, a column of a two-column slide about 28.
 */
import type { Layout } from '../model';
import type { ItemView, SlideView } from './view';

/** Characters per wrapped line and the lines a layout holds (title lines included). */
export interface LayoutCapacity {
  /** Characters per line of item text. */
  chars: number;
  /** Wrapped lines the slide holds, title included. */
  lines: number;
  /** Most items the layout shows, if it has a cap (a stat grid, a timeline). */
  items?: number;
}

const TITLE_CHARS = 45;
const NESTED_INDENT_CHARS = 4;

/** Capacity per layout; layouts absent here (title, section, quote) are not estimated. */
export const CAPACITY: Partial<Record<Layout, LayoutCapacity>> = {
  bullets: { chars: 60, lines: 14 },
  'two-column': { chars: 28, lines: 22 },
  stat: { chars: 60, lines: 14, items: 5 },
  timeline: { chars: 60, lines: 15, items: 6 },
  actors: { chars: 60, lines: 17, items: 7 },
  sources: { chars: 80, lines: 16 },
};

function itemLines(item: ItemView, chars: number): number {
  const width = Math.max(10, chars - item.level * NESTED_INDENT_CHARS);
  return Math.max(1, Math.ceil(item.plain.length / width));
}

/** The estimated wrapped lines of a slide and the capacity it is measured against. */
export function estimateLines(view: SlideView): { lines: number; items: number; capacity?: LayoutCapacity } {
  const capacity = CAPACITY[view.layout];
  const titleLines = view.title ? Math.ceil(view.title.length / TITLE_CHARS) : 0;
  const items = [...view.items, ...view.laterItems];
  if (!capacity) return { lines: titleLines, items: items.length };
  const otherLines = view.otherText
    .split('\n')
    .filter((l) => l.trim())
    .reduce((sum, l) => sum + Math.ceil(l.length / capacity.chars), 0);
  const itemsLines = items.reduce((sum, item) => sum + itemLines(item, capacity.chars), 0);
  // Two columns share the height: the taller column counts, plus their headings.
  const lines =
    view.layout === 'two-column'
      ? titleLines +
        otherLines +
        Math.max(sumLines(view.items, capacity.chars), sumLines(view.laterItems, capacity.chars))
      : titleLines + otherLines + itemsLines;
  return { lines, items: items.filter((i) => i.level === 0).length, capacity };
}

function sumLines(items: readonly ItemView[], chars: number): number {
  return items.reduce((sum, item) => sum + itemLines(item, chars), 0);
}

/** Why a slide holds more than its layout fits, or undefined when it fits. */
export function overflow(view: SlideView): string | undefined {
  const { lines, items, capacity } = estimateLines(view);
  if (!capacity) return undefined;
  if (capacity.items !== undefined && items > capacity.items)
    return `${items} items on a ${view.layout} slide (it shows at most ${capacity.items})`;
  if (lines > capacity.lines)
    return `about ${lines} lines of text (the ${view.layout} layout fits about ${capacity.lines})`;
  return undefined;
}
