import { addImageHandler } from './addImage';
import { createExportPdfHandler, printJobHandler } from './export/handlers';
import { exportHtmlHandler } from './exportHtml/index';
import { exportPptxHandler } from './exportPptx/handler';
import { articleImportHandler } from './import/articleImportHandler';
import { presentOpenWebHandler, presentSyncWebHandler } from './present/webHandlers';
import type { Handler, Handlers } from './types';

/** Channels whose handlers live in other modules (importer, exporters). */
export type LaterChannel =
  | 'deck:addImage'
  | 'article:import'
  | 'export:pdf'
  | 'print:job'
  | 'export:html'
  | 'export:pptx'
  | 'present:open'
  | 'present:sync';

/**
 * The handlers for the importer and exporter channels. Wiring one is one line: the real handler (a {@link Handler} for that channel). A host can also override any of them, e.g. Electron main passes
 * an `export:pdf` that prints with `webContents.printToPDF` through `createHostServices({ overrides })`.
 */
export const laterHandlers: { [C in LaterChannel]: Handler<C> } = {
  'deck:addImage': addImageHandler,
  'article:import': articleImportHandler,
  'export:pdf': createExportPdfHandler(),
  'print:job': printJobHandler,
  'export:html': exportHtmlHandler,
  'export:pptx': exportPptxHandler,
  'present:open': presentOpenWebHandler,
  'present:sync': presentSyncWebHandler,
};

/** Handlers a host passes in to replace the defaults. */
export type HandlerOverrides = Partial<Handlers>;
