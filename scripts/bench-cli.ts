/**
 * Whole processes, side by side (part of `npm run bench:export`; alone: `tsx scripts/bench-cli.ts [--runs N]`):
 * - `briefdeck --version` against `node -e 0`;
 * - for generated 10-, 30- and 100-slide reveal.js Markdown decks, the median wall time of
 *   - briefdeck: the built command as users run it, `node bin/briefdeck.mjs export DECK --pdf OUT.pdf`,
 *   - floor: one bare Chromium print of the same deck as a process (scripts/bench/barePrint.ts: playwright-core
 *     launch, one page load of the built print view, `page.pdf()`, write),
 *   - marp: marp-cli's PDF export of the same content as Marp Markdown (CHROME_PATH = the same Chromium),
 *   run in rotating order within each round so load drifts hit all three alike; with the ratios.
 * Needs the build (`npm run build`). Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findAppRoot } from '../electron/services/bundled';
import { findChromium } from '../electron/services/export/findChromium';
import { makeExportDeck } from '../tests/fixtures/export/exportDecks';
import { buildCli, bundleScript } from './build-cli.mjs';

const SIZES = [10, 30, 100] as const;
const RUNS_ARG = /^--runs=?(\d+)?$/;
const root = findAppRoot(import.meta.url);
const chromiumPath = findChromium();
const marpCli = join(root, 'node_modules', '@marp-team', 'marp-cli', 'marp-cli.js');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs a process to the end; returns its wall time in ms (throws when it fails or writes no `out`). */
function timed(command: string, args: readonly string[], out?: string, env: NodeJS.ProcessEnv = {}): number {
  if (out) rmSync(out, { force: true });
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0 || (out && !existsSync(out)))
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.trim()}`);
  return ms;
}

/**
 * The generated deck as Marp Markdown: the same titles, bullets (links and code included) and notes, with
 * reveal.js's `<!-- .slide/.element -->` comments dropped and the notes as Marp presenter-note comments.
 */
export function toMarp(deckText: string): string {
  const body = deckText.replace(/^---\n[\s\S]*?\n---\n/, '');
  const slides = body.split('\n---\n').map((slide) => {
    const [content = '', notes] = slide.split('\nNote:\n');
    const clean = content
      .replace(/<!-- \.slide:[^>]*-->\n?/g, '')
      .replace(/ ?<!-- \.element:[^>]*-->/g, '')
      .trim();
    return notes ? `${clean}\n\n<!--\n${notes.trim()}\n-->` : clean;
  });
  return `---\nmarp: true\npaginate: true\n---\n\n${slides.join('\n\n---\n\n')}\n`;
}

async function main(): Promise<void> {
  const index = process.argv.findIndex((arg) => RUNS_ARG.test(arg));
  const runs =
    index >= 0 ? Number(RUNS_ARG.exec(process.argv[index] ?? '')?.[1] ?? process.argv[index + 1] ?? 5) : 5;
  if (!existsSync(join(root, 'out', 'renderer', 'print.html')))
    throw new Error('The print view is not built: run npm run build first.');
  // Under node_modules/.cache: beside the packages it imports, and outside what is linted or packaged.
  const floorScript = join(root, 'node_modules', '.cache', 'briefdeck-bench', 'barePrint.js');
  const node = process.execPath;
  const bin = join(root, 'bin', 'briefdeck.mjs');
  const hasMarp = existsSync(marpCli);
  await buildCli({ quiet: true });
  await bundleScript('scripts/bench/barePrint.ts', floorScript);
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-bench-cli-'));
  try {
    console.log(`\nbench:export, whole processes — ${runs} rounds, median ms; Chromium ${chromiumPath}`);
    const version: number[] = [];
    const bare: number[] = [];
    timed(node, [bin, '--version']);
    for (let i = 0; i < Math.max(runs, 10); i += 1) {
      version.push(timed(node, [bin, '--version']));
      bare.push(timed(node, ['-e', '0']));
    }
    console.log(
      `briefdeck --version ${median(version).toFixed(0)} ms (target < 150); node -e 0 ${median(bare).toFixed(0)} ms`,
    );
    if (!hasMarp)
      console.log('marp-cli is not installed (npm ci installs it as a devDependency): no marp column.');
    console.log(
      'slides  briefdeck    floor  marp-cli  briefdeck/floor  briefdeck/marp  PDF bytes (briefdeck)',
    );
    for (const size of SIZES) {
      const deck = join(dir, `deck-${size}.deck.md`);
      const marpDeck = join(dir, `deck-${size}.marp.md`);
      const deckText = makeExportDeck(size);
      writeFileSync(deck, deckText);
      writeFileSync(marpDeck, toMarp(deckText));
      const out = join(dir, `${size}.pdf`);
      const tasks: Record<string, () => number> = {
        briefdeck: () => timed(node, [bin, 'export', deck, '--pdf', out], out),
        floor: () => timed(node, [floorScript, deck, out], out),
      };
      if (hasMarp)
        tasks.marp = () =>
          timed(node, [marpCli, marpDeck, '--pdf', '-o', out, '--no-config-file', '--quiet'], out, {
            CHROME_PATH: chromiumPath,
          });
      const names = Object.keys(tasks);
      const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
      // One untimed round warms the file cache for every contender.
      for (const name of names) tasks[name]?.();
      let bytes = 0;
      for (let round = 0; round < runs; round += 1) {
        for (let k = 0; k < names.length; k += 1) {
          const name = names[(round + k) % names.length] as string;
          times[name]?.push(tasks[name]?.() ?? 0);
          if (name === 'briefdeck') bytes = statSync(out).size;
        }
      }
      const m = (name: string) => (times[name]?.length ? median(times[name]) : NaN);
      const fmt = (value: number, width: number) =>
        (Number.isNaN(value) ? '—' : value.toFixed(0)).padStart(width);
      const ratio = (a: number, b: number, width: number) =>
        (Number.isNaN(a / b) ? '—' : `${(a / b).toFixed(2)}×`).padStart(width);
      console.log(
        `${String(size).padStart(6)} ${fmt(m('briefdeck'), 10)} ${fmt(m('floor'), 8)} ${fmt(m('marp'), 9)} ${ratio(m('briefdeck'), m('floor'), 16)} ${ratio(m('briefdeck'), m('marp'), 15)} ${String(bytes).padStart(10)}`,
      );
    }
    console.log('targets: --version < 150 ms; briefdeck/floor ≤ 1.20× at every size; briefdeck/marp < 1.00×');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
