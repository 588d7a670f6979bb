/**
 * The presenter's "next" preview is the next *step*, not just the next slide: while the current slide still has
 * hidden fragments, the next step is the same slide with one more fragment shown.
 */

/** A point in the presentation: a slide and how many of its fragments are shown (index of the last shown, or -1). */
export interface Step {
  index: number;
  fragment: number;
}

/**
 * The step after (`index`, `fragment`), given the fragment count of every slide; null at the very end.
 * A slide is entered with no fragment shown.
 */
export function nextStep(index: number, fragment: number, fragmentCounts: readonly number[]): Step | null {
  const count = fragmentCounts[index] ?? 0;
  if (fragment + 1 < count) return { index, fragment: fragment + 1 };
  if (index + 1 < fragmentCounts.length) return { index: index + 1, fragment: -1 };
  return null;
}

/**
 * The step at which each fragment shows, as reveal.js numbers them: fragments sharing a `data-fragment-index`
 * show together, in the order of those indices; fragments without one follow, one step each, in document order.
 * `indices` holds each fragment's `data-fragment-index` (null when absent), in document order.
 */
export function fragmentSteps(indices: readonly (number | null)[]): number[] {
  const explicit = [...new Set(indices.filter((index): index is number => index !== null))].sort(
    (a, b) => a - b,
  );
  let unordered = 0;
  return indices.map((index) => (index === null ? explicit.length + unordered++ : explicit.indexOf(index)));
}

/** Number of fragment steps in a rendered slide's HTML (counted without a DOM). */
export function countFragments(html: string): number {
  const indices: (number | null)[] = [];
  for (const match of html.matchAll(OPEN_TAG)) {
    const tag = match[0];
    if (!(CLASS_ATTR.exec(tag)?.[1] ?? '').split(/\s+/).includes('fragment')) continue;
    const index = FRAGMENT_INDEX.exec(tag)?.[1];
    indices.push(index === undefined ? null : Number(index));
  }
  return new Set(fragmentSteps(indices)).size;
}

const OPEN_TAG = /<[a-zA-Z][^>]*>/g;
const CLASS_ATTR = /\sclass="([^"]*)"/;
const FRAGMENT_INDEX = /\sdata-fragment-index="(\d+)"/;
