import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { createElectronPrinter } from '../../../../electron/services/export/electronPrinter';

/** A hidden print window as far as the printer uses one: it loads, reports ready, and prints. */
function fakeWindow(seen: Record<string, unknown>[]): BrowserWindow {
  let destroyed = false;
  const webContents = {
    once(event: string, listener: () => void) {
      if (event === 'did-finish-load') queueMicrotask(listener);
      return webContents;
    },
    executeJavaScript: async () => ({
      error: null,
      layout: JSON.stringify({ pages: 1, slidePages: [0], titles: ['One'] }),
    }),
    printToPDF: async (options: Record<string, unknown>) => {
      seen.push(options);
      return Buffer.from('%PDF-1.7');
    },
  };
  return {
    webContents,
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
    },
  } as unknown as BrowserWindow;
}

describe('the Electron printer', () => {
  it('asks Chromium for a tagged PDF at the CSS page size, leaving the outline to the pdf-lib pass', async () => {
    const seen: Record<string, unknown>[] = [];
    const printer = createElectronPrinter({ openPrintWindow: () => fakeWindow(seen) });
    const result = await printer.print({ deckText: '# One\n', kind: 'slides', perPage: 3, paper: 'a4' });
    expect(result.layout.pages).toBe(1);
    expect(seen).toEqual([
      {
        preferCSSPageSize: true,
        printBackground: true,
        generateTaggedPDF: true,
        generateDocumentOutline: false,
      },
    ]);
  });
});
