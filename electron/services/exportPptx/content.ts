/**
 * Reads a slide's sanitised DOM (the same HTML every other view draws, from `slides/render`) into what the
 * PowerPoint writer places: paragraphs of styled runs with list levels, tables, images and SVG charts. The
 * layouts' own markup (`.stat`, `.timeline-event`, `.actor`, `.column`, …) is read by the writer; this module
 * handles the free-flowing content inside them.
 */

/** A styled piece of text. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  link?: string;
}

/** A paragraph: its runs, list level (0-based) and kind. */
export interface Para {
  runs: Run[];
  level: number;
  bullet: 'none' | 'bullet' | 'number';
  kind: 'text' | 'heading' | 'quote' | 'code';
  /** Heading level (1–6) for headings. */
  heading?: number;
  align?: 'left' | 'center' | 'right';
}

/** A table cell. */
export interface Cell {
  runs: Run[];
  header: boolean;
  align?: 'left' | 'center' | 'right';
}

/** Something that is not running text. */
export type Visual =
  | { kind: 'image'; data: string; width: number; height: number; alt: string }
  | { kind: 'svg'; svg: SVGSVGElement; width: number; height: number }
  | { kind: 'table'; rows: Cell[][] };

/** The free-flowing content of a container. */
export interface Flow {
  paras: Para[];
  visuals: Visual[];
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'HEADER',
  'FOOTER',
  'ARTICLE',
  'ASIDE',
  'FIGURE',
  'FIGCAPTION',
  'UL',
  'OL',
  'LI',
  'TABLE',
  'PRE',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'DL',
  'DT',
  'DD',
]);

const ALIGN_CLASS = /\balign-(left|center|right)\b/;

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function alignOf(element: Element): Para['align'] {
  return (ALIGN_CLASS.exec(element.getAttribute('class') ?? '')?.[1] as Para['align']) ?? undefined;
}

/** Pixel size of an image from its data URL (PNG, GIF, JPEG, WebP, SVG), or a 4:3 guess. */
export function imageSize(data: string): { width: number; height: number } {
  const comma = data.indexOf(',');
  const bytes = Buffer.from(data.slice(comma + 1), 'base64');
  const type = data.slice(5, data.indexOf(';'));
  try {
    if (type === 'image/png' && bytes.length > 24)
      return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    if (type === 'image/gif' && bytes.length > 10)
      return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
    if (type === 'image/jpeg') {
      let offset = 2;
      while (offset + 9 < bytes.length) {
        if (bytes[offset] !== 0xff) break;
        const marker = bytes[offset + 1] ?? 0;
        const length = bytes.readUInt16BE(offset + 2);
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
          return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
        offset += 2 + length;
      }
    }
    if (type === 'image/webp' && bytes.length > 30) {
      const chunk = bytes.toString('ascii', 12, 16);
      if (chunk === 'VP8X')
        return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3) };
      if (chunk === 'VP8 ')
        return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
      if (chunk === 'VP8L') {
        const bits = bytes.readUInt32LE(21);
        return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
      }
    }
    if (type === 'image/svg+xml') {
      const text = bytes.toString('utf8');
      const width = Number(/\swidth="([\d.]+)/.exec(text)?.[1]);
      const height = Number(/\sheight="([\d.]+)/.exec(text)?.[1]);
      if (width > 0 && height > 0) return { width, height };
      const box = /viewBox="[\d.-]+[ ,]+[\d.-]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(text);
      if (box) return { width: Number(box[1]), height: Number(box[2]) };
    }
  } catch {
    // A truncated header: fall through to the guess.
  }
  return { width: 400, height: 300 };
}

/** An inline SVG's size: its width/height attributes, else its viewBox, else 300×150 (the HTML default). */
export function svgSize(svg: Element): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = Number.parseFloat(svg.getAttribute('width') ?? '') || box[2] || 300;
  const height = Number.parseFloat(svg.getAttribute('height') ?? '') || box[3] || 150;
  return { width, height };
}

/** The runs of an element's inline content (nested lists, tables and visuals are left to the caller). */
export function runsOf(node: Node, style: Omit<Run, 'text'> = {}, visuals?: Visual[]): Run[] {
  const runs: Run[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      const text = (child.nodeValue ?? '').replace(/\s+/g, ' ');
      if (text) runs.push({ text, ...style });
      continue;
    }
    if (!isElement(child)) continue;
    const tag = child.tagName.toUpperCase();
    if (tag === 'UL' || tag === 'OL' || tag === 'TABLE') continue;
    if (tag === 'BR') runs.push({ text: ' ', ...style });
    else if (tag === 'SVG' || child.localName === 'svg') visuals?.push(svgVisual(child as SVGSVGElement));
    else if (tag === 'IMG') {
      const visual = imageVisual(child);
      if (visual) visuals?.push(visual);
    } else if (tag === 'STRONG' || tag === 'B')
      runs.push(...runsOf(child, { ...style, bold: true }, visuals));
    else if (tag === 'EM' || tag === 'I') runs.push(...runsOf(child, { ...style, italic: true }, visuals));
    else if (tag === 'CODE' || tag === 'KBD' || tag === 'SAMP')
      runs.push(...runsOf(child, { ...style, code: true }, visuals));
    else if (tag === 'A' && child.getAttribute('href'))
      runs.push(...runsOf(child, { ...style, link: child.getAttribute('href') ?? undefined }, visuals));
    else runs.push(...runsOf(child, style, visuals));
  }
  return runs;
}

