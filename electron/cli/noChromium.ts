import { CHROMIUM_CANDIDATES, CHROMIUM_ENV } from '../services/export/findChromium';

/** The command that installs Chromium on each platform (Debian's package where Briefdeck is tested). */
export const CHROMIUM_INSTALL: Readonly<Record<string, string>> = {
  linux: 'sudo apt-get install -y chromium',
  darwin: 'brew install --cask chromium',
  win32: 'winget install Google.Chrome',
};

/**
 * The one line the CLI prints when there is no browser to print with: what was looked at, the environment
 * variable to set, and the install command for this platform.
 */
export function noChromiumLine(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: string = process.platform,
): string {
  const install = CHROMIUM_INSTALL[platform] ?? CHROMIUM_INSTALL.linux;
  const named = env[CHROMIUM_ENV]?.trim();
  if (named)
    return `${CHROMIUM_ENV} names ${named}, which does not exist: point it at a Chromium or Chrome executable, or unset it and install Chromium (${install}).`;
  const looked = (CHROMIUM_CANDIDATES[platform] ?? []).join(', ');
  return `No Chromium to print PDFs with${looked ? ` (looked at ${looked})` : ''}: install it (${install}), or set ${CHROMIUM_ENV} to a Chromium or Chrome executable.`;
}
