/**
 * The `briefdeck` command as users run it: the package.json bin (bin/briefdeck.mjs) over the esbuild bundle in
 * out/cli, spawned as a process. PDF exports use the real Chromium and the built print view.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../../electron/cli/errors';
import { buildCli } from '../../../../scripts/build-cli.mjs';
import { exportSlideTitle, makeExportDeck } from '../../../fixtures/export/exportDecks';
import { missingFromPdf } from '../../../helpers/pdf';

const ROOT = resolve(import.meta.dirname, '../../../..');
const BIN = join(ROOT, 'bin', 'briefdeck.mjs');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};
const ARTICLE = join(ROOT, 'tests', 'fixtures', 'articles', 'seed', 'azerbaijan-boycott.txt');

let dir: string;
let metafile: Awaited<ReturnType<typeof buildCli>>;

function briefdeck(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  metafile = await buildCli({ quiet: true });
  // The print view comes from the app's build (npm ci's prepare runs it); build it once if this checkout lacks it.
  if (!existsSync(join(ROOT, 'out', 'renderer', 'print.html')))
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-bin-'));
  writeFileSync(join(dir, 'a.deck.md'), makeExportDeck(3));
  writeFileSync(join(dir, 'b.deck.md'), makeExportDeck(4));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Inputs (source files) and external packages reachable from `output` (through static imports only, by default). */
function closure(output: string, dynamic = false): { inputs: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const walk = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of metafile.outputs[name]?.imports ?? []) {
      if (imported.kind === 'dynamic-import' && !dynamic) continue;
      if (imported.external) {
        if (!imported.path.startsWith('node:')) packages.add(imported.path);
      } else walk(imported.path);
    }
  };
  walk(output);
  const inputs = [...seen].flatMap((name) => Object.keys(metafile.outputs[name]?.inputs ?? {}));
  return { inputs, packages: [...packages] };
}

describe('the briefdeck bin', () => {
  it('is declared in package.json and is an executable Node script', () => {
    expect(manifest.bin.briefdeck).toBe('bin/briefdeck.mjs');
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--version and --help load no command: the entry reaches only the dispatcher', () => {
    const entry = closure('out/cli/briefdeck.js');
    expect(entry.packages).toEqual([]);
    expect(entry.inputs.sort()).toEqual(
      ['electron/cli/errors.ts', 'electron/cli/io.ts', 'electron/cli/main.ts', 'electron/cli/run.ts'].sort(),
    );
  });

  it('export never loads the NLP stack; a PDF export loads neither the drafting engine nor the importers', () => {
    const chunk = Object.keys(metafile.outputs).find((name) => /\/exportCommand-[^/]+\.js$/.test(name));
    expect(chunk).toBeDefined();
    const pdf = closure(chunk as string);
    for (const nlp of ['wink-nlp', 'wink-eng-lite-web-model', 'sbd']) expect(pdf.packages).not.toContain(nlp);
    expect(pdf.inputs.filter((input) => /^slides\/(draft|analyze|import)\//.test(input))).toEqual([]);
    // Everything export can ever load (--html and the article beside a deck included).
    const all = closure(chunk as string, true);
    for (const nlp of ['wink-nlp', 'wink-eng-lite-web-model']) expect(all.packages).not.toContain(nlp);
    expect(all.inputs.filter((input) => /^slides\/draft\//.test(input))).toEqual([]);
  });

  it('prints the version and the help', () => {
    expect(briefdeck(['--version'])).toEqual({
      code: 0,
      stdout: `briefdeck ${manifest.version}\n`,
      stderr: '',
    });
    const help = briefdeck(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['draft', 'export']) expect(help.stdout).toContain(`briefdeck ${command} `);
  });

  it('a usage error is one line on stderr and exit 2', () => {
    const result = briefdeck(['export', 'a.deck.md']);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('drafts an article into a deck file (imported in the bundled worker)', () => {
    const result = briefdeck(['draft', ARTICLE, '-o', 'drafted.deck.md', '--slides', '6']);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);
    // It says where the deck went.
    expect(result.stdout).toBe(`${join(dir, 'drafted.deck.md')}\n`);
    const text = readFileSync(join(dir, 'drafted.deck.md'), 'utf8');
    expect(text.match(/<!-- \.slide:/g)).toHaveLength(6);
    expect(text).toMatch(/Azerbaijan/);
  });

  it('exports a PDF with every slide title in it, and prints its path', async () => {
    const result = briefdeck(['export', 'a.deck.md', '--pdf', 'a.pdf']);
    expect(result.stderr).toMatch(/^Exporting 3 slides \(slides\)… done in \d+\.\d s\n$/);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('a.pdf\n');
    const bytes = new Uint8Array(readFileSync(join(dir, 'a.pdf')));
    expect(await missingFromPdf(bytes, [0, 1, 2].map(exportSlideTitle))).toEqual([]);
  });

  it('exports several decks in one run into a folder, with --json', async () => {
    const result = briefdeck([
      'export',
      'a.deck.md',
      'b.deck.md',
      '--pdf',
      'pdfs/',
      '--kind',
      'notes',
      '--json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      outputs: { path: string; slides: number; pages: number; kind: string }[];
    };
    expect(report.ok).toBe(true);
    expect(report.outputs.map((o) => [o.path, o.slides, o.kind])).toEqual([
      [join(dir, 'pdfs', 'a.notes.pdf'), 3, 'notes'],
      [join(dir, 'pdfs', 'b.notes.pdf'), 4, 'notes'],
    ]);
    for (const [file, slides] of [
      ['a.notes.pdf', 3],
      ['b.notes.pdf', 4],
    ] as const) {
      const bytes = new Uint8Array(readFileSync(join(dir, 'pdfs', file)));
      const titles = Array.from({ length: slides }, (_, i) => exportSlideTitle(i));
      expect(await missingFromPdf(bytes, titles)).toEqual([]);
    }
  });

  it('without Chromium says so in one line naming BRIEFDECK_CHROMIUM and the install command', () => {
    const noBrowser = join(dir, 'no-such-chromium');
    const result = briefdeck(['export', 'a.deck.md', '--pdf', 'nothing.pdf'], {
      BRIEFDECK_CHROMIUM: noBrowser,
      PATH: dirname(process.execPath),
    });
    expect(result.code).toBe(EXIT.noBrowser);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `briefdeck export: BRIEFDECK_CHROMIUM names ${noBrowser}, which does not exist: point it at a Chromium or Chrome executable, or unset it and install Chromium (sudo apt-get install -y chromium).\n`,
    );
    expect(existsSync(join(dir, 'nothing.pdf'))).toBe(false);
  });
});
