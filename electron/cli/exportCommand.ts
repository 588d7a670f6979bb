import { mkdir, readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { ArticleSource, PdfKind } from '../ipc/contract';
import { findAppRoot } from '../services/bundled';
import { createChromiumPrinter } from '../services/export/chromiumPrinter';
import { findChromium } from '../services/export/findChromium';
import { ExportError, type ExportFailure, type ExportStage, type PrintToPdf } from '../services/export/types';
import { CliError, EXIT, oneLine, type ExitCode } from './errors';
import type { CliIo } from './io';
import { noChromiumLine } from './noChromium';
import { createProgress, type Progress } from './progress';

export const EXPORT_USAGE =
  'briefdeck export DECK... (--pdf OUT.pdf|DIR | --html OUT.html|DIR | --pptx OUT.pptx|DIR) [--kind slides|notes|handouts] [--per-page 3|6] [--paper a4|letter] [--json]';

const KINDS: readonly PdfKind[] = ['slides', 'notes', 'handouts'];
const PAPERS = ['a4', 'letter'] as const;

/** The parsed command line of `briefdeck export`. */
export interface ExportArgs {
  /** One or more decks; with several, `--pdf`/`--html` name a folder. */
  decks: string[];
  pdf?: string;
  html?: string;
  /** `--pptx OUT.pptx`: an editable PowerPoint file (services/exportPptx). */
  pptx?: string;
  kind: PdfKind;
  perPage: 3 | 6;
  paper: 'a4' | 'letter';
  /** Print one JSON object on stdout instead of paths and progress. */
  json: boolean;
}

/** What the export command uses outside itself; tests pass fakes. */
export interface ExportCommandDeps {
  readDeck: (path: string) => Promise<string>;
  /**
   * The article beside the deck (`name.article.txt` or `name.article.json`, as the app opens it), so notes pages
   * quote the same sentences as the app's export; undefined when there is none.
   */
  readArticle?: (deckPath: string) => Promise<ArticleSource | undefined>;
  /** A printer for this run, shared by every deck; it is closed when the run ends. */
  createPrinter: () => PrintToPdf;
  /**
   * Throws a CliError (noBrowser) when no browser can print, before any work starts, so a missing Chromium is one
   * line and no half-done progress (absent: the printer reports it when it starts).
   */
  checkBrowser?: () => void;
  /** The `--html` export (owned by the HTML exporter; absent until wired). */
  exportHtml?: (deckText: string, outPath: string, deckPath?: string) => Promise<{ bytes: number }>;
  /** The `--pptx` export. */
  exportPptx?: (deckText: string, outPath: string, deckPath?: string) => Promise<{ bytes: number }>;
  /** Creates an output folder (default: `mkdir -p`). */
  makeDir?: (path: string) => Promise<void>;
  /** Whether a path is an existing folder (default: the file system). */
  isDirectory?: (path: string) => boolean;
  now?: () => number;
  /**
   * The process exits as soon as the command returns (the `briefdeck` entry): leave the browser running rather
   * than close it gracefully; playwright-core kills it and removes its profile when the process exits.
   */
  leavePrinterOpen?: boolean;
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
  const decks: string[] = [];
  let json = false;
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
    else if (name === '--pptx') parsed.pptx = take();
    else if (name === '--json') json = true;
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
    else decks.push(arg);
  }
  if (decks.length === 0) throw usageError('Missing the deck file.');
  if (!parsed.pdf && !parsed.html && !parsed.pptx) throw usageError('Say where to write: --pdf OUT.pdf.');
  if (parsed.perPage !== undefined && parsed.kind !== 'handouts')
    throw usageError('--per-page applies to --kind handouts.');
  return {
    decks,
    pdf: parsed.pdf,
    html: parsed.html,
    pptx: parsed.pptx,
    kind: parsed.kind ?? 'slides',
    perPage: parsed.perPage ?? 3,
    paper: parsed.paper ?? 'a4',
    json,
  };
}

