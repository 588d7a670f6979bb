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

/** Number of `.fragment` elements in a rendered slide's HTML (counted without a DOM). */
export function countFragments(html: string): number {
  let count = 0;
  for (const match of html.matchAll(CLASS_ATTR)) {
    if ((match[1] ?? '').split(/\s+/).includes('fragment')) count += 1;
  }
  return count;
}

const CLASS_ATTR = /\sclass="([^"]*)"/g;
