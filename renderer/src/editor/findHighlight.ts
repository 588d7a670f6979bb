/**
 * Shows the current find match without editing anything: the match's text is painted with the CSS Custom
 * Highlight API (no DOM change, so the slide renders exactly as before) and scrolled into view. Focus stays
 * where it is (in the find box).
 */
import { occurrences, type FindOptions } from './findReplace';

const NAME = 'find-current';

/** Text nodes under `root`, with their offsets in its text content. */
function textNodes(root: Node): { node: Text; start: number }[] {
  const nodes: { node: Text; start: number }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    nodes.push({ node: text, start: offset });
    offset += text.data.length;
  }
  return nodes;
}

/** A range over `[start, end)` of the text content of `root`. */
function rangeOver(root: Node, start: number, end: number): Range | null {
  const nodes = textNodes(root);
  const range = document.createRange();
  const first = nodes.find(({ node, start: at }) => start >= at && start < at + node.data.length);
  const last = nodes.find(({ node, start: at }) => end > at && end <= at + node.data.length);
  if (!first || !last) return null;
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}

/**
 * Highlights the `nth` occurrence of `query` in the text `element` renders (the rendered text can differ from
 * the Markdown, so the match is counted, not measured); the whole element when the text is not found.
 */
export function showFindMatch(
  element: Element,
  query: string,
  nth: number,
  options: FindOptions & { scroll?: boolean },
): void {
  const found = occurrences(element.textContent ?? '', query, options);
  const at = found[Math.min(nth, found.length - 1)];
  let range: Range | null = at === undefined ? null : rangeOver(element, at, at + query.length);
  if (!range) {
    range = document.createRange();
    range.selectNodeContents(element);
  }
  if (typeof Highlight !== 'undefined' && 'highlights' in CSS) CSS.highlights.set(NAME, new Highlight(range));
  // Never on the stage: reveal.js's viewport would scroll under its own layout.
  if (options.scroll) range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
}

/** Removes the find highlight. */
export function clearFindMatch(): void {
  if ('highlights' in CSS) CSS.highlights.delete(NAME);
}

/** The find highlight's range, if one is shown (for tests and screen readers' status). */
export function currentFindRange(): AbstractRange | null {
  if (!('highlights' in CSS)) return null;
  const highlight = CSS.highlights.get(NAME);
  return highlight ? ([...highlight][0] ?? null) : null;
}
