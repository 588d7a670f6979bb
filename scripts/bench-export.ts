/**
 * `npm run bench:export [-- --runs N]`: for generated 10-, 30- and 100-slide decks and each PDF kind, the median
 * wall time of
 * - cli: `briefdeck export` end to end through `run()` in-process (Chromium started per run, as the CLI does),
 * - floor: a bare playwright-core launch + `page.pdf()` of the same built print page (no post-processing, no write),
 * - warm: `exportPdf` with the browser already running (the app and the web host),
 * with cli/floor, the peak memory (PSS) of the process tree (Node + Chromium) during the CLI runs, and the PDF's bytes.
 * Then long decks (500, 1,000 and 5,000 slides, each PDF kind, warm browser, one run each) with their time per slide,
 * peak memory and the 5,000/500 time ratio per kind (linear export: at most 12×). `--long` runs only those;
 * `--kinds=notes,handouts` picks the kinds of the long rows.
 * Needs the built renderer (`npm run build`). Prints figures; asserts nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { run } from '../electron/cli/run';
import type { PdfKind } from '../electron/ipc/contract';
import { findAppRoot } from '../electron/services/bundled';
import { createChromiumPrinter } from '../electron/services/export/chromiumPrinter';
import { exportPdf } from '../electron/services/export/exportPdf';
import { CHROMIUM_FLAGS, findChromium } from '../electron/services/export/findChromium';
import { registerPrintJob } from '../electron/services/export/printJobs';
import { startPrintServer } from '../electron/services/export/printServer';
import { makeExportDeck } from '../tests/fixtures/export/exportDecks';

const SIZES = [10, 30, 100] as const;
/** Long decks: the slides PDF should take time in proportion to the slide count. */
const LONG_SIZES = [500, 1000, 5000] as const;
const KINDS: readonly PdfKind[] = ['slides', 'notes', 'handouts'];
const MB = 1024 * 1024;
const SAMPLE_MS = 100;
/** Long exports sample memory less often: walking /proc takes CPU from Chromium. */
const LONG_SAMPLE_MS = 1000;
const RUNS_ARG = /^--runs=?(\d+)?$/;
const PSS_LINE = /^Pss:\s+(\d+) kB/m;