/** One deck of the run and the files it becomes (paths as the user would write them). */
export interface ExportPlanItem {
  deck: string;
  pdf?: string;
  html?: string;
  pptx?: string;
}

const DECK_SUFFIX = /(\.deck)?\.(md|markdown|txt)$/i;

/** `talk.deck.md` → `talk.pdf` (slides), `talk.notes.pdf`, `talk.handouts.pdf`, `talk.html`. */
export function outputName(deck: string, format: 'pdf' | 'html' | 'pptx', kind: PdfKind = 'slides'): string {
  const stem = basename(deck).replace(DECK_SUFFIX, '') || 'deck';
  if (format === 'pptx') return `${stem}.pptx`;
  return format === 'html' ? `${stem}.html` : `${stem}${kind === 'slides' ? '' : `.${kind}`}.pdf`;
}

function defaultIsDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/**
 * Where each deck goes. A target is a folder when it ends with `/`, is an existing folder, or several decks are
 * exported (then it must not name a `.pdf`/`.html` file); files in it are named after the decks.
 */
export function planExports(
  args: ExportArgs,
  isDirectory: (path: string) => boolean = defaultIsDirectory,
): { items: ExportPlanItem[]; folders: string[] } {
  const several = args.decks.length > 1;
  const folders: string[] = [];
  const target = (value: string | undefined, format: 'pdf' | 'html' | 'pptx') => {
    if (value === undefined) return undefined;
    const folder = value.endsWith('/') || value.endsWith(sep) || isDirectory(value) || several;
    if (folder && several && new RegExp(`\\.${format}$`, 'i').test(value) && !isDirectory(value))
      throw usageError(`--${format} ${value} names one file; give a folder for several decks.`);
    if (folder) folders.push(value);
    return (deck: string) => (folder ? join(value, outputName(deck, format, args.kind)) : value);
  };
  const pdf = target(args.pdf, 'pdf');
  const html = target(args.html, 'html');
  const pptx = target(args.pptx, 'pptx');
  const items = args.decks.map((deck) => ({
    deck,
    pdf: pdf?.(deck),
    html: html?.(deck),
    pptx: pptx?.(deck),
  }));
  const seen = new Map<string, string>();
  for (const item of items) {
    for (const out of [item.pdf, item.html, item.pptx]) {
      if (out === undefined) continue;
      const key = resolve(out);
      const other = seen.get(key);
      if (other !== undefined)
        throw usageError(
          `${other} and ${item.deck} would both be written to ${out}; export them separately.`,
        );
      seen.set(key, item.deck);
    }
  }
  return { items, folders: [...new Set(folders)] };
}

