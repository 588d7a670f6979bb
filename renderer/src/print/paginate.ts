/**
 * Flows blocks of text through fixed-height page areas, measuring with the real fonts: a block that does not fit
 * is split between whole list items, else between words, and the rest continues on the next page. Nothing is ever
 * cut: every word placed is inside an area that does not overflow.
 */

/** Words in a text node. */
const WORD = /\S+/g;
const HEADING_TAG = /^H[1-6]$/;
/** Sub-pixel tolerance when comparing heights. */
const TOLERANCE = 0.5;

/** Does the area's content fit its height? */
export function fits(area: HTMLElement): boolean {
  return area.scrollHeight <= area.clientHeight + TOLERANCE;
}

interface WordStart {
  node: Text;
  offset: number;
}

function wordStarts(block: HTMLElement): WordStart[] {
  const starts: WordStart[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    for (const match of text.data.matchAll(WORD)) starts.push({ node: text, offset: match.index });
  }
  return starts;
}

/** A shallow copy of `block` holding the content between two points of it (partial ancestors are cloned). */
function slice(block: HTMLElement, from: WordStart | null, to: WordStart | null): HTMLElement {
  const range = document.createRange();
  if (from) range.setStart(from.node, from.offset);
  else range.setStart(block, 0);
  if (to) range.setEnd(to.node, to.offset);
  else range.setEnd(block, block.childNodes.length);
  const copy = block.cloneNode(false) as HTMLElement;
  copy.appendChild(range.cloneContents());
  return copy;
}

function markContinued(tail: HTMLElement): void {
  tail.classList.add('flow-continued');
  if (tail.tagName === 'LI' || tail.firstElementChild?.tagName === 'LI')
    (tail.tagName === 'LI' ? tail : (tail.firstElementChild as HTMLElement)).classList.add('item-continued');
}

/** Splits `block` (the area's last child, overflowing) between words; returns the rest, or `block` if no word fits. */
function splitByWords(area: HTMLElement, block: HTMLElement): HTMLElement {
  const starts = wordStarts(block);
  let low = 0;
  let high = starts.length - 1;
  let best = 0;
  let current: HTMLElement = block;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const head = slice(block, null, starts[mid + 1] ?? null);
    area.replaceChild(head, current);
    current = head;
    if (fits(area)) {
      best = mid + 1;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (best === 0) {
    current.remove();
    return block;
  }
  const head = slice(block, null, starts[best] ?? null);
  area.replaceChild(head, current);
  const tail = slice(block, starts[best] ?? null, null);
  markContinued(tail);
  return tail;
}

/** Moves whole items off the end of a list until it fits; returns the moved items as a list, or null. */
function splitList(area: HTMLElement, list: HTMLElement): HTMLElement | null {
  const tail = list.cloneNode(false) as HTMLElement;
  while (!fits(area) && list.children.length > 1) tail.prepend(list.lastElementChild as Element);
  if (tail.children.length === 0) return null;
  if (list.tagName === 'OL')
    tail.setAttribute('start', String(Number(list.getAttribute('start') ?? '1') + list.children.length));
  return tail;
}

/**
 * Makes the area fit by splitting its last child `block`. Returns what must go to the next page (null when the
 * block now fits), or `block` itself when nothing of it fits.
 */
function splitToFit(area: HTMLElement, block: HTMLElement): HTMLElement | null {
  if ((block.tagName === 'UL' || block.tagName === 'OL') && block.children.length > 1) {
    const moved = splitList(area, block);
    if (fits(area)) return moved;
    const rest = splitByWords(area, block);
    if (rest === block) {
      block.remove();
      if (moved) block.append(...Array.from(moved.children));
      return block;
    }
    if (moved) rest.append(...Array.from(moved.children));
    return rest;
  }
  return splitByWords(area, block);
}

/**
 * Flows `blocks` into `first`, then into areas from `next()` while they overflow. A heading never ends a page: it
 * moves on with what follows it. An area that cannot take even one word of a block takes it whole (and is
 * marked `data-overflow`) so the flow always ends.
 */
export function flowBlocks(
  blocks: readonly HTMLElement[],
  first: HTMLElement,
  next: () => HTMLElement,
): void {
  const queue = [...blocks];
  let area = first;
  while (queue.length > 0) {
    const block = queue.shift() as HTMLElement;
    area.appendChild(block);
    if (fits(area)) continue;
    const rest = splitToFit(area, block);
    if (rest === block && area.children.length === 0) {
      area.appendChild(block);
      area.dataset.overflow = 'true';
      continue;
    }
    const carried: HTMLElement[] = [];
    while (area.children.length > 1 && HEADING_TAG.test(area.lastElementChild?.tagName ?? '')) {
      carried.unshift(area.lastElementChild as HTMLElement);
      (area.lastElementChild as HTMLElement).remove();
    }
    queue.unshift(...carried, ...(rest ? [rest] : []));
    if (queue.length > 0) area = next();
  }
}
