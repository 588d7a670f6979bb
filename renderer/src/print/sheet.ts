/** Portrait sheets (A4 or Letter) for notes and handouts: a header, a body and a page-number footer. */
import type { PrintPart } from '../../../electron/ipc/contract';

/** Content width of a sheet in CSS pixels (page width minus print.css's side margins). */
export const SHEET_CONTENT_WIDTH: Readonly<Record<'a4' | 'letter', number>> = {
  // 210 mm and 8.5 in at 96 px/in, minus 2 × 15 mm margins.
  a4: Math.floor(((210 - 30) / 25.4) * 96),
  letter: Math.floor((8.5 - 30 / 25.4) * 96),
};

/** One sheet with its parts. */
export interface Sheet {
  element: HTMLElement;
  body: HTMLElement;
  footer: HTMLElement;
}

/** Creates a sheet and appends it to `root`. */
export function addSheet(root: HTMLElement, kind: string, heading: string, aside: string): Sheet {
  const element = document.createElement('div');
  element.className = `sheet sheet-${kind}`;
  const header = document.createElement('header');
  header.className = 'sheet-head';
  const title = document.createElement('span');
  title.className = 'sheet-title';
  title.textContent = heading;
  const side = document.createElement('span');
  side.className = 'sheet-aside';
  side.textContent = aside;
  header.append(title, side);
  const body = document.createElement('div');
  body.className = 'sheet-body';
  const footer = document.createElement('footer');
  footer.className = 'sheet-foot';
  element.append(header, body, footer);
  root.appendChild(element);
  return { element, body, footer };
}

/**
 * Writes "Page n of N" into every sheet's footer, once all sheets exist. A part of a deck printed in parts numbers
 * its sheets from its first page in the whole document, out of the whole's pages (when known).
 */
export function numberSheets(sheets: readonly Sheet[], part?: PrintPart): void {
  const first = part?.firstPage ?? 0;
  const total = part?.pageTotal || sheets.length;
  sheets.forEach((sheet, index) => {
    sheet.footer.textContent = `Page ${first + index + 1} of ${total}`;
  });
}