/** The real dependencies: the file system and a Chromium printer over the built renderer. */
export function nodeExportDeps(): ExportCommandDeps {
  return {
    readDeck: (path) => readFile(path, 'utf8'),
    // Most decks have no article beside them (name.article.txt or .json, as articleSidecar names them): look
    // first, and load the article reader, which brings the importers, only when there is one.
    readArticle: async (path) => {
      const stem = resolve(path).replace(/\.deck\.md$|\.md$/i, '');
      if (!existsSync(`${stem}.article.txt`) && !existsSync(`${stem}.article.json`)) return undefined;
      return (await import('../services/articleSidecar')).readArticleSidecar(resolve(path));
    },
    createPrinter: () => createChromiumPrinter({ rendererRoot: join(findAppRoot(), 'out', 'renderer') }),
    checkBrowser: () => {
      try {
        findChromium();
      } catch {
        throw new CliError(noChromiumLine(), EXIT.noBrowser);
      }
    },
    // Loaded only for --html: it brings the article reader (the sidecar) that a PDF export does not need.
    exportHtml: async (deckText, outPath, deckPath) =>
      (await import('./exportHtml')).exportHtmlForCli(deckText, outPath, {
        deckDir: deckPath ? dirname(deckPath) : undefined,
      }),
    exportPptx: async (deckText, outPath, deckPath) =>
      (await import('./exportPptx')).exportPptxForCli(deckText, outPath, deckPath),
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** One file written, as `--json` reports it (paths absolute). */
export interface ExportOutput {
  deck: string;
  format: 'pdf' | 'html' | 'pptx';
  path: string;
  bytes: number;
  kind?: PdfKind;
  pages?: number;
  slides?: number;
  ms: number;
}

/** How far into a deck's PDF each stage is, for the bar. */
const STAGE_FRACTION: Readonly<Record<ExportStage, number>> = {
  parsing: 0.05,
  printing: 0.15,
  finishing: 0.85,
  writing: 0.95,
  done: 1,
};

function failureOf(error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof ExportError) return new CliError(error.message, EXIT_FOR[error.reason]);
  return new CliError((error as Error)?.message ?? String(error), EXIT.internal);
}

/**
 * Builds the `briefdeck export` command over its dependencies. Several decks share one printer (one Chromium);
 * each file written is printed on stdout as it is written (its path, one per line, so `$(briefdeck export …)`
 * gives the files) or reported in the `--json` object; progress goes to stderr.
 * With several decks a deck that fails is reported and the others are still exported (the exit code is the first
 * failure's), except when there is no browser at all.
 */
export function createExportCommand(deps: ExportCommandDeps) {
  return async function exportCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
    const options = parseExportArgs(args);
    const { items, folders } = planExports(options, deps.isDirectory);
    if (items.some((item) => item.pdf)) deps.checkBrowser?.();
    const now = deps.now ?? (() => performance.now());
    const several = items.length > 1;
    const progress: Progress = options.json
      ? { update: () => undefined, plain: () => undefined, log: () => undefined, end: () => undefined }
      : createProgress(items.length, { write: io.stderr, tty: io.stderrIsTTY === true, columns: io.columns });
    const outputs: ExportOutput[] = [];
    const failures: { deck: string; code: ExitCode; error: string }[] = [];
    let printer: PrintToPdf | undefined;

    const exportOne = async (item: ExportPlanItem, index: number): Promise<void> => {
      const name = basename(item.deck);
      progress.update(index, 0, `reading ${name}`);
      let deckText: string;
      try {
        deckText = await deps.readDeck(item.deck);
      } catch (error) {
        throw new CliError(`Cannot read ${item.deck}: ${(error as Error).message}`, EXIT.unreadable);
      }
      const prefix = several ? `${item.deck}: ` : '';
      if (item.html) {
        if (!deps.exportHtml)
          throw new CliError('HTML export is not available in this build yet.', EXIT.usage);
        const started = now();
        progress.update(index, 0.05, `${name} → HTML`);
        progress.plain(`${prefix}Exporting HTML…`);
        const { bytes } = await deps
          .exportHtml(deckText, resolve(item.html), resolve(item.deck))
          .catch((error: unknown) => {
            progress.plain(' failed\n');
            throw error;
          });
        const ms = now() - started;
        progress.plain(` done in ${seconds(ms)}\n`);
        outputs.push({ deck: resolve(item.deck), format: 'html', path: resolve(item.html), bytes, ms });
        if (!options.json) progress.log(item.html, io.stdout);
      }
      if (item.pptx) {
        if (!deps.exportPptx)
          throw new CliError('PowerPoint export is not available in this build.', EXIT.usage);
        const started = now();
        progress.update(index, 0.05, `${name} → PowerPoint`);
        progress.plain(`${prefix}Exporting PowerPoint…`);
        const { bytes } = await deps
          .exportPptx(deckText, resolve(item.pptx), resolve(item.deck))
          .catch((error: unknown) => {
            progress.plain(' failed\n');
            throw error;
          });
        const ms = now() - started;
        progress.plain(` done in ${seconds(ms)}\n`);
        outputs.push({ deck: resolve(item.deck), format: 'pptx', path: resolve(item.pptx), bytes, ms });
        if (!options.json) progress.log(item.pptx, io.stdout);
      }
      if (!item.pdf) return;
      const started = now();
      printer ??= deps.createPrinter();
      let printing = false;
      try {
        // Loaded here, after Chromium was asked to start: its modules (pdf-lib, the deck parser) load meanwhile.
        const { exportPdf } = await import('../services/export/exportPdf');
        const article = await deps.readArticle?.(item.deck);
        // The print page cannot read beside the deck: its local images go in as data URLs.
        const { inlineLocalImages } = await import('../../slides/render/inlineImages');
        const { deckImageResolverSync } = await import('../services/sanitize/images');
        const result = await exportPdf({
          deckText: inlineLocalImages(deckText, deckImageResolverSync(dirname(resolve(item.deck)))),
          ...(article ? { article } : {}),
          kind: options.kind,
          perPage: options.perPage,
          paper: options.paper,
          outPath: resolve(item.pdf),
          printer,
          onProgress: (stage, detail) => {
            const { slides } = detail;
            const count = `${slides} slide${slides === 1 ? '' : 's'}`;
            // A long deck prints in parts and reports the slides printed so far: the bar moves through printing.
            const printed = (detail as { printed?: number }).printed;
            const fraction =
              stage === 'printing' && printed !== undefined && slides > 0
                ? STAGE_FRACTION.printing +
                  (STAGE_FRACTION.finishing - STAGE_FRACTION.printing) * (printed / slides)
                : STAGE_FRACTION[stage];
            progress.update(index, fraction, `${name} · ${count} · ${stage}`);
            if (stage === 'printing' && !printing) {
              printing = true;
              progress.plain(`${prefix}Exporting ${count} (${options.kind})…`);
            }
          },
        });
        const ms = now() - started;
        progress.plain(` done in ${seconds(ms)}\n`);
        outputs.push({
          deck: resolve(item.deck),
          format: 'pdf',
          path: result.path,
          bytes: result.bytes,
          kind: options.kind,
          pages: result.pages,
          slides: result.slides,
          ms: Math.round(ms),
        });
        if (!options.json) progress.log(item.pdf, io.stdout);
      } catch (error) {
        if (printing) progress.plain(' failed\n');
        throw error;
      }
    };

    try {
      for (const folder of folders) {
        await (deps.makeDir ?? ((path) => mkdir(path, { recursive: true }).then(() => undefined)))(
          folder,
        ).catch((error: unknown) => {
          throw new CliError(`Cannot create ${folder}: ${(error as Error).message}`, EXIT.writeFailed);
        });
      }
      if (items.some((item) => item.pdf)) {
        // Chromium starts now, while the first deck is read, parsed and the PDF tools load.
        printer = deps.createPrinter();
        printer.warm?.();
      }
      for (const [index, item] of items.entries()) {
        try {
          await exportOne(item, index);
        } catch (error) {
          const failure = failureOf(error);
          // One deck: its error is the command's. Several: report it and go on, unless nothing can print.
          if (!several || failure.code === EXIT.noBrowser || failure.code === EXIT.usage) throw failure;
          failures.push({ deck: resolve(item.deck), code: failure.code, error: oneLine(failure.message) });
          progress.log(`briefdeck export: ${item.deck}: ${oneLine(failure.message)}`);
        }
      }
    } finally {
      progress.end();
      if (!deps.leavePrinterOpen) await printer?.close?.();
    }
    const code = failures[0]?.code ?? EXIT.ok;
    if (options.json) {
      io.stdout(`${JSON.stringify({ ok: code === EXIT.ok, command: 'export', code, outputs, failures })}\n`);
    } else if (failures.length > 0) {
      io.stderr(`briefdeck export: ${failures.length} of ${items.length} decks not exported.\n`);
    }
    return code;
  };
}

/** `briefdeck export`, with the real file system and Chromium. */
export const exportCommand = (args: readonly string[], io: CliIo): Promise<ExitCode> =>
  createExportCommand(nodeExportDeps())(args, io);
