/**
 * Where each slide starts in a `.deck.md` text, so the source view opens at the current slide and the slide
 * under the caret becomes the current one. Follows the format's rules closely enough for navigation: front
 * matter first, then slides split by `---` lines outside fenced code (and reveal-md's `--` between blank lines).
 */

const FENCE = /^\s*(```|~~~)/;

/** Character offsets at which each slide's text starts (one per slide, in order). */
export function slideOffsets(text: string): number[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  let i = 0;
  const lineAt = (n: number) => (lines[n] ?? '').replace(/\r$/, '');
  if (lineAt(0) === '---') {
    for (let j = 1; j < lines.length; j++) {
      if (lineAt(j) === '---' || lineAt(j) === '...') {
        for (let k = 0; k <= j; k++) offset += (lines[k] ?? '').length + 1;
        i = j + 1;
        break;
      }
    }
  }
  starts.push(offset);
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const line = lineAt(i);
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) fence = fence === null ? (fenceMatch[1] ?? null) : fence === fenceMatch[1] ? null : fence;
    offset += (lines[i] ?? '').length + 1;
    const separator =
      line === '---' || (line === '--' && lineAt(i - 1).trim() === '' && lineAt(i + 1).trim() === '');
    if (fence === null && separator) starts.push(offset);
  }
  return starts;
}

/** The index of the slide whose text holds `offset`. */
export function slideAtOffset(text: string, offset: number): number {
  const starts = slideOffsets(text);
  let index = 0;
  starts.forEach((start, i) => {
    if (offset >= start) index = i;
  });
  return index;
}

/** Where to put the caret for a slide: its first line with content after blank lines and `<!-- .slide -->`. */
export function caretForSlide(text: string, index: number): number {
  const starts = slideOffsets(text);
  let at = starts[Math.max(0, Math.min(index, starts.length - 1))] ?? 0;
  for (;;) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (end < 0 || !(line.trim() === '' || /^\s*<!--\s*\.slide:/.test(line))) return at;
    at = end + 1;
  }
}
