/**
 * PowerPoint export: an editable presentation written with pptxgenjs, not pictures of slides. Each slide's
 * sanitised DOM (what every other view draws) is read and placed as native objects: titles and bullets as text
 * boxes with their list levels, stat figures as cards with bars, the timeline as a line with dots, actors and
 * Markdown tables as tables, quotes with a rule, columns side by side, simple SVG charts as shapes (others as
 * SVG pictures), images embedded; speaker notes in the notes pane; the deck's aspect ratio, theme colours and
 * font names; links kept; and a Sources slide from the deck's source when the deck has none.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { slideTitle } from '../../../slides/content';
import { parseDeck } from '../../../slides/index';
import type { Deck, Slide } from '../../../slides/model';
import { layoutOf, renderNotesHtml, renderSectionHtml } from '../../../slides/render/slide';
import { saveFileAtomic } from '../atomicFile';
import { defaultAppRoot } from '../exportHtml/index';
import { loadExportAssets } from '../exportHtml/assets';
import { deckImageResolver } from '../sanitize/images';
import { nodeSanitizer, type NodeSanitizer } from '../sanitize/index';
import type { ImageResolver } from '../../../slides/render/htmlPolicy';
import {
  flowOf,
  runsOf,
  runsText,
  trimRuns,
  type Cell,
  type Flow,
  type Para,
  type Run,
  type Visual,
} from './content';
import { svgShapes } from './svgShapes';
import { pptxTheme, type PptxTheme } from './theme';

/** Options of {@link exportPptx}. */
export interface ExportPptxOptions {
  /** Where the export assets (theme CSS) are; default: this repository. */
  appRoot?: string;
  /** Theme CSS, when already loaded. */
  css?: string;
  /** The deck's folder, for its local images. */
  deckDir?: string;
}

/** Slide sizes in inches. */
const SIZES = { '16:9': { w: 13.333, h: 7.5 }, '4:3': { w: 10, h: 7.5 } } as const;
const MARGIN = 0.6;
const TITLE_Y = 0.35;
const TITLE_H = 1.0;
const BODY_Y = 1.55;
const BODY_PT = 24;
/** An `<a:pPr>` that does not open its paragraph (see repairParagraphs). */
const STRAY_PARAGRAPH_PROPS = /(?<!<a:p>)<a:pPr\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/a:pPr>)/g;

interface Ctx {
  pptx: PptxGenJS;
  theme: PptxTheme;
  w: number;
  h: number;
  sanitizer: NodeSanitizer;
  resolve?: ImageResolver;
}

type TextItem = PptxGenJS.TextProps;

function runProps(run: Run, ctx: Ctx, base: PptxGenJS.TextPropsOptions): TextItem {
  const options: PptxGenJS.TextPropsOptions = { ...base };
  if (run.bold) options.bold = true;
  if (run.italic) options.italic = true;
  if (run.code) options.fontFace = ctx.theme.codeFont;
  if (run.link) {
    options.hyperlink = { url: run.link };
    options.color = ctx.theme.link;
  }
  return { text: run.text, options };
}

/** Paragraphs as pptxgenjs text items: one line each, with bullets and indent levels. */
function textItems(paras: readonly Para[], ctx: Ctx, size = BODY_PT): TextItem[] {
  const items: TextItem[] = [];
  for (const para of paras) {
    const base: PptxGenJS.TextPropsOptions = {
      fontSize: para.kind === 'heading' ? size + 2 : para.kind === 'code' ? size - 4 : size,
      color: para.kind === 'heading' ? ctx.theme.heading : ctx.theme.text,
      fontFace: para.kind === 'heading' ? ctx.theme.headingFont : ctx.theme.bodyFont,
      italic: para.kind === 'quote' ? true : undefined,
      bold: para.kind === 'heading' ? true : undefined,
      align: para.align,
      paraSpaceAfter: para.kind === 'code' ? 0 : 6,
    };
    if (para.bullet !== 'none') {
      base.bullet = para.bullet === 'number' ? { type: 'number', indent: 18 } : { indent: 18 };
      base.indentLevel = para.level;
    } else if (para.level > 0) base.indentLevel = para.level;
    // Paragraph options go on the first run only: pptxgenjs starts a new paragraph at every run with a bullet.
    const { bullet: _bullet, indentLevel: _indent, ...inner } = base;
    para.runs.forEach((run, index) => {
      const item = runProps(run, ctx, index === 0 ? base : inner);
      if (index === para.runs.length - 1) item.options = { ...item.options, breakLine: true };
      items.push(item);
    });
  }
  return items;
}

