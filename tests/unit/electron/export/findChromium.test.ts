import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_CANDIDATES,
  ChromiumNotFoundError,
  findChromium,
  NO_CHROMIUM_MESSAGE,
} from '../../../../electron/services/export/findChromium';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findChromium', () => {
  it('prefers BRIEFDECK_CHROMIUM when it exists', () => {
    expect(
      findChromium({
        env: { BRIEFDECK_CHROMIUM: '/opt/chrome' },
        platform: 'linux',
        exists: only('/opt/chrome', '/usr/bin/chromium'),
      }),
    ).toBe('/opt/chrome');
  });

  it('refuses a BRIEFDECK_CHROMIUM that does not exist instead of silently using another browser', () => {
    expect(() =>
      findChromium({
        env: { BRIEFDECK_CHROMIUM: '/missing' },
        platform: 'linux',
        exists: only('/usr/bin/chromium'),
      }),
    ).toThrow('BRIEFDECK_CHROMIUM names /missing, which does not exist');
  });

  it('tries the usual system paths in order', () => {
    expect(
      findChromium({
        env: {},
        platform: 'linux',
        exists: only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'),
      }),
    ).toBe('/usr/bin/chromium-browser');
    expect(
      findChromium({ env: {}, platform: 'darwin', exists: only(CHROMIUM_CANDIDATES.darwin?.[1] ?? '') }),
    ).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('says in one line what to do when there is no browser', () => {
    let error: unknown;
    try {
      findChromium({ env: {}, platform: 'linux', exists: () => false });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ChromiumNotFoundError);
    expect((error as Error).message).toBe(NO_CHROMIUM_MESSAGE);
    expect(NO_CHROMIUM_MESSAGE).toBe('No Chromium found: set BRIEFDECK_CHROMIUM or install chromium');
  });

  it('finds nothing on an unknown platform', () => {
    expect(() => findChromium({ env: {}, platform: 'plan9', exists: () => true })).toThrow(
      NO_CHROMIUM_MESSAGE,
    );
  });
});