/** Trims a paragraph's runs at both ends; empty when nothing but spaces remains. */
export function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((run) => ({ ...run }));
  while (out.length && out[0]?.text.trim() === '') out.shift();
  while (out.length && out[out.length - 1]?.text.trim() === '') out.pop();
  const first = out[0];
  const last = out[out.length - 1];
  if (first) first.text = first.text.replace(/^\s+/, '');
  if (last) last.text = last.text.replace(/\s+$/, '');
  return out;
}

/** The text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

function svgVisual(svg: SVGSVGElement): Visual {
  return { kind: 'svg', svg, ...svgSize(svg) };
}

function imageVisual(img: Element): Visual | undefined {
  const data = img.getAttribute('src') ?? '';
  if (!data.startsWith('data:image/')) return undefined;
  const natural = imageSize(data);
  const width = Number.parseFloat(img.getAttribute('width') ?? '') || natural.width;
  const height =
    Number.parseFloat(img.getAttribute('height') ?? '') ||
    (width * natural.height) / Math.max(1, natural.width);
  return { kind: 'image', data, width, height, alt: img.getAttribute('alt') ?? '' };
}

function tableVisual(table: Element): Visual {
  const rows: Cell[][] = [];
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    rows.push(
      Array.from(tr.children)
        .filter((cell) => cell.tagName === 'TH' || cell.tagName === 'TD')
        .map((cell) => ({
          runs: trimRuns(runsOf(cell)),
          header: cell.tagName === 'TH',
          align: alignOf(cell),
        })),
    );
  }
  return { kind: 'table', rows };
}

function hasBlockChild(element: Element): boolean {
  return Array.from(element.children).some((child) => BLOCK_TAGS.has(child.tagName.toUpperCase()));
}

function pushPara(flow: Flow, runs: Run[], rest: Omit<Para, 'runs'>): void {
  const trimmed = trimRuns(runs);
  if (trimmed.length > 0) flow.paras.push({ runs: trimmed, ...rest });
}

function listInto(flow: Flow, list: Element, level: number, quote: boolean): void {
  const bullet = list.tagName === 'OL' ? 'number' : 'bullet';
  for (const item of Array.from(list.children)) {
    if (item.tagName !== 'LI') continue;
    const inline = Array.from(item.childNodes).filter(
      (node) => !(isElement(node) && BLOCK_TAGS.has(node.tagName.toUpperCase()) && node.tagName !== 'P'),
    );
    const runs: Run[] = [];
    for (const node of inline) {
      if (isElement(node) && node.tagName === 'P')
        runs.push(...runsOf(node, {}, flow.visuals), { text: ' ' });
      else if (isElement(node))
        runs.push(...runsOf({ childNodes: [node] } as unknown as Node, {}, flow.visuals));
      else if (node.nodeType === 3) runs.push({ text: (node.nodeValue ?? '').replace(/\s+/g, ' ') });
    }
    pushPara(flow, runs, { level, bullet, kind: quote ? 'quote' : 'text', align: alignOf(item) });
    for (const child of Array.from(item.children)) {
      if (child.tagName === 'UL' || child.tagName === 'OL') listInto(flow, child, level + 1, quote);
      else if (child.tagName !== 'P' && BLOCK_TAGS.has(child.tagName.toUpperCase()))
        flowInto(flow, child, level + 1, quote);
    }
  }
}

/** Adds a container's content to `flow`. */
export function flowInto(flow: Flow, container: Node, level = 0, quote = false): Flow {
  let loose: Run[] = [];
  const flushLoose = (): void => {
    pushPara(flow, loose, { level, bullet: 'none', kind: quote ? 'quote' : 'text' });
    loose = [];
  };
  for (const child of Array.from(container.childNodes)) {
    if (child.nodeType === 3) {
      loose.push({ text: (child.nodeValue ?? '').replace(/\s+/g, ' ') });
      continue;
    }
    if (!isElement(child)) continue;
    const tag = child.tagName.toUpperCase();
    if (!BLOCK_TAGS.has(tag) && child.localName !== 'svg') {
      loose.push(
        ...runsOf({ childNodes: [child] } as unknown as Node, quote ? { italic: true } : {}, flow.visuals),
      );
      continue;
    }
    flushLoose();
    if (child.localName === 'svg') flow.visuals.push(svgVisual(child as SVGSVGElement));
    else if (/^H[1-6]$/.test(tag))
      pushPara(flow, runsOf(child, { bold: true }, flow.visuals), {
        level,
        bullet: 'none',
        kind: 'heading',
        heading: Number(tag.slice(1)),
      });
    else if (tag === 'UL' || tag === 'OL') listInto(flow, child, level, quote);
    else if (tag === 'TABLE') flow.visuals.push(tableVisual(child));
    else if (tag === 'PRE')
      for (const line of (child.textContent ?? '').replace(/\n$/, '').split('\n'))
        flow.paras.push({ runs: [{ text: line || ' ', code: true }], level, bullet: 'none', kind: 'code' });
    else if (tag === 'BLOCKQUOTE') flowInto(flow, child, level, true);
    else if (tag === 'HR') continue;
    else if (hasBlockChild(child)) flowInto(flow, child, level, quote);
    else
      pushPara(flow, runsOf(child, quote ? { italic: true } : {}, flow.visuals), {
        level,
        bullet: 'none',
        kind: quote ? 'quote' : 'text',
        align: alignOf(child),
      });
  }
  flushLoose();
  return flow;
}

/** The flow of a container (empty flow for none). */
export function flowOf(container: Node | null | undefined): Flow {
  const flow: Flow = { paras: [], visuals: [] };
  return container ? flowInto(flow, container) : flow;
}
