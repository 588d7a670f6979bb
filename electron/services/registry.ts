import type { Handler, Handlers } from './types';

/** Channels whose handlers live in other modules (importer, exporters). */
export type LaterChannel = 'article:import' | 'export:pdf' | 'export:html';

const notAvailableYet = async (): Promise<{ ok: false; message: string }> => ({
  ok: false,
  message: 'not available yet',
});

/**
 * The handlers for the importer and exporter channels. Wiring one is one line: replace `notAvailableYet` with the
 * real handler (a {@link Handler} for that channel). A host can also override any of them, e.g. Electron main passes
 * an `export:pdf` that prints with `webContents.printToPDF` through `createHostServices({ overrides })`.
 */
export const laterHandlers: { [C in LaterChannel]: Handler<C> } = {
  'article:import': notAvailableYet,
  'export:pdf': notAvailableYet,
  'export:html': notAvailableYet,
};

/** Handlers a host passes in to replace the defaults. */
export type HandlerOverrides = Partial<Handlers>;
