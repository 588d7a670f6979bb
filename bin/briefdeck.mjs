#!/usr/bin/env node
// The `briefdeck` command (package.json "bin"; `npm run cli -- …` is an alias). It runs the CLI that
// `npm run build` bundles into out/cli/ (`npm ci` builds it through the `prepare` script). Where the build is
// missing, e.g. after `npm ci --ignore-scripts`, it is built here on first use, saying so on stderr.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const entry = new URL('out/cli/briefdeck.js', root);
const needed = [entry, new URL('out/renderer/print.html', root)];

if (!needed.every((url) => existsSync(url))) {
  const cwd = fileURLToPath(root);
  if (!existsSync(new URL('node_modules/.bin/electron-vite', root))) {
    process.stderr.write(
      `briefdeck: the command is not built (${fileURLToPath(entry)} is missing); run npm ci, then npm run build, in ${cwd}\n`,
    );
    process.exit(1);
  }
  process.stderr.write('briefdeck: first use — building the app and the command (npm run build)…\n');
  const built = spawnSync('npm', ['run', 'build'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
    encoding: 'utf8',
  });
  if (built.status !== 0 || !needed.every((url) => existsSync(url))) {
    process.stderr.write(`${built.stdout ?? ''}${built.stderr ?? ''}`);
    process.stderr.write('briefdeck: the build failed (see above); run npm run build to retry.\n');
    process.exit(1);
  }
}

await import(entry.href);
