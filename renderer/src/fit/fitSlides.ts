/**
 * Autofit, as PowerPoint does it: a slide whose text does not fit its box is drawn with smaller text until it does.
 * One routine for every place a slide is drawn (stage, thumbnails, presenter, audience, HTML export, every PDF
 * kind), measured on the real layout in the real fonts.
 *
 * A slide's `<section>` is measured at its natural height (`height: auto`, so nothing is squeezed) against its
 * fixed box, and its font size (every size in the themes is in `em`) is searched between 1 and {@link FIT_MIN}.
 * Below {@link FIT_FLOOR} the text is still shown whole, only smaller, and the slide is marked over-full
 * (`data-overfull="true"`): never cut. Many sections are fitted together, with one layout per step for all of
 * them (writes, then reads), so fitting a long deck costs a fixed number of layouts, not one per slide per step.
 *
 * Self-contained on purpose (no imports): the HTML export bundles this file into its page.
 */

/** The readable floor: the smallest text size, as a share of the theme's, before a slide counts as over-full. */
export const FIT_FLOOR = 0.6;
/** The smallest scale ever used; a slide that does not fit even so is drawn at this size (and is over-full). */
export const FIT_MIN = 0.2;
/** Scales are searched in steps of 1%: seven rounds from 20% to 100%. */
const STEPS = 100;
/** What lets a section take its natural height while measured (an absolute box with `inset: 0` stretches). */
const NATURAL: readonly [string, string][] = [
  ['height', 'auto'],
  ['bottom', 'auto'],
  ['max-height', 'none'],
];
/** Sub-pixel tolerance when comparing heights. */
const TOLERANCE = 1;

/** The outcome of fitting one section; null for a section that is not displayed (it cannot be measured). */
export interface FitResult {
  /** The font scale applied (1: the theme's size). */
  scale: number;
  /** True when the text fits only below {@link FIT_FLOOR} (or not at all at {@link FIT_MIN}). */
  overfull: boolean;
}

interface Pending {
  section: HTMLElement;
  /** The section's own inline values of {@link NATURAL}'s properties, restored after measuring. */
  saved: [string, string, string][];
  box: { width: number; height: number };
  /** Scale steps: the largest known to fit, and the smallest known not to. */
  low: number;
  high: number;
}

function setScale(section: HTMLElement, step: number): void {
  if (step >= STEPS) section.style.removeProperty('font-size');
  else section.style.fontSize = `${step / STEPS}em`;
}

function overflows(entry: Pending): boolean {
  const { section, box } = entry;
  return section.offsetHeight > box.height + TOLERANCE || section.scrollWidth > box.width + TOLERANCE;
}

function finish(entry: Pending, step: number): FitResult {
  const { section } = entry;
  setScale(section, step);
  for (const [name, value, priority] of entry.saved) {
    if (value) section.style.setProperty(name, value, priority);
    else section.style.removeProperty(name);
  }
  const scale = step / STEPS;
  const overfull = scale < FIT_FLOOR;
  if (scale < 1) section.dataset.fit = scale.toFixed(2);
  else delete section.dataset.fit;
  if (overfull) section.dataset.overfull = 'true';
  else delete section.dataset.overfull;
  return { scale, overfull };
}

/**
 * Fits each section's text to its box (see the module comment). Sections not displayed are skipped (null) and
 * left as they were. Returns one result per section, in order.
 */
export function fitSections(sections: readonly HTMLElement[]): (FitResult | null)[] {
  const results: (FitResult | null)[] = sections.map(() => null);
  // Read every box first (one layout), at the theme's size and the section's fixed height.
  for (const section of sections) setScale(section, STEPS);
  const pending = new Map<number, Pending>();
  sections.forEach((section, index) => {
    const box = { width: section.clientWidth, height: section.offsetHeight };
    const saved = NATURAL.map(([name]): [string, string, string] => [
      name,
      section.style.getPropertyValue(name),
      section.style.getPropertyPriority(name),
    ]);
    // A section not displayed (reveal hides far-away slides) measures 0: it is fitted when shown.
    if (box.height > 0) pending.set(index, { section, saved, box, low: 0, high: STEPS + 1 });
  });
  // Then measure every section at its natural height: most fit at once.
  for (const { section } of pending.values())
    for (const [name, value] of NATURAL) section.style.setProperty(name, value, 'important');
  for (const [index, entry] of pending) {
    if (overflows(entry)) entry.high = STEPS;
    else {
      results[index] = finish(entry, STEPS);
      pending.delete(index);
    }
  }
  const min = Math.round(FIT_MIN * STEPS);
  for (const entry of pending.values()) entry.low = min - 1;
  // Binary search on all remaining sections at once: write every trial size, then read every height.
  while ([...pending.values()].some((entry) => entry.high - entry.low > 1)) {
    const trials: [Pending, number][] = [];
    for (const entry of pending.values()) {
      if (entry.high - entry.low <= 1) continue;
      const step = (entry.low + entry.high) >> 1;
      setScale(entry.section, step);
      trials.push([entry, step]);
    }
    for (const [entry, step] of trials) {
      if (overflows(entry)) entry.high = step;
      else entry.low = step;
    }
  }
  for (const [index, entry] of pending) results[index] = finish(entry, Math.max(min, entry.low));
  return results;
}

/** Resolves once the document's fonts have loaded, after a layout has started any that the page uses. */
export async function fontsSettled(root: HTMLElement = document.body): Promise<void> {
  void root.offsetHeight;
  await document.fonts.ready;
}
