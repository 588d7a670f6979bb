/**
 * Writes a deck's local images into its text as data URLs (Markdown `![alt](img/a.png)` and HTML
 * `<img src="img/a.png">`), for exports whose renderer cannot read beside the deck (the print page). Fenced code
 * is left alone; remote URLs and paths the resolver does not know stay as they are (and show as placeholders).
 */
import { scanFences, splitLines } from '../format/lines';
import { localImagePath, type ImageResolver } from './htmlPolicy';

const MARKDOWN_IMAGE = /(!\[[^\]\n]*\]\(\s*)(<?)([^)\s>]+)(>?)/g;
const HTML_IMAGE = /(<img\b[^>]*?\bsrc\s*=\s*)(["'])([^"'\n]+)\2/gi;

/** Every image source a deck's text names outside fenced code (Markdown images and `<img src>`), as written. */
export function localImageRefs(text: string): string[] {
  const lines = splitLines(text);
  const { fenced } = scanFences(text, lines);
  const refs: string[] = [];
  lines.forEach((line, index) => {
    if (fenced[index]) return;
    const original = text.slice(line.start, line.end);
    for (const match of original.matchAll(MARKDOWN_IMAGE)) refs.push(match[3] ?? '');
    for (const match of original.matchAll(HTML_IMAGE)) refs.push(match[3] ?? '');
  });
  return refs.filter(Boolean);
}

/** The text with every resolvable local image replaced by its data URL. */
export function inlineLocalImages(text: string, resolve: ImageResolver): string {
  const lines = splitLines(text);
  const { fenced } = scanFences(text, lines);
  const swap = (src: string): string | undefined => {
    const path = localImagePath(src);
    return path ? resolve(path) : undefined;
  };
  let out = '';
  let last = 0;
  lines.forEach((line, index) => {
    if (fenced[index]) return;
    const original = text.slice(line.start, line.end);
    const replaced = original
      .replace(MARKDOWN_IMAGE, (all, head: string, open: string, src: string, close: string) => {
        const data = swap(src);
        return data ? `${head}${open}${data}${close}` : all;
      })
      .replace(HTML_IMAGE, (all, head: string, quote: string, src: string) => {
        const data = swap(src);
        return data ? `${head}${quote}${data}${quote}` : all;
      });
    if (replaced === original) return;
    out += text.slice(last, line.start) + replaced;
    last = line.end;
  });
  return out + text.slice(last);
}
