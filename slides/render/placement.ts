/**
 * What a slide's layout has no place for. Layouts only arrange (see `layouts.ts`): every block of a body is drawn,
 * but blocks a layout has no slot for (bullets on a quote slide, a paragraph on a timeline) are drawn below its
 * content as they are, and items it arranges may lack the bold lead it shows (a stat's figure, an event's date, an
 * actor's name). The editor says so after a layout change, and the briefing check reports it (`no-place`).
 */
import type { Layout, Slide } from '../model';
import { isHeading, isList, listItems, splitLead, topLevelBlocks, type Block } from './blocks';
import { ATTRIBUTION } from './layouts';
import { parseMarkdown } from './markdown';
import { layoutOf } from './slide';

/** A kind of content, counted the way a reader counts it. */
export type ContentKind = 'bullet' | 'paragraph' | 'quotation' | 'table' | 'heading' | 'block';

/** How much of one kind of content a layout has no place for. */
export interface UnplacedCount {
  kind: ContentKind;
  count: number;
}

/** Where a slide's content goes in its layout. */
export interface Placement {
  layout: Layout;
  /** Content the layout does not arrange, drawn below its content; in body order of first appearance. */
  unplaced: UnplacedCount[];
  /** Items the layout arranges that lack the bold lead it shows (0 for layouts without one). */
  missingLead: number;
  /** What the lead is called in this layout, for layouts that show one. */
  lead?: 'figure' | 'date' | 'name';
}

const KIND_WORDS: Readonly<Record<ContentKind, [string, string]>> = {
  bullet: ['bullet', 'bullets'],
  paragraph: ['paragraph', 'paragraphs'],
  quotation: ['quotation', 'quotations'],
  table: ['table', 'tables'],
  heading: ['heading', 'headings'],
  block: ['other block', 'other blocks'],
};

/** The lead each list layout shows before an item's text. */
const LEADS: Partial<Record<Layout, NonNullable<Placement['lead']>>> = {
  stat: 'figure',
  timeline: 'date',
  actors: 'name',
};

function kindOf(block: Block): ContentKind {
  if (isList(block)) return 'bullet';
  if (block.type === 'paragraph_open') return 'paragraph';
  if (block.type === 'blockquote_open') return 'quotation';
  if (block.type === 'table_open') return 'table';
  if (isHeading(block)) return 'heading';
  return 'block';
}

/** How many of a reader's units a block holds: a list's items, one of anything else. */
function units(block: Block): number {
  return isList(block) ? listItems(block).length : 1;
}

/** The leading headings a layout takes as its title (as `splitHead` in `layouts.ts`). */
function headCount(blocks: readonly Block[], max: number): number {
  let count = 0;
  while (count < max && blocks[count] && isHeading(blocks[count] as Block)) count += 1;
  return count;
}

function isAttribution(block: Block): boolean {
  return block.type === 'paragraph_open' && ATTRIBUTION.test(block.tokens[1]?.content ?? '');
}

/** The body blocks (after the title) a layout draws below its content rather than in a place of its own. */
function unplacedBlocks(layout: Layout, blocks: readonly Block[]): Block[] {
  switch (layout) {
    case 'bullets':
    case 'sources':
      return [];
    case 'title':
      return blocks.slice(headCount(blocks, 2)).filter((block) => block.type !== 'paragraph_open');
    case 'section':
      return blocks.filter((block) => !isHeading(block) && block.type !== 'paragraph_open');
    case 'stat':
    case 'timeline':
    case 'actors':
      return blocks.slice(headCount(blocks, 1)).filter((block) => !isList(block));
    case 'quote': {
      const body = blocks.slice(headCount(blocks, 1));
      const attribution = body.find(isAttribution);
      return body.filter((block) => block.type !== 'blockquote_open' && block !== attribution);
    }
    case 'two-column': {
      // Columns start at `###`; lists before the first column sit above the columns in none of them.
      const body = blocks.slice(headCount(blocks, 1));
      const first = body.findIndex((block) => isHeading(block, 'h3'));
      return (first < 0 ? body : body.slice(0, first)).filter(isList);
    }
  }
}

/** Where a slide's content goes in its layout (its own, or `layout` to ask about a change before making it). */
export function placement(
  slide: Pick<Slide, 'layout' | 'body'>,
  layout: Layout = layoutOf(slide),
): Placement {
  const blocks = topLevelBlocks(parseMarkdown(slide.body));
  const counts = new Map<ContentKind, number>();
  for (const block of unplacedBlocks(layout, blocks))
    counts.set(kindOf(block), (counts.get(kindOf(block)) ?? 0) + units(block));
  const lead = LEADS[layout];
  let missingLead = 0;
  if (lead)
    for (const block of blocks.slice(headCount(blocks, 1)).filter(isList))
      missingLead += listItems(block).filter((item) => splitLead(item.inline).lead.length === 0).length;
  return {
    layout,
    unplaced: [...counts].map(([kind, count]) => ({ kind, count })),
    missingLead,
    ...(lead ? { lead } : {}),
  };
}

/** "2 bullets", "1 paragraph". */
export function countText({ kind, count }: UnplacedCount): string {
  const [one, many] = KIND_WORDS[kind];
  return `${count} ${count === 1 ? one : many}`;
}

/** "4 bullets and 1 paragraph" (or "" when nothing). */
export function listText(parts: readonly UnplacedCount[]): string {
  const texts = parts.map(countText);
  if (texts.length <= 1) return texts[0] ?? '';
  return `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1] ?? ''}`;
}

/** True when the layout leaves some content without a place or without its lead. */
export function hasPlacementGaps(placed: Placement): boolean {
  return placed.unplaced.length > 0 || placed.missingLead > 0;
}

/**
 * One or two sentences saying what a layout has no place for, naming the layout as `layoutName` ("Quote"), or
 * undefined when everything has its place. `change`: said just after the user changed the layout (what happens
 * until they move it or switch back); otherwise said of the slide as it is (the briefing check).
 */
export function describePlacement(placed: Placement, layoutName: string, change = false): string | undefined {
  const sentences: string[] = [];
  const total = placed.unplaced.reduce((sum, part) => sum + part.count, 0);
  const they = total === 1 ? 'it' : 'they';
  if (total > 0)
    sentences.push(
      `${listText(placed.unplaced)} ${total === 1 ? 'has' : 'have'} no place in the ${layoutName} layout; ` +
        (change
          ? `${they} ${total === 1 ? 'stays' : 'stay'} below the slide's content until you move ${total === 1 ? 'it' : 'them'} or switch back.`
          : `${they} ${total === 1 ? 'is' : 'are'} shown below the slide's content.`),
    );
  if (placed.missingLead > 0 && placed.lead) {
    const n = placed.missingLead;
    sentences.push(
      `${n} ${n === 1 ? 'item has' : 'items have'} no ${placed.lead} (the ${layoutName} layout shows a bold ` +
        `${placed.lead} at the start of each item), so ${n === 1 ? 'it shows' : 'they show'} without one.`,
    );
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}
