/**
 * Reading and writing the attribute lists of reveal.js comments: `<!-- .slide: data-layout="stat" -->` and
 * `<!-- .element: data-src="p3.s2" -->`.
 */

const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ATTRIBUTE_NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;
const ENTITY = /&(quot|amp|lt|gt);/g;
const ESCAPED = /["&<>]/g;
const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' };
const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One attribute found in a comment, with its offset inside the parsed text (for error positions). */
export interface AttributeMatch {
  name: string;
  value: string;
  /** Offset of the value (or of the name when there is no value) in the text given to `readAttributes`. */
  offset: number;
}

/** Reads `key="value"` pairs (also single-quoted, unquoted, or a bare key meaning ''). */
export function readAttributes(text: string): AttributeMatch[] {
  const found: AttributeMatch[] = [];
  for (const match of text.matchAll(ATTRIBUTE)) {
    const value = match[2] ?? match[3] ?? match[4];
    const valueAt = value === undefined ? 0 : match[0].lastIndexOf(value);
    found.push({
      name: match[1] ?? '',
      value: (value ?? '').replace(ENTITY, (_, name: string) => ENTITIES[name] ?? ''),
      offset: (match.index ?? 0) + Math.max(valueAt, 0),
    });
  }
  return found;
}

/** Writes attributes as `key="value"` pairs separated by spaces; names that are not valid are skipped. */
export function writeAttributes(attrs: Readonly<Record<string, string>>): string {
  return Object.entries(attrs)
    .filter(([name]) => ATTRIBUTE_NAME.test(name))
    .map(([name, value]) => `${name}="${String(value).replace(ESCAPED, (c) => ESCAPES[c] ?? c)}"`)
    .join(' ');
}

/** `<!-- .slide: … -->` for these attributes ('' when there are none). */
export function slideComment(attrs: Readonly<Record<string, string>>): string {
  const written = writeAttributes(attrs);
  return written ? `<!-- .slide: ${written} -->` : '';
}

/** `<!-- .element: … -->` for these attributes, e.g. `<!-- .element: data-src="p3.s2 p3.s4" -->`. */
export function elementComment(attrs: Readonly<Record<string, string>>): string {
  const written = writeAttributes(attrs);
  return written ? `<!-- .element: ${written} -->` : '';
}
