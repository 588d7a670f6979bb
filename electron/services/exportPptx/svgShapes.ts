/**
 * Simple inline SVG charts (rectangles, circles, ellipses, lines and text, grouped and translated) become native
 * PowerPoint shapes and text boxes, so a bar chart stays editable and renders in every office suite. Anything
 * richer (paths, polygons, gradients, rotations) is left to the caller, which embeds the SVG as a picture.
 */
import type PptxGenJS from 'pptxgenjs';
import type { PptxTheme } from './theme';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const SIMPLE = new Set(['svg', 'g', 'rect', 'circle', 'ellipse', 'line', 'text', 'tspan', 'title', 'desc']);
const TRANSLATE = /^\s*translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)\s*$/;
const NAMED: Record<string, string> = {
  black: '000000',
  white: 'FFFFFF',
  red: 'FF0000',
  green: '008000',
  blue: '0000FF',
  gray: '808080',
  grey: '808080',
  orange: 'FFA500',
  navy: '000080',
  teal: '008080',
};

function colour(value: string | null, fallback: string | null): string | null {
  if (value === null) return fallback;
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'transparent') return null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v)?.[1];
  if (hex) return (hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toUpperCase();
  return NAMED[v] ?? fallback;
}

function num(element: Element, name: string, fallback = 0): number {
  const value = Number.parseFloat(element.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : fallback;
}

/** True when every element of the SVG is one we draw as a shape (and transforms are translations). */
export function isSimpleSvg(svg: Element): boolean {
  return [svg, ...Array.from(svg.querySelectorAll('*'))].every(
    (element) =>
      SIMPLE.has(element.localName) &&
      (!element.hasAttribute('transform') || TRANSLATE.test(element.getAttribute('transform') ?? '')),
  );
}

/** Draws a simple SVG into `box` as shapes; false (nothing drawn) when it is not simple. */
export function svgShapes(
  slide: PptxGenJS.Slide,
  pptx: PptxGenJS,
  svg: Element,
  box: Box,
  theme: PptxTheme,
): boolean {
  if (!isSimpleSvg(svg)) return false;
  const view = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [vx, vy, vw, vh] =
    view.length === 4 && view.every(Number.isFinite)
      ? (view as [number, number, number, number])
      : [0, 0, num(svg, 'width', 300), num(svg, 'height', 150)];
  const scale = Math.min(box.w / vw, box.h / vh);
  const ox = box.x + (box.w - vw * scale) / 2;
  const oy = box.y + (box.h - vh * scale) / 2;
  const X = (x: number): number => ox + (x - vx) * scale;
  const Y = (y: number): number => oy + (y - vy) * scale;
  const size = (v: number): number => Math.max(v * scale, 0.001);

  const walk = (
    element: Element,
    dx: number,
    dy: number,
    fill: string | null,
    stroke: string | null,
  ): void => {
    const move = TRANSLATE.exec(element.getAttribute('transform') ?? '');
    const tx = dx + (move ? Number(move[1]) : 0);
    const ty = dy + (move ? Number(move[2] ?? 0) : 0);
    const ownFill = colour(element.getAttribute('fill'), fill);
    const ownStroke = colour(element.getAttribute('stroke'), stroke);
    const strokeWidth = num(element, 'stroke-width', 1) * scale * 72;
    const line = ownStroke
      ? { color: ownStroke, width: Math.max(strokeWidth, 0.25) }
      : { type: 'none' as const };
    const fillProps = ownFill ? { color: ownFill } : { type: 'none' as const };
    switch (element.localName) {
      case 'rect':
        slide.addShape(pptx.ShapeType.rect, {
          x: X(num(element, 'x') + tx),
          y: Y(num(element, 'y') + ty),
          w: size(num(element, 'width')),
          h: size(num(element, 'height')),
          fill: fillProps,
          line,
        });
        return;
      case 'circle':
      case 'ellipse': {
        const rx = element.localName === 'circle' ? num(element, 'r') : num(element, 'rx');
        const ry = element.localName === 'circle' ? num(element, 'r') : num(element, 'ry');
        slide.addShape(pptx.ShapeType.ellipse, {
          x: X(num(element, 'cx') + tx - rx),
          y: Y(num(element, 'cy') + ty - ry),
          w: size(2 * rx),
          h: size(2 * ry),
          fill: fillProps,
          line,
        });
        return;
      }
      case 'line': {
        const x1 = X(num(element, 'x1') + tx);
        const y1 = Y(num(element, 'y1') + ty);
        const x2 = X(num(element, 'x2') + tx);
        const y2 = Y(num(element, 'y2') + ty);
        slide.addShape(pptx.ShapeType.line, {
          x: Math.min(x1, x2),
          y: Math.min(y1, y2),
          w: Math.abs(x2 - x1),
          h: Math.abs(y2 - y1),
          flipV: (x2 - x1) * (y2 - y1) < 0,
          line: ownStroke ? line : { color: theme.text, width: 1 },
        });
        return;
      }
      case 'text': {
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (!text) return;
        const fontPx = num(element, 'font-size', 16);
        const points = fontPx * scale * 72;
        const anchor = element.getAttribute('text-anchor');
        const width = Math.max(text.length * fontPx * 0.62 * scale, 0.3);
        const x = X(num(element, 'x') + tx);
        const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
        const height = fontPx * 1.3 * scale;
        slide.addText(text, {
          x: left,
          y: Y(num(element, 'y') + ty) - height * 0.8,
          w: width,
          h: height,
          fontSize: Math.max(points, 6),
          color: colour(element.getAttribute('fill'), theme.text) ?? theme.text,
          fontFace: theme.bodyFont,
          bold: /bold|[6-9]00/.test(element.getAttribute('font-weight') ?? '') || undefined,
          align: anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left',
          valign: 'bottom',
          margin: 0,
        });
        return;
      }
      case 'svg':
      case 'g':
        for (const child of Array.from(element.children)) walk(child, tx, ty, ownFill, ownStroke);
        return;
      default:
        return;
    }
  };
  // SVG's initial fill is black and stroke none.
  for (const child of Array.from(svg.children))
    walk(child, 0, 0, colour(svg.getAttribute('fill'), '000000'), colour(svg.getAttribute('stroke'), null));
  return true;
}