function addTitle(slide: PptxGenJS.Slide, ctx: Ctx, runs: Run[], y = TITLE_Y, h = TITLE_H, size = 34): void {
  if (runs.length === 0) return;
  slide.addText(
    runs.map((run) =>
      runProps(run, ctx, {
        fontSize: size,
        bold: true,
        color: ctx.theme.heading,
        fontFace: ctx.theme.headingFont,
      }),
    ),
    { x: MARGIN, y, w: ctx.w - 2 * MARGIN, h, valign: 'bottom', margin: 0, fit: 'shrink' },
  );
  slide.addShape(ctx.pptx.ShapeType.line, {
    x: MARGIN,
    y: y + h + 0.05,
    w: ctx.w - 2 * MARGIN,
    h: 0,
    line: { color: ctx.theme.accent, width: 2 },
  });
}

/** Places visuals (images, charts, tables) stacked in a box. */
function addVisuals(slide: PptxGenJS.Slide, ctx: Ctx, visuals: readonly Visual[], box: Box): void {
  if (visuals.length === 0) return;
  const gap = 0.15;
  const each = (box.h - gap * (visuals.length - 1)) / visuals.length;
  visuals.forEach((visual, index) => {
    const y = box.y + index * (each + gap);
    if (visual.kind === 'table') {
      addTable(slide, ctx, visual.rows, { x: box.x, y, w: box.w, h: each });
      return;
    }
    const scale = Math.min(box.w / visual.width, each / visual.height);
    const w = visual.width * scale;
    const h = visual.height * scale;
    const x = box.x + (box.w - w) / 2;
    if (visual.kind === 'image') {
      slide.addImage({ data: visual.data, x, y, w, h, altText: visual.alt || undefined });
      return;
    }
    if (!svgShapes(slide, ctx.pptx, visual.svg, { x, y, w, h }, ctx.theme)) {
      const xml = new (
        visual.svg.ownerDocument.defaultView as unknown as { XMLSerializer: typeof XMLSerializer }
      ).XMLSerializer().serializeToString(visual.svg);
      slide.addImage({
        data: `data:image/svg+xml;base64,${Buffer.from(xml).toString('base64')}`,
        x,
        y,
        w,
        h,
      });
    }
  });
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function addTable(slide: PptxGenJS.Slide, ctx: Ctx, rows: Cell[][], box: Box, size = 16): void {
  if (rows.length === 0) return;
  const columns = Math.max(...rows.map((row) => row.length), 1);
  const table: PptxGenJS.TableRow[] = rows.map((row) =>
    Array.from({ length: columns }, (_, index) => {
      const cell = row[index];
      const runs = cell?.runs.length ? cell.runs : [{ text: '' }];
      return {
        text: runs.map((run) =>
          runProps(run, ctx, { fontSize: size, color: ctx.theme.text, fontFace: ctx.theme.bodyFont }),
        ),
        options: {
          bold: cell?.header ? true : undefined,
          align: cell?.align ?? 'left',
          fill: cell?.header ? { color: ctx.theme.surface } : undefined,
          border: [{ type: 'none' }, { type: 'none' }, { pt: 1, color: ctx.theme.rule }, { type: 'none' }],
        },
      } as PptxGenJS.TableCell;
    }),
  );
  slide.addTable(table, { x: box.x, y: box.y, w: box.w, fontSize: size, autoPage: false, valign: 'middle' });
}

/** Text and visuals of a flow in a box: text on the left and visuals on the right when there are both. */
function addFlow(slide: PptxGenJS.Slide, ctx: Ctx, flow: Flow, box: Box, size = BODY_PT): void {
  const text = textItems(flow.paras, ctx, size);
  if (flow.visuals.length === 0) {
    if (text.length) slide.addText(text, { ...box, valign: 'top', margin: 0, fit: 'shrink' });
    return;
  }
  if (text.length === 0) {
    addVisuals(slide, ctx, flow.visuals, box);
    return;
  }
  const split = box.w * 0.45;
  slide.addText(text, {
    x: box.x,
    y: box.y,
    w: split - 0.2,
    h: box.h,
    valign: 'top',
    margin: 0,
    fit: 'shrink',
  });
  addVisuals(slide, ctx, flow.visuals, { x: box.x + split, y: box.y, w: box.w - split, h: box.h });
}

function body(ctx: Ctx): Box {
  return { x: MARGIN, y: BODY_Y, w: ctx.w - 2 * MARGIN, h: ctx.h - BODY_Y - 0.45 };
}

function headRuns(section: Element): Run[] {
  const heading = section.querySelector(
    ':scope > .slide-head h1, :scope > .slide-head h2, :scope > .slide-head h3',
  );
  return heading ? trimRuns(runsOf(heading)) : [];
}

/** The whole of a section except its head, as flow. */
function restFlow(section: Element, skip: readonly Element[]): Flow {
  const clone = section.cloneNode(true) as Element;
  const marks = new Set(skip.map((element) => Array.from(section.querySelectorAll('*')).indexOf(element)));
  const all = Array.from(clone.querySelectorAll('*'));
  for (const index of marks) all[index]?.remove();
  clone.querySelector(':scope > .slide-head')?.remove();
  return flowOf(clone);
}

function percentWidth(text: string): number | null {
  const match = /(\d{1,3}(?:[.,]\d+)?)\s*(?:%|per ?cent)$/i.exec(text.trim());
  const value = match ? Number((match[1] ?? '').replace(',', '.')) : NaN;
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

const LAYOUT_WRITERS: Record<string, (slide: PptxGenJS.Slide, ctx: Ctx, section: Element) => void> = {
  title(slide, ctx, section) {
    const block = section.querySelector('.title-block');
    const h1 = block?.querySelector('h1, h2');
    const subtitle = block?.querySelector('h1 ~ h2, h2 ~ h2, h1 ~ h3, h2 ~ h3');
    addTitle(slide, ctx, h1 ? trimRuns(runsOf(h1)) : [], ctx.h * 0.28, 1.6, 40);
    const top = ctx.h * 0.28 + 1.8;
    if (subtitle)
      slide.addText(
        textItems([{ runs: trimRuns(runsOf(subtitle)), level: 0, bullet: 'none', kind: 'text' }], ctx, 24),
        {
          x: MARGIN,
          y: top,
          w: ctx.w - 2 * MARGIN,
          h: 0.8,
          margin: 0,
          valign: 'top',
        },
      );
    const byline = flowOf(block?.querySelector('.byline'));
    if (byline.paras.length)
      slide.addText(
        textItems(
          byline.paras.map((para) => ({ ...para, runs: para.runs.map((run) => ({ ...run })) })),
          ctx,
          16,
        ),
        {
          x: MARGIN,
          y: top + 0.9,
          w: ctx.w - 2 * MARGIN,
          h: 1.2,
          margin: 0,
          valign: 'top',
          color: ctx.theme.muted,
        },
      );
    addVisuals(slide, ctx, byline.visuals, {
      x: MARGIN,
      y: top + 2.1,
      w: ctx.w - 2 * MARGIN,
      h: ctx.h - top - 2.4,
    });
  },
  bullets(slide, ctx, section) {
    addTitle(slide, ctx, headRuns(section));
    addFlow(slide, ctx, restFlow(section, []), body(ctx));
  },
  sources(slide, ctx, section) {
    addTitle(slide, ctx, headRuns(section));
    addFlow(slide, ctx, restFlow(section, []), body(ctx), 16);
  },
  section(slide, ctx, section) {
    const flow = flowOf(section.querySelector('.section-block'));
    const [first, ...rest] = flow.paras;
    if (first) addTitle(slide, ctx, first.runs, ctx.h * 0.32, 1.4, 40);
    if (rest.length)
      slide.addText(textItems(rest, ctx, 22), {
        x: MARGIN,
        y: ctx.h * 0.32 + 1.7,
        w: ctx.w - 2 * MARGIN,
        h: 2,
        valign: 'top',
        margin: 0,
      });
    addVisuals(slide, ctx, flow.visuals, {
      x: MARGIN,
      y: ctx.h * 0.62,
      w: ctx.w - 2 * MARGIN,
      h: ctx.h * 0.3,
    });
  },
  stat(slide, ctx, section) {
    addTitle(slide, ctx, headRuns(section));
    const cards = Array.from(section.querySelectorAll('.stat'));
    const area = body(ctx);
    const perRow = cards.length <= 3 ? Math.max(cards.length, 1) : Math.ceil(cards.length / 2);
    const rows = Math.ceil(cards.length / perRow);
    const rest = restFlow(section, [section.querySelector('.stat-grid') as Element].filter(Boolean));
    const cardsH = rest.paras.length || rest.visuals.length ? area.h * 0.72 : area.h;
    const gap = 0.25;
    const cw = (area.w - gap * (perRow - 1)) / perRow;
    const ch = Math.min(3, (cardsH - gap * (rows - 1)) / rows);
    cards.forEach((card, index) => {
      const x = area.x + (index % perRow) * (cw + gap);
      const y = area.y + Math.floor(index / perRow) * (ch + gap);
      slide.addShape(ctx.pptx.ShapeType.roundRect, {
        x,
        y,
        w: cw,
        h: ch,
        fill: { color: ctx.theme.surface },
        line: { color: ctx.theme.rule, width: 1 },
        rectRadius: 0.08,
      });
      const value = card.querySelector('.stat-value');
      // "almost" and "70%" are separate elements spaced by CSS.
      value?.querySelector('.stat-qualifier')?.append(' ');
      const valueText = runsText(runsOf(value ?? card)).trim();
      slide.addText(
        trimRuns(runsOf(value ?? card)).map((run) =>
          runProps(run, ctx, {
            fontSize: rows > 1 ? 30 : 40,
            bold: true,
            color: ctx.theme.accent,
            fontFace: ctx.theme.headingFont,
          }),
        ),
        {
          x: x + 0.2,
          y: y + 0.15,
          w: cw - 0.4,
          h: ch * 0.34,
          margin: 0,
          valign: 'middle',
          fit: 'shrink',
        },
      );
      const percent = percentWidth(valueText);
      const barY = y + 0.15 + ch * 0.34 + 0.05;
      if (percent !== null) {
        slide.addShape(ctx.pptx.ShapeType.rect, {
          x: x + 0.2,
          y: barY,
          w: cw - 0.4,
          h: 0.12,
          fill: { color: ctx.theme.rule },
          line: { type: 'none' },
        });
        if (percent > 0)
          slide.addShape(ctx.pptx.ShapeType.rect, {
            x: x + 0.2,
            y: barY,
            w: ((cw - 0.4) * percent) / 100,
            h: 0.12,
            fill: { color: ctx.theme.accent },
            line: { type: 'none' },
          });
      }
      const text = card.querySelector('.stat-text');
      const label = flowOf(text?.querySelector('.stat-label'));
      const source = flowOf(text?.querySelector('.stat-source'));
      const extra = text?.cloneNode(true) as Element | undefined;
      extra?.querySelector('.stat-label')?.remove();
      extra?.querySelector('.stat-source')?.remove();
      const more = flowOf(extra);
      const items = [
        ...textItems([...label.paras, ...more.paras], ctx, rows > 1 ? 14 : 16),
        ...textItems(
          source.paras.map((para) => ({ ...para, runs: para.runs.map((run) => ({ ...run, italic: true })) })),
          ctx,
          12,
        ).map((item) => ({ ...item, options: { ...item.options, color: ctx.theme.muted } })),
      ];
      if (items.length)
        slide.addText(items, {
          x: x + 0.2,
          y: barY + 0.2,
          w: cw - 0.4,
          h: y + ch - barY - 0.3,
          margin: 0,
          valign: 'top',
          fit: 'shrink',
        });
    });
    if (rest.paras.length || rest.visuals.length)
      addFlow(
        slide,
        ctx,
        rest,
        { x: area.x, y: area.y + cardsH + 0.1, w: area.w, h: area.h - cardsH - 0.1 },
        16,
      );
  },
  quote(slide, ctx, section) {
    addTitle(slide, ctx, headRuns(section));
    const area = body(ctx);
    const quote = flowOf(section.querySelector('figure.quote blockquote'));
    const attribution = flowOf(section.querySelector('.quote-attribution'));
    const rest = restFlow(section, [section.querySelector('figure.quote') as Element].filter(Boolean));
    const qh = area.h * (rest.paras.length || rest.visuals.length ? 0.6 : 0.8);
    slide.addShape(ctx.pptx.ShapeType.rect, {
      x: area.x,
      y: area.y,
      w: 0.08,
      h: qh,
      fill: { color: ctx.theme.accent },
      line: { type: 'none' },
    });
    slide.addText(
      textItems(
        quote.paras.map((para) => ({ ...para, kind: 'quote' as const })),
        ctx,
        28,
      ),
      {
        x: area.x + 0.35,
        y: area.y,
        w: area.w - 0.35,
        h: qh,
        valign: 'middle',
        margin: 0,
        fit: 'shrink',
      },
    );
    if (attribution.paras.length)
      slide.addText(
        textItems(attribution.paras, ctx, 18).map((item) => ({
          ...item,
          options: { ...item.options, color: ctx.theme.muted },
        })),
        {
          x: area.x + 0.35,
          y: area.y + qh + 0.05,
          w: area.w - 0.35,
          h: 0.6,
          align: 'right',
          margin: 0,
        },
      );
    if (rest.paras.length || rest.visuals.length)
      addFlow(slide, ctx, rest, { x: area.x, y: area.y + qh + 0.7, w: area.w, h: area.h - qh - 0.7 }, 16);
  },
  'two-column'(slide, ctx, section) {
    addTitle(slide, ctx, headRuns(section));
    const area = body(ctx);
    const columnsEl = section.querySelector('.columns');
    const columns = Array.from(columnsEl?.querySelectorAll(':scope > .column') ?? []);
    const lead = restFlow(section, [columnsEl as Element].filter(Boolean));
    const leadH = lead.paras.length || lead.visuals.length ? Math.min(1.2, area.h * 0.25) : 0;
    if (leadH) addFlow(slide, ctx, lead, { x: area.x, y: area.y, w: area.w, h: leadH }, 18);
    const n = Math.max(columns.length, 1);
    const gap = 0.4;
    const cw = (area.w - gap * (n - 1)) / n;
    columns.forEach((column, index) => {
      addFlow(
        slide,
        ctx,
        flowOf(column),
        { x: area.x + index * (cw + gap), y: area.y + leadH, w: cw, h: area.h - leadH },
        18,
      );
    });
  },
  timeline(slide, ctx, section) {
    addTitle(slide, ctx, headRuns(section));
    const area = body(ctx);
    const events = Array.from(section.querySelectorAll('.timeline-event'));
    const rest = restFlow(section, [section.querySelector('ol.timeline') as Element].filter(Boolean));
    const h = rest.paras.length || rest.visuals.length ? area.h * 0.75 : area.h;
    if (events.length <= 5) {
      const lineY = area.y + h * 0.35;
      slide.addShape(ctx.pptx.ShapeType.line, {
        x: area.x,
        y: lineY,
        w: area.w,
        h: 0,
        line: { color: ctx.theme.rule, width: 3 },
      });
      const slot = area.w / Math.max(events.length, 1);
      events.forEach((event, index) => {
        const cx = area.x + slot * index + slot / 2;
        slide.addShape(ctx.pptx.ShapeType.ellipse, {
          x: cx - 0.12,
          y: lineY - 0.12,
          w: 0.24,
          h: 0.24,
          fill: { color: ctx.theme.accent },
          line: { color: ctx.theme.background, width: 2 },
        });
        const when = trimRuns(runsOf(event.querySelector('.timeline-when') ?? event));
        slide.addText(
          when.map((run) =>
            runProps(run, ctx, {
              fontSize: 18,
              bold: true,
              color: ctx.theme.accent,
              fontFace: ctx.theme.headingFont,
            }),
          ),
          {
            x: cx - slot / 2 + 0.05,
            y: lineY - 0.85,
            w: slot - 0.1,
            h: 0.6,
            align: 'center',
            valign: 'bottom',
            margin: 0,
            fit: 'shrink',
          },
        );
        const what = flowOf(event.querySelector('.timeline-what'));
        slide.addText(
          textItems(
            what.paras.map((para) => ({ ...para, align: 'center' as const })),
            ctx,
            15,
          ),
          {
            x: cx - slot / 2 + 0.05,
            y: lineY + 0.3,
            w: slot - 0.1,
            h: h * 0.6,
            valign: 'top',
            margin: 0,
            fit: 'shrink',
          },
        );
      });
    } else {
      const rowH = h / events.length;
      slide.addShape(ctx.pptx.ShapeType.line, {
        x: area.x + 0.12,
        y: area.y,
        w: 0,
        h,
        line: { color: ctx.theme.rule, width: 3 },
      });
      events.forEach((event, index) => {
        const y = area.y + index * rowH;
        slide.addShape(ctx.pptx.ShapeType.ellipse, {
          x: area.x,
          y: y + rowH / 2 - 0.12,
          w: 0.24,
          h: 0.24,
          fill: { color: ctx.theme.accent },
          line: { type: 'none' },
        });
        const when = trimRuns(runsOf(event.querySelector('.timeline-when') ?? event));
        const what = flowOf(event.querySelector('.timeline-what'));
        slide.addText(
          [
            ...when.map((run) => runProps(run, ctx, { fontSize: 15, bold: true, color: ctx.theme.accent })),
            { text: '  ', options: { fontSize: 15 } },
            ...textItems(what.paras, ctx, 15),
          ],
          { x: area.x + 0.45, y, w: area.w - 0.45, h: rowH, valign: 'middle', margin: 0, fit: 'shrink' },
        );
      });
    }
    if (rest.paras.length || rest.visuals.length)
      addFlow(slide, ctx, rest, { x: area.x, y: area.y + h + 0.1, w: area.w, h: area.h - h - 0.1 }, 16);
  },
  actors(slide, ctx, section) {
    addTitle(slide, ctx, headRuns(section));
    const area = body(ctx);
    const actors = Array.from(section.querySelectorAll('.actor'));
    const rows = actors.map((actor) => [
      {
        runs: trimRuns(runsOf(actor.querySelector('.actor-name') ?? actor)).map((run) => ({
          ...run,
          bold: true,
        })),
        header: false,
      },
      { runs: trimRuns(runsOf(actor.querySelector('.actor-position') ?? actor)), header: false },
    ]);
    const rest = restFlow(section, [section.querySelector('.actors') as Element].filter(Boolean));
    const h = rest.paras.length || rest.visuals.length ? area.h * 0.75 : area.h;
    if (rows.length) {
      const size = rows.length > 4 ? 15 : 18;
      const table: PptxGenJS.TableRow[] = rows.map((row) =>
        row.map(
          (cell, index) =>
            ({
              text: cell.runs.map((run) =>
                runProps(run, ctx, {
                  fontSize: size,
                  color: index === 0 ? ctx.theme.heading : ctx.theme.text,
                  fontFace: ctx.theme.bodyFont,
                }),
              ),
              options: {
                border: [
                  { type: 'none' },
                  { type: 'none' },
                  { pt: 1, color: ctx.theme.rule },
                  { type: 'none' },
                ],
                valign: 'middle',
              },
            }) as PptxGenJS.TableCell,
        ),
      );
      slide.addTable(table, {
        x: area.x,
        y: area.y,
        w: area.w,
        colW: [area.w / 3, (area.w * 2) / 3],
        autoPage: false,
      });
    }
    if (rest.paras.length || rest.visuals.length)
      addFlow(slide, ctx, rest, { x: area.x, y: area.y + h + 0.1, w: area.w, h: area.h - h - 0.1 }, 16);
  },
};

/** Plain text of speaker notes, paragraph by paragraph, line breaks kept. */
function notesText(slide: Slide, ctx: Ctx): string {
  if (!slide.notes.trim()) return '';
  const fragment = ctx.sanitizer.fragment(renderNotesHtml(slide));
  const blocks: string[] = [];
  const walk = (node: Node): string =>
    Array.from(node.childNodes)
      .map((child) =>
        child.nodeType === 3
          ? (child.nodeValue ?? '')
          : (child as Element).tagName === 'BR'
            ? '\n'
            : walk(child),
      )
      .join('');
  for (const child of Array.from(fragment.childNodes)) {
    const text =
      child.nodeType === 3
        ? (child.nodeValue ?? '')
        : (child as Element).tagName === 'LI'
          ? walk(child)
          : walk(child);
    if (text.trim()) blocks.push(text.replace(/\n\n+/g, '\n').trim());
  }
  return blocks.join('\n\n');
}

/** A Sources slide from the deck's front matter, for decks that have none of their own. */
function sourcesSlide(deck: Deck): Slide | null {
  if (deck.slides.some((slide) => layoutOf(slide) === 'sources')) return null;
  const source = deck.meta.source;
  if (!source || !(source.title || source.url)) return null;
  const title = source.url ? `[${source.title || source.url}](${source.url})` : (source.title ?? '');
  const lines = [
    `- ${title}`,
    ...(source.author ? [`- By ${source.author}`] : []),
    ...(source.publisher || source.date
      ? [`- ${[source.publisher, source.date].filter(Boolean).join(', ')}`]
      : []),
  ];
  return {
    id: 'sources',
    attrs: {},
    layout: 'sources',
    body: `## Sources\n\n${lines.join('\n')}`,
    notes: '',
    raw: '',
    dirty: true,
  };
}

/** The theme's stylesheet: its source in a checkout (cheap), else the prebuilt export assets (packaged app). */
async function themeCss(appRoot: string, theme: string): Promise<string> {
  const source = join(appRoot, 'renderer', 'src', 'themes', `${theme}.css`);
  if (existsSync(source)) return readFile(source, 'utf8');
  return (await loadExportAssets(appRoot)).css;
}

/** Builds the presentation of a deck; resolves to the .pptx bytes. */
export async function exportPptx(deckText: string, options: ExportPptxOptions = {}): Promise<Buffer> {
  const { deck } = parseDeck(deckText);
  if (deck.slides.length === 0) throw new Error('The deck has no slides to export.');
  const css = options.css ?? (await themeCss(options.appRoot ?? defaultAppRoot(), deck.meta.theme));
  const theme = pptxTheme(css, deck.meta.theme);
  const size = SIZES[deck.meta.aspect];
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'BRIEFDECK', width: size.w, height: size.h });
  pptx.layout = 'BRIEFDECK';
  pptx.title = deck.meta.title || 'Briefing';
  if (deck.meta.author) pptx.author = deck.meta.author;
  if (deck.meta.subtitle) pptx.subject = deck.meta.subtitle;
  pptx.company = 'Briefdeck';
  pptx.theme = { headFontFace: theme.headingFont, bodyFontFace: theme.bodyFont };
  const ctx: Ctx = {
    pptx,
    theme,
    w: size.w,
    h: size.h,
    sanitizer: await nodeSanitizer(),
    resolve: options.deckDir ? await deckImageResolver(deckText, options.deckDir) : undefined,
  };
  const extra = sourcesSlide(deck);
  for (const source of extra ? [...deck.slides, extra] : deck.slides) {
    const slide = pptx.addSlide();
    slide.background = { color: theme.background };
    const fragment = ctx.sanitizer.fragment(renderSectionHtml(source), ctx.resolve);
    const section = fragment.querySelector('section');
    if (section) (LAYOUT_WRITERS[layoutOf(source)] ?? LAYOUT_WRITERS.bullets)?.(slide, ctx, section);
    const notes = notesText(source, ctx);
    if (notes) slide.addNotes(notes);
    else if (!slideTitle(source)) slide.addNotes(' ');
  }
  return repairParagraphs((await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer);
}

/**
 * pptxgenjs 4.0.1 writes paragraph properties before every run of a paragraph, not only the first; the later
 * ones (a `buNone` after a bulleted run) are invalid where they stand and make LibreOffice drop the bullet.
 * Keeps only the `<a:pPr>` that opens each paragraph.
 */
async function repairParagraphs(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  for (const name of parts) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    zip.file(name, xml.replace(STRAY_PARAGRAPH_PROPS, ''));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Exports to a file atomically; returns the number of bytes written. */
export async function exportPptxFile(
  deckText: string,
  outPath: string,
  options: ExportPptxOptions = {},
): Promise<number> {
  const bytes = await exportPptx(deckText, options);
  await saveFileAtomic(outPath, bytes);
  return bytes.length;
}
