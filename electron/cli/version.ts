import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAppRoot } from '../services/bundled';

/** Briefdeck's version, from the package.json above this module (sources, out/cli or the packaged app). */
export function cliVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(findAppRoot(import.meta.url), 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
