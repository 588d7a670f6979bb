import { CHROMIUM_FLAGS, findChromium } from '../../electron/services/export/findChromium';

/** Flags that keep Chromium quiet and offline on machines with no network (the same the PDF exporter uses). */
export const CHROMIUM_ARGS: readonly string[] = CHROMIUM_FLAGS;

/** The system Chromium: `BRIEFDECK_CHROMIUM`, else the usual paths. Playwright never downloads one. */
export function chromiumPath(): string {
  return findChromium();
}

export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] };
}
