/**
 * `briefdeck export DECK --html OUT.html`: the HTML half of the export subcommand. The `export` command routes
 * here when its arguments carry `--html` ({@link wantsHtml}); the PDF options live with the PDF exporter.
 */
import { resolve } from 'node:path';
import { readDeck } from '../services/deckFiles';
import { exportHtml } from '../services/exportHtml/index';
import { CliError, EXIT, type ExitCode } from './errors';
import type { CliIo } from './io';

export const EXPORT_HTML_USAGE = 'briefdeck export DECK --html OUT.html';

const HTML_NAME = /\.html?$/i;

/** Does an `export` command line ask for HTML? */
export function wantsHtml(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--html' || arg.startsWith('--html='));
}

/** Parses `DECK --html OUT.html` (or `--html=OUT.html`). */
export function parseExportHtmlArgs(args: readonly string[]): { deck: string; out: string } {
  let deck: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--html' || arg.startsWith('--html=')) {
      out = arg.includes('=') ? arg.slice('--html='.length) : args[++i];
      if (!out) throw new CliError(`--html needs a file name. Usage: ${EXPORT_HTML_USAGE}`, EXIT.usage);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`Unknown option ${arg}. Usage: ${EXPORT_HTML_USAGE}`, EXIT.usage);
    } else if (deck === undefined) deck = arg;
    else throw new CliError(`Unexpected argument ${arg}. Usage: ${EXPORT_HTML_USAGE}`, EXIT.usage);
  }
  if (!deck) throw new CliError(`Missing the deck file. Usage: ${EXPORT_HTML_USAGE}`, EXIT.usage);
  if (!out) throw new CliError(`Missing --html OUT.html. Usage: ${EXPORT_HTML_USAGE}`, EXIT.usage);
  if (!HTML_NAME.test(out)) throw new CliError(`The output should end in .html: ${out}`, EXIT.usage);
  return { deck, out };
}

/** Reads the deck, exports it and writes OUT atomically; prints the path and size. */
export async function exportHtmlCommand(
  args: readonly string[],
  io: CliIo,
  read: (path: string) => Promise<{ text: string }> = readDeck,
): Promise<ExitCode> {
  const { deck, out } = parseExportHtmlArgs(args);
  let text: string;
  try {
    text = (await read(resolve(deck))).text;
  } catch (error) {
    throw new CliError(`Cannot read ${deck}: ${(error as Error).message}`, EXIT.unreadable);
  }
  let html: string;
  try {
    html = await exportHtml(text);
  } catch (error) {
    throw new CliError(`Cannot export ${deck}: ${(error as Error).message}`, EXIT.badInput);
  }
  try {
    await io.writeFile(resolve(out), html);
  } catch (error) {
    throw new CliError(`Cannot write ${out}: ${(error as Error).message}`, EXIT.writeFailed);
  }
  io.stdout(`${resolve(out)} (${Buffer.byteLength(html, 'utf8')} bytes)\n`);
  return EXIT.ok;
}
