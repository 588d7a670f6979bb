/**
 * Reading and writing the YAML front matter. Reading maps YAML errors to file positions; writing edits the
 * original YAML document in place, so comments, key order and unknown keys survive a metadata edit.
 */
import { Document, LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import type { DeckError, DeckMeta } from '../model';
import type { LineSpan } from './lines';
import { META_KEYS, SOURCE_KEYS, restoreMeta } from './schema';
import type { MetaPath } from './schema';

const FENCE = '---';
const LINE_BREAK = /\r?\n/g;

/** Where the front matter is: its raw text (fences included) and its YAML. */
export interface FrontMatterBlock {
  raw: string;
  yaml: string;
  /** 1-based file line of the YAML's first line. */
  yamlLine: number;
  /** Index of the first line after the closing fence. */
  nextLine: number;
}

/** Finds a front matter opened by a first line `---` and closed by the next `---` line, if any. */
export function findFrontMatter(text: string, lines: readonly LineSpan[]): FrontMatterBlock | undefined {
  const first = lines[0];
  if (!first || text.slice(first.start, first.end) !== FENCE) return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as LineSpan;
    if (text.slice(line.start, line.end) !== FENCE) continue;
    const yamlStart = (lines[1] as LineSpan).start;
    return {
      raw: text.slice(0, line.next),
      yaml: text.slice(yamlStart, line.start),
      yamlLine: 2,
      nextLine: i + 1,
    };
  }
  return undefined;
}

/** Parses and restores the front matter; errors carry file lines and columns. */
export function readFrontMatter(block: FrontMatterBlock): { meta: DeckMeta; errors: DeckError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter, prettyErrors: false });
  const toFile = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + block.yamlLine - 1, column: pos.col };
  };
  const errors: DeckError[] = doc.errors.map((error) => ({
    ...toFile(error.pos[0]),
    message: `The front matter is not valid YAML: ${error.message}`,
  }));
  let value: unknown = null;
  try {
    value = doc.toJS();
  } catch (error) {
    if (errors.length === 0)
      errors.push({ ...toFile(0), message: `The front matter cannot be read: ${String(error)}` });
  }
  const restored = restoreMeta(value, (path) => toFile(keyOffset(doc.contents, path)));
  return { meta: restored.meta, errors: [...errors, ...restored.errors] };
}

/** Offset of the deepest key along `path` that exists (0 when none does). */
function keyOffset(node: unknown, path: MetaPath): number {
  let offset = 0;
  let current = node;
  for (const segment of path) {
    if (!isMap(current)) break;
    const pair = findPair(current, segment);
    if (!pair) break;
    offset = (isNode(pair.key) && pair.key.range?.[0]) || offset;
    current = pair.value;
  }
  return offset;
}

function findPair(map: YAMLMap, key: string | number): Pair | undefined {
  return map.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key);
}

/**
 * Writes `meta` as front matter. The YAML in `raw` is edited in place (changed keys only); YAML that cannot be
 * parsed is kept as a comment so nothing is lost.
 */
export function serializeFrontMatter(meta: DeckMeta, raw: string, eol: string): string {
  const yamlText = raw === '' ? '' : raw.replace(/^---\r?\n/, '').replace(/---\r?\n?$/, '');
  let doc: Document = parseDocument(yamlText);
  if (doc.errors.length > 0) {
    const kept = yamlText
      .replace(/\r?\n$/, '')
      .split(LINE_BREAK)
      .map((line) => ` ${line}`)
      .join('\n');
    doc = new Document({});
    doc.commentBefore = ` Unreadable front matter kept from the previous version:\n${kept}`;
  }
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  syncMeta(doc, doc.contents as unknown as YAMLMap, meta);
  const body =
    (doc.contents as unknown as YAMLMap).items.length > 0 || doc.commentBefore
      ? doc.toString({ lineWidth: 0 })
      : '';
  return `${FENCE}${eol}${body.replace(/\n/g, eol)}${FENCE}${eol}`;
}

function plain(node: unknown): unknown {
  return isNode(node) ? node.toJSON() : node;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function syncMeta(doc: Document, map: YAMLMap, meta: DeckMeta): void {
  const desired = new Map<string, unknown>();
  for (const key of META_KEYS) if (meta[key] !== undefined) desired.set(key, meta[key]);
  for (const [key, value] of Object.entries(meta.extra)) if (!desired.has(key)) desired.set(key, value);
  const legacyAspect = findPair(map, 'ratio');
  if (legacyAspect && !findPair(map, 'aspect')) legacyAspect.key = doc.createNode('aspect');
  for (const pair of [...map.items]) {
    const key = plain(pair.key);
    if (typeof key !== 'string' || !desired.has(key)) map.delete(pair.key);
  }
  for (const [key, value] of desired) {
    const existing = findPair(map, key);
    if (!existing) {
      const pair = doc.createPair(key, scalarFor(doc, key, value));
      if (key === 'version') prependPair(map, pair);
      else map.items.push(pair);
    } else if (key === 'source' && isMap(existing.value) && typeof value === 'object' && value !== null) {
      syncSource(doc, existing.value, value as Record<string, unknown>);
    } else if (!sameValue(plain(existing.value), value)) {
      existing.value = scalarFor(doc, key, value);
    }
  }
}

/** Aspect ratios are quoted: YAML 1.1 readers would take an unquoted `16:9` for a number. */
function scalarFor(doc: Document, key: string, value: unknown): unknown {
  const node = doc.createNode(value);
  if (key === 'aspect' && isScalar(node)) node.type = 'QUOTE_DOUBLE';
  return node;
}

function syncSource(doc: Document, map: YAMLMap, source: Record<string, unknown>): void {
  for (const key of SOURCE_KEYS) {
    const existing = findPair(map, key);
    const value = source[key];
    if (value === undefined) {
      if (existing) map.delete(existing.key);
    } else if (!existing) map.items.push(doc.createPair(key, value));
    else if (!sameValue(plain(existing.value), value)) existing.value = doc.createNode(value);
  }
}

/** Puts `pair` first, moving a comment written above the old first key above the new one. */
function prependPair(map: YAMLMap, pair: Pair): void {
  const first = map.items[0];
  if (first && isNode(first.key) && first.key.commentBefore && isNode(pair.key)) {
    pair.key.commentBefore = first.key.commentBefore;
    first.key.commentBefore = undefined;
  }
  map.items.unshift(pair);
}
