/** The `export:pptx` channel: asks where to save when no path is given (null when the user cancels). */
import { parseDeck } from '../../../slides/index';
import type { Handler } from '../types';
import { exportPptxFile } from './index';

const PPTX_FILTERS = [{ name: 'PowerPoint presentation', extensions: ['pptx'] }];

export const exportPptxHandler: Handler<'export:pptx'> = async (request, context) => {
  const title = parseDeck(request.text).deck.meta.title || 'briefing';
  const outPath =
    request.outPath ??
    (await context.dialogs.showSave({
      title: 'Export PowerPoint',
      defaultName: `${title.replace(/[/\\:*?"<>|\0]+/g, '-').slice(0, 80)}.pptx`,
      filters: PPTX_FILTERS,
    }));
  if (!outPath) return null;
  try {
    const bytes = await exportPptxFile(request.text, outPath, { appRoot: context.appRoot });
    return { ok: true, path: outPath, bytes };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
};
