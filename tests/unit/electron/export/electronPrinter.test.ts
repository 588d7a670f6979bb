import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { createElectronPrinter } from '../../../../electron/services/export/electronPrinter';

/**
 * A hidden print window as far as the printer uses one: it loads, paints (unless `painting` is false, as an
 * occluded window on macOS), reports ready, and prints.
 */
function fakeWindow(seen: Record<string, unknown>[], painting = true): BrowserWindow {
  let destroyed = false;
  const webContents = {
    once(event: string, listener: () => void) {
      if (event === 'did-finish-load') queueMicrotask(listener);
      return webContents;
    },
    executeJavaScript: (script: string) => {
      if (script.includes('requestAnimationFrame'))
        return painting ? Promise.resolve(true) : new Promise(() => {});
      return Promise.resolve({
        error: null,
        layout: JSON.stringify({ pages: 1, slidePages: [0], titles: ['One'] }),
      });
    },
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

  it('measures a notes part without printing it, and destroys its window', async () => {
    const seen: Record<string, unknown>[] = [];
    let window: BrowserWindow | undefined;
    const printer = createElectronPrinter({ openPrintWindow: () => (window = fakeWindow(seen)) });
    const part = { firstSlide: 150, slideTotal: 400, firstPage: 0, pageTotal: 0 };
    const layout = await printer.layout?.({
      deckText: '# One\n',
      kind: 'notes',
      perPage: 3,
      paper: 'a4',
      part,
    });
    expect(layout).toEqual({ pages: 1, slidePages: [0], titles: ['One'] });
    expect(seen).toEqual([]);
    expect(window?.isDestroyed()).toBe(true);
  });

  it('fails fast, with a clear message, when the hidden window is never painted', async () => {
    const seen: Record<string, unknown>[] = [];
    let window: BrowserWindow | undefined;
    const printer = createElectronPrinter({
      openPrintWindow: () => (window = fakeWindow(seen, false)),
      frameTimeoutMs: 50,
    });
    const started = Date.now();
    await expect(
      printer.print({ deckText: '# One\n', kind: 'slides', perPage: 3, paper: 'a4' }),
    ).rejects.toThrow(/print window is not being painted .* cannot lay out/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(seen).toEqual([]);
    expect(window?.isDestroyed()).toBe(true);
  });
});
