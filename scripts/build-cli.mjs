// Builds the `briefdeck` command into out/cli/ with esbuild (part of `npm run build`, so `npm ci` leaves it built
// through `prepare`). Plain JavaScript, so it runs before anything is compiled.
//
// - ESM with code splitting: the entry holds only the dispatcher; every subcommand is a chunk loaded on demand,
//   so `--version` and `--help` load almost nothing and `export` never loads the NLP stack.
// - npm packages stay external (resolved from node_modules at run time, as the app does), except JSON files,
//   which Node's ESM loader refuses without an import attribute: those are bundled.
// - The import worker and its drafting step are entries of their own, beside the chunks that start them
//   (importInWorker looks for `./importWorker.js`, the import handler for `./draftStep.js`).
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const CLI_OUT_DIR = join(root, 'out', 'cli');

/** Bare imports (`pkg`, `pkg/sub`, `node:x`) are left to Node at run time, except `.json` files. */
const externalPackages = {
  name: 'briefdeck-external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.endsWith('.json') && !args.path.startsWith('node:') ? undefined : { external: true },
    );
  },
};

/** Builds the CLI bundle; returns the metafile (`scripts/bench-cli.ts` and the tests read what each chunk loads). */
export async function buildCli({ quiet = false } = {}) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: {
      briefdeck: 'electron/cli/main.ts',
      importWorker: 'electron/services/import/importWorker.ts',
      draftStep: 'electron/services/import/draftStep.ts',
    },
    outdir: CLI_OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    outExtension: { '.js': '.js' },
    chunkNames: '[name]-[hash]',
    plugins: [externalPackages],
    sourcemap: 'linked',
    legalComments: 'none',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  // Files are overwritten in place (a command running meanwhile keeps working), then chunks of earlier builds go.
  // No package.json in out/cli: the app root is found as the nearest folder holding one (whose "type" is module).
  const current = new Set(Object.keys(result.metafile.outputs).map((file) => relative('out/cli', file)));
  for (const name of readdirSync(CLI_OUT_DIR)) {
    if (!current.has(name)) rmSync(join(CLI_OUT_DIR, name), { recursive: true, force: true });
  }
  return result.metafile;
}

/** Bundles one more script the way the CLI is bundled (the benchmark's bare-print floor), into `outfile`. */
export async function bundleScript(entry, outfile) {
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    plugins: [externalPackages],
    logLevel: 'error',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quiet = process.argv.includes('--quiet');
  const started = performance.now();
  await buildCli({ quiet });
  if (!quiet) console.log(`cli: ${CLI_OUT_DIR} (${Math.round(performance.now() - started)} ms)`);
}
