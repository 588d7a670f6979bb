import { existsSync } from 'node:fs';

/** The environment variable naming a Chromium or Chrome executable to print with. */
export const CHROMIUM_ENV = 'BRIEFDECK_CHROMIUM';

/** The message when no browser can be found (one line, as the CLI prints it). */
export const NO_CHROMIUM_MESSAGE = `No Chromium found: set ${CHROMIUM_ENV} or install chromium`;

/** Usual install locations, per platform, in the order they are tried. */
export const CHROMIUM_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
};

/** Chromium flags for printing: quiet, offline, no first-run work. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--mute-audio',
];

/** No usable browser. */
export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';
}

/** What the finder looks at (injectable for tests). */
export interface FindChromiumOptions {
  env?: Readonly<Record<string, string | undefined>>;
  platform?: string;
  exists?: (path: string) => boolean;
}

/**
 * The browser to print with: `BRIEFDECK_CHROMIUM` when set (it must exist), else the first usual system path
 * that exists. Throws {@link ChromiumNotFoundError} with a one-line message otherwise.
 */
export function findChromium(options: FindChromiumOptions = {}): string {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const fromEnv = env[CHROMIUM_ENV]?.trim();
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new ChromiumNotFoundError(`${CHROMIUM_ENV} names ${fromEnv}, which does not exist`);
  }
  const candidates = CHROMIUM_CANDIDATES[options.platform ?? process.platform] ?? [];
  const found = candidates.find((candidate) => exists(candidate));
  if (!found) throw new ChromiumNotFoundError(NO_CHROMIUM_MESSAGE);
  return found;
}
