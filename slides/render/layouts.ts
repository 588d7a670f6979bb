/**
 * One function per layout, each turning a slide body's top-level Markdown blocks into the inner HTML of a
 * reveal `<section>`. Layouts only arrange: every block of the body is rendered whatever the layout, so text
 * that does not fit a layout's convention still shows.
 */
import type { Layout } from '../model';
import {
  attrsHtml,
  isHeading,
  isList,
  listItems,
  splitLead,
  splitSource,
  type Block,
  type ListItem,
} from './blocks';
import { barSvg, percentOf, ringSvg, splitFigure } from './figures';
import { escapeHtml, inlineText, renderInline, renderTokens } from './markdown';

type LayoutRenderer = (blocks: Block[]) => string;

/** Stats with more figures than this are drawn as bars rather than rings. */
const MAX_RINGS = 3;
/** An attribution line under a quote: `— Name`, `-- Name`. */
export const ATTRIBUTION = /^\s*(?:—|–|--)\s*/;

function render(blocks: Block[]): string {
  return blocks.map((block) => renderTokens(block.tokens)).join('');
}

/** Splits off the leading headings (the slide's title) from the rest of the body. */
function splitHead(blocks: Block[], maxHeadings = 1): { head: Block[]; body: Block[] } {
  let count = 0;
  while (count < maxHeadings && blocks[count] && isHeading(blocks[count] as Block)) count += 1;
  return { head: blocks.slice(0, count), body: blocks.slice(count) };
}

function head(blocks: Block[]): string {
  return blocks.length > 0 ? `<header class="slide-head">${render(blocks)}</header>` : '';
}

function itemAttrs(item: ListItem, className: string): string {
  const classes = [className, ...item.attrs.filter(([name]) => name === 'class').map(([, value]) => value)];
  const others = item.attrs.filter(([name]) => name !== 'class');
  return attrsHtml([['class', classes.join(' ')], ...others], escapeHtml);
}

/** Renders each item of the list blocks through `card` (given the item's bold lead and the rest of its line). */
function renderItems(
  lists: Block[],
  card: (item: ListItem, lead: string, rest: ListItem['inline'], leadText: string) => string,
): string {
  return lists
    .flatMap((block) => listItems(block))
    .map((item) => {
      const { lead, rest } = splitLead(item.inline);
      return card(item, renderInline(lead), rest, inlineText(lead));
    })
    .join('');
}

/** Separates list blocks (the layout's items) from the other blocks (rendered after them, as they are). */
function partition(blocks: Block[]): { lists: Block[]; others: Block[] } {
  return { lists: blocks.filter(isList), others: blocks.filter((block) => !isList(block)) };
}

const renderPlain: LayoutRenderer = (blocks) => {
  const { head: top, body } = splitHead(blocks);
  return `${head(top)}<div class="slide-body">${render(body)}</div>`;
};

const renderTitle: LayoutRenderer = (blocks) => {
  const { head: top, body } = splitHead(blocks, 2);
  return `<div class="title-block">${render(top)}${body.length ? `<div class="byline">${render(body)}</div>` : ''}</div>`;
};

const renderStat: LayoutRenderer = (blocks) => {
  const { head: top, body } = splitHead(blocks);
  const { lists, others } = partition(body);
  const figures = lists.reduce((sum, block) => sum + listItems(block).length, 0);
  const cards = renderItems(lists, (item, lead, rest, figureText) => {
    const { label, source } = splitSource(rest);
    const percent = percentOf(figureText);
    const graphic = percent === null ? '' : figures > MAX_RINGS ? barSvg(percent) : ringSvg(percent);
    const { qualifier, figure } = splitFigure(figureText);
    // "90 percent" in a ring: the word goes under the number, as the qualifier goes over it, so both fit.
    const worded = /^(\S+)\s+(per ?cent)$/i.exec(figure);
    const shown = worded
      ? `${escapeHtml(worded[1] ?? '')}<span class="stat-unit"> ${escapeHtml(worded[2] ?? '')}</span>`
      : escapeHtml(figure);
    const value =
      percent !== null && (qualifier || worded)
        ? `${qualifier ? `<span class="stat-qualifier">${escapeHtml(qualifier)}</span>` : ''}${shown}`
        : lead;
    return (
      `<div${itemAttrs(item, 'stat')}>` +
      `<div class="stat-figure">${graphic}<span class="stat-value">${value}</span></div>` +
      `<div class="stat-text"><div class="stat-label">${renderInline(label)}</div>` +
      (source.length ? `<div class="stat-source">${renderInline(source)}</div>` : '') +
      `${renderTokens(item.rest)}</div></div>`
    );
  });
  const density = figures > MAX_RINGS ? 'stat-grid stat-grid-dense' : 'stat-grid';
  return `${head(top)}<div class="${density}" data-count="${figures}">${cards}</div>${render(others)}`;
};

