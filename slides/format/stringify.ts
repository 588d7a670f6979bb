/**
 * `stringifyDeck`: Deck → `.deck.md` text. Unchanged parts are written from their raw text, so a parsed deck
 * is written back byte for byte; dirty slides and dirty metadata are written from their fields.
 */
import type { Deck, Slide } from '../model';
import { serializeFrontMatter } from './frontMatter';
import { serializeSlide } from './slide';

const BOM = '\uFEFF';

function endsWithLineBreak(text: string): boolean {
  return text.endsWith('\n');
}

function startsWithLineBreak(text: string): boolean {
  return text.startsWith('\n') || text.startsWith('\r\n');
}

/** The text of one slide as it will be written (its raw text unless it was edited). */
export function slideText(slide: Slide, eol: '\n' | '\r\n'): string {
  return slide.dirty ? serializeSlide(slide, eol) : slide.raw;
}

/**
 * Writes a deck. Where edits put a slide next to a separator that does not end or start with a line break
 * (possible only around empty slides), a line break is added so every `---` stays on its own line.
 */
export function stringifyDeck(deck: Deck): string {
  const { file } = deck;
  const parts: string[] = [];
  let tail = '';
  const push = (piece: string): void => {
    if (piece === '') return;
    parts.push(piece);
    tail = piece;
  };
  const needsBreak = (piece: string): boolean =>
    parts.length > 0 && piece !== '' && !endsWithLineBreak(tail) && !startsWithLineBreak(piece);

  const frontMatter = file.frontMatterDirty
    ? serializeFrontMatter(deck.meta, file.frontMatterRaw, file.eol)
    : file.frontMatterRaw;
  push(frontMatter);
  const createdFrontMatter = file.frontMatterDirty && file.frontMatterRaw === '';
  push(createdFrontMatter && !file.leading && deck.slides.length > 0 ? file.eol : (file.leading ?? ''));
  deck.slides.forEach((slide, i) => {
    if (i > 0) {
      const kept = file.separators[i - 1];
      // reveal-md's `----` splits only between blank lines: next to an edited slide it gets its own blank lines.
      const vertical = kept !== undefined && kept.trim() === '----';
      const edited = slide.dirty || deck.slides[i - 1]?.dirty;
      const separator =
        kept === undefined || (vertical && edited)
          ? `${file.eol}${file.eol}${vertical ? '----' : '---'}${file.eol}${file.eol}`
          : kept;
      if (needsBreak(separator)) push(file.eol);
      push(separator);
    }
    const text = slideText(slide, file.eol);
    if (needsBreak(text)) push(file.eol);
    push(text);
  });
  push(file.trailing ?? '');
  let out = parts.join('');
  // A deck without front matter whose first slide is empty starts with a separator; once a slide is edited, the
  // file could read as front matter (`---` … `---`), so a blank line goes first.
  const opensOnFence = file.frontMatterRaw === '' && !file.frontMatterDirty && /^---\r?\n/.test(out);
  if (opensOnFence && deck.slides.some((slide) => slide.dirty)) out = `${file.eol}${out}`;
  return (file.bom ? BOM : '') + out;
}
