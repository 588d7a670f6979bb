import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PdfKind } from '../ipc/contract';
import { findAppRoot } from '../services/bundled';
import { createChromiumPrinter } from '../services/export/chromiumPrinter';
import { exportPdf } from '../services/export/exportPdf';
import { ExportError, type ExportFailure, type PrintToPdf } from '../services/export/types';
import { CliError, EXIT, type ExitCode } from './errors';
import { exportHtmlForCli } from './exportHtml';
import type { CliIo } from './io';

export const EXPORT_USAGE =
  'briefdeck export DECK --pdf OUT.pdf [--kind slides|notes|handouts] [--per-page 3|6] [--paper a4|letter]';

const KINDS: readonly PdfKind[] = ['slides', 'notes', 'handouts'];
const PAPERS = ['a4', 'letter'] as const;

/** The parsed command line of `briefdeck export`. */
export interface ExportArgs {
  deck: string;
  pdf?: string;
  /** `--html OUT.html`: handled by {@link ExportCommandDeps.exportHtml} when wired. */
  html?: string;
  kind: PdfKind;
  perPage: 3 | 6;
  paper: 'a4' | 'letter';
}

/** What the export command uses outside itself; tests pass fakes. */
export interface ExportCommandDeps {
  readDeck: (path: string) => Promise<string>;
  /** A printer for this run; it is closed when the run ends. */
  createPrinter: () => PrintToPdf;
  /** The `--html` export (owned by the HTML exporter; absent until wired). */
  exportHtml?: (deckText: string, outPath: string) => Promise<{ bytes: number }>;
  now?: () => number;
}

const EXIT_FOR: Readonly<Record<ExportFailure, ExitCode>> = {
  deck: EXIT.badInput,
  browser: EXIT.noBrowser,
  print: EXIT.printFailed,
  write: EXIT.writeFailed,
};

function usageError(message: string): CliError {
  return new CliError(`${message} Usage: ${EXPORT_USAGE}`, EXIT.usage);
}

function optionValue(args: readonly string[], index: number, name: string): string {
  const value = args[index + 1];
  if (value === undefined || (value.startsWith('-') && value.length > 1))
    throw usageError(`${name} needs a value.`);
  return value;
}

/** Parses `briefdeck export` arguments; throws a usage CliError on anything wrong. */
export function parseExportArgs(args: readonly string[]): ExportArgs {
  const parsed: Partial<ExportArgs> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const take = (): string => {
      if (inline !== undefined) return inline;
      const value = optionValue(args, i, name);
      i += 1;
      return value;
    };
    if (name === '--pdf') parsed.pdf = take();
    else if (name === '--html') parsed.html = take();
    else if (name === '--kind') {
      const kind = take();
      if (!KINDS.includes(kind as PdfKind))
        throw usageError(`--kind must be slides, notes or handouts, not "${kind}".`);
      parsed.kind = kind as PdfKind;
    } else if (name === '--per-page') {
      const value = take();
      if (value !== '3' && value !== '6') throw usageError(`--per-page must be 3 or 6, not "${value}".`);
      parsed.perPage = Number(value) as 3 | 6;
    } else if (name === '--paper') {
      const value = take().toLowerCase();
      if (!(PAPERS as readonly string[]).includes(value))
        throw usageError(`--paper must be a4 or letter, not "${value}".`);
      parsed.paper = value as 'a4' | 'letter';
    } else if (name.startsWith('-') && name !== '-') throw usageError(`Unknown option ${name}.`);
    else if (parsed.deck === undefined) parsed.deck = arg;
    else throw usageError(`Unexpected argument ${arg}.`);
  }
  if (!parsed.deck) throw usageError('Missing the deck file.');
  if (!parsed.pdf && !parsed.html) throw usageError('Say where to write: --pdf OUT.pdf.');
  if (parsed.perPage !== undefined && parsed.kind !== 'handouts')
    throw usageError('--per-page applies to --kind handouts.');
  return {
    deck: parsed.deck,
    pdf: parsed.pdf,
    html: parsed.html,
    kind: parsed.kind ?? 'slides',
    perPage: parsed.perPage ?? 3,
    paper: parsed.paper ?? 'a4',
  };
}

/** The real dependencies: the file system and a Chromium printer over the built renderer. */
export function nodeExportDeps(): ExportCommandDeps {
  return {
    readDeck: (path) => readFile(path, 'utf8'),
    createPrinter: () => createChromiumPrinter({ rendererRoot: join(findAppRoot(), 'out', 'renderer') }),
    exportHtml: (deckText, outPath) => exportHtmlForCli(deckText, outPath),
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Builds the `briefdeck export` command over its dependencies. */
export function createExportCommand(deps: ExportCommandDeps) {
  return async function exportCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
    const options = parseExportArgs(args);
    const now = deps.now ?? (() => performance.now());
    let deckText: string;
    try {
      deckText = await deps.readDeck(options.deck);
    } catch (error) {
      throw new CliError(`Cannot read ${options.deck}: ${(error as Error).message}`, EXIT.unreadable);
    }
    if (options.html) {
      if (!deps.exportHtml) throw new CliError('HTML export is not available in this build yet.', EXIT.usage);
      await deps.exportHtml(deckText, resolve(options.html));
    }
    if (!options.pdf) return EXIT.ok;
    const outPath = resolve(options.pdf);
    const started = now();
    const printer = deps.createPrinter();
    try {
      await exportPdf({
        deckText,
        kind: options.kind,
        perPage: options.perPage,
        paper: options.paper,
        outPath,
        printer,
        onProgress: (stage, { slides }) => {
          if (stage === 'printing')
            io.stderr(`Exporting ${slides} slide${slides === 1 ? '' : 's'} (${options.kind})…`);
        },
      });
    } catch (error) {
      if (error instanceof ExportError) {
        if (error.reason !== 'deck') io.stderr(' failed\n');
        throw new CliError(error.message, EXIT_FOR[error.reason]);
      }
      throw error;
    } finally {
      await printer.close?.();
    }
    io.stderr(` done in ${seconds(now() - started)} → ${options.pdf}\n`);
    return EXIT.ok;
  };
}

/** `briefdeck export`, with the real file system and Chromium. */
export const exportCommand = (args: readonly string[], io: CliIo): Promise<ExitCode> =>
  createExportCommand(nodeExportDeps())(args, io);
