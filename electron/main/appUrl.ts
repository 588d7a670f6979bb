/** The app's custom scheme; every page of ours is served from `app://briefdeck/`. */
export const APP_SCHEME = 'app';
/** The one host name of the app scheme. */
export const APP_HOST = 'briefdeck';
/** The app's origin as a string (Node reports `null` as the origin of custom schemes, so compare parts). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const MAX_EXTERNAL_URL = 2048;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Is `url` a page or file of the app (`app://briefdeck/...`, compared after parsing)? */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    !parsed.username &&
    !parsed.password
  );
}

/** The page each kind of window shows; the presentation views share one page and pick their view from `view`. */
const PAGES: Record<string, { page: string; key: string }> = {
  audience: { page: 'present.html', key: 'view' },
  presenter: { page: 'present.html', key: 'view' },
  print: { page: 'print.html', key: 'window' },
};

/** The URL of the app page for a window kind. */
export function appPageUrl(kind: string, query: Record<string, string> = {}): string {
  const { page, key } = PAGES[kind] ?? { page: 'index.html', key: 'window' };
  const params = new URLSearchParams({ [key]: kind, ...query });
  return `${APP_ORIGIN}/${page}?${params.toString()}`;
}

/** May this link be handed to the OS browser or mail client? Only plain `https:` and `mailto:` URLs. */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL) return false;
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  return parsed.protocol === 'https:' && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
}

/** The URL itself when {@link isSafeExternalUrl} allows it; throws otherwise. Wrap every `shell.openExternal` call. */
export function vetExternalUrl(url: string): string {
  if (!isSafeExternalUrl(url)) throw new Error(`refused to open ${url.slice(0, 200)} outside the app`);
  return url;
}
