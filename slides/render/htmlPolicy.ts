/**
 * What raw HTML in slide Markdown may contain once sanitised: the one allowlist shared by the renderer's
 * DOMPurify pass (stage, thumbnails, presenter, audience, print) and the Node one (HTML and PowerPoint exports).
 * Pure data and string tests: the DOM work lives in `renderer/src/sanitizeCore.ts`.
 *
 * Kept: ordinary text, list, table and figure markup, images (inline data or local files, resolved to data
 * URLs), reveal.js's classes and the `data-*` attributes reveal reads for fragments and auto-animate, and inline
 * SVG through its own profile (shapes, text, gradients; no `<use>`, `<image>`, `<foreignObject>`, scripts or
 * animation). Dropped: scripts, styles, event handlers, forms, frames, media, `<base>`, `<meta>`, `<link>`,
 * every attribute that makes reveal load content (`data-background-*`, `data-preview-*`, …) and every URL that
 * is not http(s)/mailto (links) or inline image data (images). Inline `style` attributes are never kept (the CSP
 * has no `unsafe-inline`): `text-align` becomes an `align-*` class, the rest is dropped.
 */

/** HTML elements kept (lower case). */
export const HTML_TAGS = [
  'a',
  'abbr',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
] as const;

/**
 * SVG elements kept (lower case, as DOMPurify compares them): shapes, text, grouping and paint servers. Nothing
 * that references or embeds other content (`use`, `image`, `foreignObject`, `feImage`), runs (`script`), styles
 * (`style`) or animates (`animate*`, `set`, whose `onbegin`/`href` tricks are the classic SVG payloads).
 */
export const SVG_TAGS = [
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'lineargradient',
  'radialgradient',
  'stop',
  'clippath',
  'marker',
] as const;

/** Attributes kept on HTML elements (URL-bearing ones are further checked by {@link isSafeLink}). */
export const HTML_ATTRS = [
  'class',
  'id',
  'title',
  'lang',
  'dir',
  'role',
  'href',
  'src',
  'alt',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'start',
  'reversed',
  'type',
  'datetime',
  'aria-hidden',
  'aria-label',
  'aria-describedby',
  'aria-labelledby',
] as const;

/** Presentation attributes kept on SVG elements (lower case). `style` is never kept. */
export const SVG_ATTRS = [
  'viewbox',
  'preserveaspectratio',
  'xmlns',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'dx',
  'dy',
  'd',
  'points',
  'pathlength',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'opacity',
  'transform',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientunits',
  'gradienttransform',
  'spreadmethod',
  'clip-path',
  'clippathunits',
  'marker-start',
  'marker-mid',
  'marker-end',
  'markerwidth',
  'markerheight',
  'refx',
  'refy',
  'orient',
  'markerunits',
  'vector-effect',
  'visibility',
  'focusable',
] as const;

/**
 * `data-*` attributes kept: the ones our renderer writes and the ones reveal.js reads for fragments, code and
 * auto-animate. Never the ones that make reveal load or embed content (`data-background-*`, `data-preview-*`,
 * `data-markdown`, `data-external`, `data-autoslide`, `data-state`, …).
 */
export const DATA_ATTRS = [
  'data-src',
  'data-fragment-index',
  'data-id',
  'data-layout',
  'data-count',
  'data-line-numbers',
  'data-ln-start-from',
  'data-trim',
  'data-noescape',
  'data-auto-animate',
  'data-auto-animate-id',
  'data-auto-animate-delay',
  'data-auto-animate-duration',
  'data-auto-animate-easing',
  'data-auto-animate-unmatched',
  'data-auto-animate-restart',
] as const;

