import { existsSync } from 'node:fs';

/** Flags that keep Chromium quiet and offline on machines with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The system Chromium: `BRIEFDECK_CHROMIUM`, else the usual Debian path. Playwright never downloads one. */
export function chromiumPath(): string {
  const fromEnv = process.env.BRIEFDECK_CHROMIUM;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('No Chromium found: install it (apt-get install -y chromium) or set BRIEFDECK_CHROMIUM.');
}

export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
}
