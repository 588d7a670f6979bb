/**
 * Image files added to a deck (dropped or pasted onto a slide, copied beside the deck): what their bytes are,
 * judged by content (magic bytes; SVG by its first tag), the file name they get and the Markdown that shows them.
 * Pure: the editor uses it to tell an image from an article, the host to refuse anything that is not an image.
 */

/** An image kind a deck may hold, with the extension its copy gets and its MIME type. */
export interface ImageKind {
  ext: 'png' | 'jpg' | 'gif' | 'webp' | 'svg';
  mime: string;
}

/** The image kinds accepted, for messages. */
export const IMAGE_KINDS_TEXT = 'PNG, JPEG, GIF, WebP or SVG';

/** The largest image copied beside a deck (the editor and the exports read images up to this size too). */
export const MAX_ADDED_IMAGE_BYTES = 20 * 1024 * 1024;

/** Folder beside the deck that added images go to. */
export const IMAGE_FOLDER = 'images';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const GIF87_MAGIC = [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]; // "GIF87a"
const GIF89_MAGIC = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]; // "GIF89a"
const RIFF_MAGIC = [0x52, 0x49, 0x46, 0x46]; // "RIFF"
const WEBP_MAGIC = [0x57, 0x45, 0x42, 0x50]; // "WEBP" at offset 8
/** How much of a file's start is read to find an SVG's root tag. */
export const SVG_SNIFF_BYTES = 4096;
/** What may come before an SVG's root tag: a BOM, white space, the XML declaration, comments, a doctype. */
const SVG_PROLOG_PART = /^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)/i;
const SVG_ROOT = /^<svg[\s>/]/;
const FILE_EXTENSION = /\.[A-Za-z0-9]{1,8}$/;
const PATH_PREFIX = /^.*[\\/]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_NAME_CHARS = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;
/** Names Windows reserves whatever the extension (`con.png` cannot be created there). */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;
const MAX_NAME_CHARS = 48;
const ALT_UNSAFE = /[[\]\\\r\n\t]+/g;
const ALT_SEPARATORS = /[-_]+/g;
const SPACE_RUN = /\s+/g;
const MAX_ALT_CHARS = 120;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((byte, index) => bytes[at + index] === byte);
}

/** The raster image kind of these bytes by their magic numbers, or null. */
export function rasterImageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, PNG_MAGIC)) return { ext: 'png', mime: 'image/png' };
  if (startsWith(bytes, JPEG_MAGIC)) return { ext: 'jpg', mime: 'image/jpeg' };
  if (startsWith(bytes, GIF87_MAGIC) || startsWith(bytes, GIF89_MAGIC))
    return { ext: 'gif', mime: 'image/gif' };
  if (startsWith(bytes, RIFF_MAGIC) && startsWith(bytes, WEBP_MAGIC, 8))
    return { ext: 'webp', mime: 'image/webp' };
  return null;
}

/**
 * True when the text starts like an SVG document: its first tag, after an optional XML declaration, comments
 * and doctype, is `<svg`. Only a first look: the host also parses the whole file as XML.
 */
export function startsLikeSvg(text: string): boolean {
  let rest = text.startsWith('\ufeff') ? text.slice(1) : text;
  for (let match = SVG_PROLOG_PART.exec(rest); match; match = SVG_PROLOG_PART.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  return SVG_ROOT.test(rest);
}

/** The image kind of a file's bytes (its start is enough): raster by magic bytes, SVG by its first tag; or null. */
export function sniffImageKind(bytes: Uint8Array): ImageKind | null {
  const raster = rasterImageKind(bytes);
  if (raster) return raster;
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, SVG_SNIFF_BYTES));
  return startsLikeSvg(head) ? { ext: 'svg', mime: 'image/svg+xml' } : null;
}

/** The name a file's stem gives: no folders or extension, ASCII letters, digits and dashes; never empty. */
export function safeImageStem(fileName: string): string {
  const stem = fileName.replace(PATH_PREFIX, '').replace(FILE_EXTENSION, '');
  const name = stem
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NOT_NAME_CHARS, '-')
    .replace(EDGE_DASHES, '')
    .slice(0, MAX_NAME_CHARS)
    .replace(EDGE_DASHES, '');
  if (name === '') return 'image';
  return WINDOWS_RESERVED.test(name) ? `${name}-image` : name;
}

/** Alt text for an image from its file name ("Oil exports_2024.png" → "Oil exports 2024"); never empty. */
export function imageAltText(fileName: string): string {
  const stem = fileName.replace(PATH_PREFIX, '').replace(FILE_EXTENSION, '');
  const alt = stem
    .replace(ALT_UNSAFE, ' ')
    .replace(ALT_SEPARATORS, ' ')
    .replace(SPACE_RUN, ' ')
    .trim()
    .slice(0, MAX_ALT_CHARS)
    .trim();
  return alt === '' ? 'image' : alt;
}

/** The Markdown line that shows an image (`relativePath` is deck-relative, made of safe names). */
export function imageMarkdown(alt: string, relativePath: string): string {
  return `![${alt.replace(ALT_UNSAFE, ' ')}](${relativePath})`;
}
