/**
 * `briefdeck export DECK --pptx OUT.pptx`: the PowerPoint half of the export subcommand. `exportCommand.ts`
 * parses the command line and calls {@link exportPptxForCli} through its `exportPptx` dependency.
 */
import { dirname } from 'node:path';
import { saveFileAtomic } from '../services/atomicFile';
import { findAppRoot } from '../services/bundled';
import { CliError, EXIT } from './errors';

/** Options of {@link exportPptxForCli}. */
export interface CliPptxOptions {
  appRoot?: string;
  /** Default: the atomic, durable save. */
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
}

/**
 * Exports `deckText` (read from `deckPath`, whose folder holds its images) to `outPath`; returns its size. A deck
 * that cannot be exported ends the CLI with `badInput`; a file that cannot be written with `writeFailed`.
 */
export async function exportPptxForCli(
  deckText: string,
  outPath: string,
  deckPath?: string,
  options: CliPptxOptions = {},
): Promise<{ bytes: number }> {
  let bytes: Buffer;
  try {
    const { exportPptx } = await import('../services/exportPptx/index');
    bytes = await exportPptx(deckText, {
      appRoot: options.appRoot ?? findAppRoot(),
      deckDir: deckPath ? dirname(deckPath) : undefined,
    });
  } catch (error) {
    throw new CliError(`Cannot export the deck: ${(error as Error).message}`, EXIT.badInput);
  }
  try {
    await (options.writeFile ?? saveFileAtomic)(outPath, bytes);
  } catch (error) {
    throw new CliError(`Cannot write ${outPath}: ${(error as Error).message}`, EXIT.writeFailed);
  }
  return { bytes: bytes.length };
}