const rendererRoot = join(findAppRoot(import.meta.url), 'out', 'renderer');
const executablePath = findChromium();

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Proportional set size (bytes) of this process and its descendants, from /proc (0 where /proc is missing). */
function treeMemory(): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const pid of parent.keys()) {
    let p: number | undefined = pid;
    while (p && p > 1 && p !== process.pid) p = parent.get(p);
    if (p !== process.pid) continue;
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      total += Number(PSS_LINE.exec(rollup)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/** Runs `task`, sampling the process tree's memory; returns its wall time and the peak RSS seen. */
async function measured(
  task: () => Promise<unknown>,
  sampleMemory = false,
  sampleMs = SAMPLE_MS,
): Promise<{ ms: number; peak: number }> {
  // Reading /proc costs CPU that Chromium would otherwise use: sample only when asked, and not during the timing.
  let peak = 0;
  const timer = sampleMemory
    ? setInterval(() => {
        peak = Math.max(peak, treeMemory());
      }, sampleMs)
    : undefined;
  const started = performance.now();
  try {
    await task();
  } finally {
    if (timer) clearInterval(timer);
  }
  return { ms: performance.now() - started, peak };
}

/** The floor: launch, load the built print page once, wait for it, `page.pdf()`, close. */
async function bareFloor(deckText: string, kind: PdfKind): Promise<void> {
  const server = await startPrintServer(rendererRoot);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
  const { id, dispose } = registerPrintJob({ deckText, kind, perPage: 3, paper: 'a4' });
  try {
    const page = await browser.newPage();
    // As the printer does: the notes are measured under the media they print with.
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.url}print.html?job=${id}`);
    const html = await page.waitForSelector('html[data-print-ready="true"], html[data-print-error]', {
      state: 'attached',
      timeout: 120_000,
    });
    const error = await html.getAttribute('data-print-error');
    if (error !== null) throw new Error(`the print view failed: ${error}`);
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    dispose();
    await browser.close();
    await server.close();
  }
}

/** The kinds the long-deck rows cover: `--kinds=slides,notes` picks some (default all three). */
function longKinds(): PdfKind[] {
  const arg = process.argv.find((value) => value.startsWith('--kinds='));
  if (!arg) return [...KINDS];
  const picked = arg.slice('--kinds='.length).split(',');
  const unknown = picked.filter((kind) => !(KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0) throw new Error(`unknown kind ${unknown.join(', ')} (slides, notes or handouts)`);
  return picked as PdfKind[];
}

/**
 * Long decks, each PDF kind (every kind prints a long deck in parts), warm printer: time, time per slide, peak
 * memory; then the 5,000/500 ratio per kind.
 */
async function longDecks(dir: string): Promise<void> {
  const kinds = longKinds();
  console.log('\nlong decks, warm browser, one run each');
  console.log('kind      slides   pages        ms  ms/slide   peak MB      bytes');
  const times = new Map<string, number>();
  const warm = createChromiumPrinter({ rendererRoot, executablePath, timeoutMs: 600_000 });
  try {
    await exportPdf({
      deckText: makeExportDeck(1),
      kind: 'slides',
      outPath: join(dir, 'w.pdf'),
      printer: warm,
    });
    for (const kind of kinds)
      for (const size of LONG_SIZES) {
        const out = join(dir, `long-${kind}-${size}.pdf`);
        const deckText = makeExportDeck(size);
        let pages = 0;
        const { ms, peak } = await measured(
          async () => {
            pages = (await exportPdf({ deckText, kind, outPath: out, printer: warm })).pages;
          },
          true,
          LONG_SAMPLE_MS,
        );
        times.set(`${kind} ${size}`, ms);
        console.log(
          `${kind.padEnd(9)} ${String(size).padStart(6)} ${String(pages).padStart(7)} ${ms.toFixed(0).padStart(9)} ${(ms / size).toFixed(1).padStart(9)} ${(peak / MB).toFixed(0).padStart(9)} ${String(statSync(out).size).padStart(10)}`,
        );
      }
  } finally {
    await warm.close();
  }
  for (const kind of kinds) {
    const ratio = (times.get(`${kind} 5000`) ?? 0) / (times.get(`${kind} 500`) ?? 1);
    console.log(
      `${kind} 5,000/500 time ratio: ${ratio.toFixed(1)}× (linear is 10×; the target is at most 12×)`,
    );
  }
}

async function main(): Promise<void> {
  const index = process.argv.findIndex((arg) => RUNS_ARG.test(arg));
  const runs =
    index >= 0 ? Number(RUNS_ARG.exec(process.argv[index] ?? '')?.[1] ?? process.argv[index + 1] ?? 3) : 3;
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-bench-export-'));
  if (process.argv.includes('--long')) {
    try {
      await longDecks(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  const quiet = { stderr: () => undefined, stdout: () => undefined };
  console.log(`bench:export — ${runs} runs each, median; Chromium ${executablePath}`);
  console.log('slides kind       cli ms   floor ms  cli/floor  warm ms   peak MB   bytes');
  try {
    for (const size of SIZES) {
      const deckPath = join(dir, `deck-${size}.deck.md`);
      const deckText = makeExportDeck(size);
      writeFileSync(deckPath, deckText);
      for (const kind of KINDS) {
        const out = join(dir, `${size}-${kind}.pdf`);
        const cli: number[] = [];
        const floor: number[] = [];
        const hot: number[] = [];
        let peak = 0;
        for (let i = 0; i < runs; i += 1) {
          const exportOnce = async () => {
            const code = await run(['export', deckPath, '--pdf', out, '--kind', kind], quiet);
            if (code !== 0) throw new Error(`briefdeck export exited ${code}`);
          };
          cli.push((await measured(exportOnce)).ms);
          if (i === 0) peak = (await measured(exportOnce, true)).peak;
          floor.push((await measured(() => bareFloor(deckText, kind))).ms);
        }
        // Warm: the browser already running, as in the app and the web host (started before timing).
        const warm = createChromiumPrinter({ rendererRoot, executablePath });
        try {
          await exportPdf({ deckText: makeExportDeck(1), kind, outPath: join(dir, 'w.pdf'), printer: warm });
          for (let i = 0; i < runs; i += 1)
            hot.push((await measured(() => exportPdf({ deckText, kind, outPath: out, printer: warm }))).ms);
        } finally {
          await warm.close();
        }
        const ratio = median(cli) / median(floor);
        console.log(
          `${String(size).padStart(6)} ${kind.padEnd(9)} ${median(cli).toFixed(0).padStart(7)} ${median(floor).toFixed(0).padStart(9)} ${ratio.toFixed(2).padStart(9)}× ${median(hot).toFixed(0).padStart(8)} ${(peak / MB).toFixed(0).padStart(8)} ${String(statSync(out).size).padStart(8)}`,
        );
      }
    }
    await longDecks(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
