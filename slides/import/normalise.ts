/** Whitespace and line helpers shared by every importer. */
import { boilerplateKind } from './boilerplate';

const LINE_BREAK = /\r\n?|\n|\u2028|\u2029/;
const BLANK_LINE = /^[ \t\u00a0]*$/;
const ANY_WHITESPACE_RUN = /[\s\u00a0\u200b\ufeff]+/g;
// eslint-disable-next-line no-control-regex -- removing stray control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Hard-wrapped text: lines no wider than this are candidates for re-joining. */
const MAX_WRAP_WIDTH = 100;
/** A wrapped line fills at least this share of the block's widest line. */
const WRAP_FILL_RATIO = 0.55;

/** "Authors: …", "Published: …": labelled lines of a report's title page, each its own block. */
const HEAD_LABEL = /^(?:authors?|by|published|updated|posted|date)\s*:/i;
/** "Released 11 March 2025 · Runtime 41:26", "Episode 212: …": an episode's lines under its show's name. */
const EPISODE_LINE =
  /^(?:(?:released|recorded|broadcast|aired|first broadcast)(?: on)?\s+(?=[^.]*\b\d{4}\b)[^.]{4,60}|episode\s+\d+\s*[:.—–-].*)$/i;

/** "Fri 14 Nov 2025 09.02 GMT", "Updated 3:14pm GMT": a page's time stamps (a date with its time of day), a line
 * each under the byline. */
const STAMP_LINE =
  /^(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4},?\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?|(?:last\s+)?(?:updated|published|posted)(?:\s+on)?\s+[^.]{0,40}\d)$/iu;

/** "By Katya Moreau and Lionel Achebe | May 15, 2025 4:52 PM": a byline with its date, a line of its own. */
const DATED_BYLINE = /^by\s+\p{Lu}[\p{L}'’.\- ]{1,80}?\s*[|·•—–]\s*.{0,60}\b\d{4}\b/iu;

/** Collapses every run of whitespace (including NBSP and zero-width spaces) to one space and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(CONTROL_CHARS, '').replace(ANY_WHITESPACE_RUN, ' ').trim();
}

/** Splits text into lines (any line-break convention), without normalising them. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/**
 * Splits plain text into blocks (paragraph candidates).
 *
 * Without blank lines every non-empty line is a block (the seed article's shape). With blank lines, each
 * blank-separated group is a block; its lines are joined only when they look hard-wrapped (all but the last fill
 * most of a width of at most {@link MAX_WRAP_WIDTH}) and none is page furniture, otherwise each line stays its own
 * block, so a headline and standfirst on consecutive lines are not glued together.
 */
/** "- Council tax: £612 million …", "• …": a typed list item's marker, which the slide's own bullet replaces. */
const LIST_MARKER = /^[-*•▪◦]\s+(?=[\p{L}\p{N}"“'‘(£$€])/u;

function withoutListMarker(line: string): string {
  return line.replace(LIST_MARKER, '');
}

export function splitBlocks(text: string): string[] {
  const lines = splitLines(text);
  if (!lines.some((line) => BLANK_LINE.test(line)))
    return lines.map((line) => withoutListMarker(normaliseSpace(line))).filter(Boolean);
  const blocks: string[] = [];
  let group: string[] = [];
  const flush = (): void => {
    // A loop, not push(...): a block of millions of lines overflows the stack when spread.
    if (group.length > 0) for (const block of joinWrapped(group)) blocks.push(block);
    group = [];
  };
  for (const line of lines) {
    if (BLANK_LINE.test(line)) {
      flush();
      continue;
    }
    const text = normaliseSpace(line);
    // "* Benchmark robusta settles at …" under "* Alcavera crop seen at …": each typed item is a paragraph of its
    // own, however the lines above it fill (a wrapped item's next lines carry no marker, and join it).
    if (LIST_MARKER.test(text)) flush();
    group.push(withoutListMarker(text));
  }
  flush();
  return blocks.filter(Boolean);
}

function joinWrapped(group: string[]): string[] {
  if (group.length === 1) return group;
  const widest = group.reduce((most, line) => Math.max(most, line.length), 0);
  // A site name above its menu, or "Previous post" above "Next post", are lines of furniture, never a wrapped paragraph.
  const wrapped =
    widest <= MAX_WRAP_WIDTH &&
    group.slice(0, -1).every((line) => line.length >= widest * WRAP_FILL_RATIO) &&
    !group.some(
      (line) =>
        boilerplateKind(line) !== undefined ||
        HEAD_LABEL.test(line) ||
        EPISODE_LINE.test(line) ||
        STAMP_LINE.test(line) ||
        DATED_BYLINE.test(line),
    );
  return wrapped ? [group.join(' ')] : group;
}

/** Counts words (letter runs in any script), cheaply. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * The runs of at least `min` items in order, as index lists: an item's place in its run is the number `numberOf`
 * reads from it (undefined for an item of no run), each next item's number must `follow` the one before it, and
 * an item of no run ends the run where `gapsEnd` (else it is passed over, as a heading between numbered paragraphs).
 */
export function orderedRuns(
  items: readonly string[],
  numberOf: (item: string) => number | undefined,
  follows: (previous: number, next: number) => boolean,
  min: number,
  gapsEnd: boolean,
): number[][] {
  const runs: number[][] = [];
  let run: { at: number; n: number }[] = [];
  const close = () => {
    if (run.length >= min) runs.push(run.map((item) => item.at));
    run = [];
  };
  items.forEach((item, at) => {
    const n = numberOf(item);
    if (n === undefined) {
      if (gapsEnd) close();
      return;
    }
    const previous = run[run.length - 1];
    if (previous && !follows(previous.n, n)) close();
    run.push({ at, n });
  });
  close();
  return runs;
}
