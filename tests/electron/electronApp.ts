import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';

const require = createRequire(import.meta.url);

/**
 * Where the Electron binary is, or why there is none. `require('electron')` returns the binary's path, and
 * throws ("Electron failed to install correctly") when the postinstall download was skipped.
 */
export function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = require('electron') as unknown as string;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: `Electron's binary is not at ${String(path)}` };
  } catch (error) {
    return {
      missing: `Electron's binary is not installed (${(error as Error).message.split('\n')[0]}); installs here use ELECTRON_SKIP_BINARY_DOWNLOAD=1 because the download host is unreachable`,
    };
  }
}

/** Launch the built app (`out/main`) with an isolated user-data dir and optional extra argv (e.g. a deck path). */
export async function launchApp(userDataDir: string, args: string[] = []): Promise<ElectronApplication> {
  const binary = electronBinary();
  if ('missing' in binary) throw new Error(binary.missing);
  return _electron.launch({
    executablePath: binary.path,
    args: [resolve('.'), `--user-data-dir=${userDataDir}`, ...args],
    env: { ...process.env, BRIEFDECK_USER_DATA: userDataDir },
  });
}
