/**
 * `briefdeck export DECK --html OUT.html`: the HTML half of the export subcommand. `exportCommand.ts` parses the
 * command line and calls {@link exportHtmlForCli} through its `exportHtml` dependency.
 */
import { saveFileAtomic } from '../services/atomicFile';
import { findAppRoot } from '../services/bundled';
import { exportHtml } from '../services/exportHtml/index';
import { CliError, EXIT } from './errors';

/** Options of {@link exportHtmlForCli} (tests pass their own writer). */
export interface CliHtmlOptions {
  appRoot?: string;
  /** The deck's folder, for its local images. */
  deckDir?: string;
  /** Default: the atomic, durable save. */
  writeFile?: (path: string, data: string) => Promise<void>;
}

/**
 * Exports `deckText` to `outPath` and returns its size. A deck that cannot be exported ends the CLI with
 * `badInput`; a file that cannot be written with `writeFailed` (the previous file, if any, is left intact).
 */
export async function exportHtmlForCli(
  deckText: string,
  outPath: string,
  options: CliHtmlOptions = {},
): Promise<{ bytes: number }> {
  let html: string;
  try {
    html = await exportHtml(deckText, {
      appRoot: options.appRoot ?? findAppRoot(),
      deckDir: options.deckDir,
    });
  } catch (error) {
    throw new CliError(`Cannot export the deck: ${(error as Error).message}`, EXIT.badInput);
  }
  try {
    await (options.writeFile ?? saveFileAtomic)(outPath, html);
  } catch (error) {
    throw new CliError(`Cannot write ${outPath}: ${(error as Error).message}`, EXIT.writeFailed);
  }
  return { bytes: Buffer.byteLength(html, 'utf8') };
}
