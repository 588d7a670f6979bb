// `npm start`: build, then run Briefdeck in Electron on the bundled briefing; where the Electron binary is not
// installed (offline installs skip its download), start the web host instead and say so.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const args = process.argv.slice(2);

/** The Electron binary's path, or null when the npm package is present without its binary. */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('briefdeck: the build failed; see the errors above.');
  process.exit(build.status ?? 1);
}

const electron = electronBinary();
if (electron) {
  run(electron, ['.', ...args]);
} else {
  console.log(
    "Electron's binary is not installed here (offline install with ELECTRON_SKIP_BINARY_DOWNLOAD=1); " +
      'starting the web host instead — open the URL below in Chromium.',
  );
  run(bin('tsx'), [join(root, 'electron', 'web', 'server.ts'), ...args]);
}