const renderQuote: LayoutRenderer = (blocks) => {
  const { head: top, body } = splitHead(blocks);
  const quote = body.filter((block) => block.type === 'blockquote_open');
  const others = body.filter((block) => block.type !== 'blockquote_open');
  const attribution = others.find((block) => ATTRIBUTION.test(block.tokens[1]?.content ?? ''));
  const rest = others.filter((block) => block !== attribution);
  const caption = attribution
    ? `<figcaption class="quote-attribution">${render([attribution])}</figcaption>`
    : '';
  // No quotation (a slide just switched to this layout): no empty figure, whose auto margins would push the rest down.
  const figure = quote.length || caption ? `<figure class="quote">${render(quote)}${caption}</figure>` : '';
  return `${head(top)}${figure}${render(rest)}`;
};

const renderTwoColumn: LayoutRenderer = (blocks) => {
  const { head: top, body } = splitHead(blocks);
  const lead: Block[] = [];
  const columns: Block[][] = [];
  for (const block of body) {
    if (isHeading(block, 'h3')) columns.push([block]);
    else (columns[columns.length - 1] ?? lead).push(block);
  }
  const html = columns.map((column) => `<div class="column">${render(column)}</div>`).join('');
  return `${head(top)}${render(lead)}<div class="columns" data-count="${columns.length}">${html}</div>`;
};

const renderTimeline: LayoutRenderer = (blocks) => {
  const { head: top, body } = splitHead(blocks);
  const { lists, others } = partition(body);
  const events = renderItems(
    lists,
    (item, lead, rest) =>
      `<li${itemAttrs(item, 'timeline-event')}><span class="timeline-dot" aria-hidden="true"></span>` +
      `<span class="timeline-when">${lead}</span>` +
      `<span class="timeline-what">${renderInline(rest)}${renderTokens(item.rest)}</span></li>`,
  );
  return `${head(top)}<ol class="timeline">${events}</ol>${render(others)}`;
};

/** Rows of the actors table, and how many fit at the normal type size. */
const ACTOR_ROW = 'role="row"';
const DENSE_ACTOR_ROWS = 4;

const renderActors: LayoutRenderer = (blocks) => {
  const { head: top, body } = splitHead(blocks);
  const { lists, others } = partition(body);
  const actors = renderItems(
    lists,
    (item, lead, rest) =>
      `<div${itemAttrs(item, 'actor')} role="row"><div class="actor-name" role="rowheader">${lead}</div>` +
      `<div class="actor-position" role="cell">${renderInline(rest)}${renderTokens(item.rest)}</div></div>`,
  );
  // Long casts of actors get a denser type size so every row fits on the slide.
  const rows = actors.split(ACTOR_ROW).length - 1;
  const dense = rows > DENSE_ACTOR_ROWS ? ' actors-dense' : '';
  return `${head(top)}<div class="actors${dense}" role="table">${actors}</div>${render(others)}`;
};

const renderSection: LayoutRenderer = (blocks) => `<div class="section-block">${render(blocks)}</div>`;

const renderSources: LayoutRenderer = (blocks) => {
  const { head: top, body } = splitHead(blocks);
  return `${head(top)}<div class="slide-body sources-list">${render(body)}</div>`;
};

/** The renderer for each layout. */
export const LAYOUT_RENDERERS: Readonly<Record<Layout, LayoutRenderer>> = {
  title: renderTitle,
  bullets: renderPlain,
  stat: renderStat,
  quote: renderQuote,
  'two-column': renderTwoColumn,
  timeline: renderTimeline,
  actors: renderActors,
  section: renderSection,
  sources: renderSources,
};