/** Values a `data-*` attribute may take (anything else drops the attribute). */
export const DATA_ATTR_VALUES: Readonly<Record<(typeof DATA_ATTRS)[number], RegExp>> = {
  'data-src': /^p\d{1,5}\.s\d{1,5}(?: p\d{1,5}\.s\d{1,5})*$/,
  'data-fragment-index': /^\d{1,4}$/,
  'data-id': /^[A-Za-z0-9_-]{1,64}$/,
  'data-layout': /^[a-z-]{1,20}$/,
  'data-count': /^\d{1,4}$/,
  'data-line-numbers': /^[\d,|\- ]{0,100}$/,
  'data-ln-start-from': /^\d{1,6}$/,
  'data-trim': /^$|^true$/,
  'data-noescape': /^$|^true$/,
  'data-auto-animate': /^$|^true$/,
  'data-auto-animate-id': /^[A-Za-z0-9_-]{1,64}$/,
  'data-auto-animate-delay': /^\d{1,5}(?:\.\d+)?$/,
  'data-auto-animate-duration': /^\d{1,5}(?:\.\d+)?$/,
  'data-auto-animate-easing': /^[a-z-]{1,40}$/,
  'data-auto-animate-unmatched': /^$|^(?:true|false)$/,
  'data-auto-animate-restart': /^$|^true$/,
};

/** A class attribute's tokens must look like CSS identifiers (reveal's `fragment fade-up`, `r-stack`). */
export const CLASS_TOKEN = /^-?[A-Za-z_][\w-]{0,63}$/;

/** Hrefs that stay live links: http(s), mailto and in-deck fragments (`#/3`). */
const SAFE_LINK = /^(?:https?:\/\/|mailto:|#)/i;
/**
 * Inline image data shown as is: raster images, and SVG as base64 (an SVG shown through `<img>` runs no script
 * and loads nothing), never anything that could fetch.
 */
const INLINE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[a-z0-9+/=\s]+$/i;
/** A URL with a scheme (`https:`, `file:`, `javascript:`) or protocol-relative (`//host`). */
const ABSOLUTE_URL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i;
/** SVG paint and reference values: only local fragment references `url(#id)` may appear. */
const URL_REFERENCE = /url\s*\(/i;
const LOCAL_URL_REFERENCE = /^\s*url\(\s*['"]?#[A-Za-z][\w-]*['"]?\s*\)\s*$/;
/** `text-align: x` inside a style attribute. */
const TEXT_ALIGN = /(?:^|;)\s*text-align\s*:\s*(left|center|right|justify)\s*(?:;|$)/i;
/** Image file extensions read from beside the deck. */
export const LOCAL_IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

/** True for an href that may stay a live link. */
export function isSafeLink(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}

/** True for an image source that is already inline image data we show as is. */
export function isInlineImage(src: string): boolean {
  return INLINE_IMAGE.test(src.trim());
}

/** True for a URL that would leave the deck's folder (any scheme, or protocol-relative). */
export function isRemoteOrSchemeUrl(src: string): boolean {
  return ABSOLUTE_URL.test(src.trim());
}

/**
 * A deck-relative image path (`img/chart.png`, `./a b.svg`) with a known image extension, normalised, or null
 * when it is absolute, climbs above the deck's folder, or is not an image we read.
 */
export function localImagePath(src: string): string | null {
  let path = src.trim().split(/[?#]/)[0] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (path === '' || isRemoteOrSchemeUrl(path) || path.startsWith('/') || path.includes('\0')) return null;
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return null;
    parts.push(part);
  }
  const name = parts.join('/');
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return LOCAL_IMAGE_TYPES[ext] ? name : null;
}

/** The MIME type of a local image path (by extension), or null. */
export function localImageType(path: string): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return LOCAL_IMAGE_TYPES[ext] ?? null;
}

/** True for an SVG attribute value that references something outside the document (`url(https://…)`). */
export function hasExternalReference(value: string): boolean {
  return URL_REFERENCE.test(value) && !LOCAL_URL_REFERENCE.test(value);
}

/** The `align-*` class for a style attribute's `text-align`, or null. */
export function alignClassOfStyle(style: string): string | null {
  const match = TEXT_ALIGN.exec(style);
  return match ? `align-${(match[1] ?? '').toLowerCase()}` : null;
}

/** Keeps only class tokens that look like CSS identifiers. */
export function cleanClassList(value: string): string {
  return value
    .split(/\s+/)
    .filter((token) => CLASS_TOKEN.test(token))
    .join(' ');
}

/** Mapping of local image paths (as written in the deck, normalised by {@link localImagePath}) to data URLs. */
export type ImageResolver = (path: string) => string | undefined;
