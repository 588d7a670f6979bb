import type { CustomScheme, Protocol } from 'electron';
import { loadStaticFile, SECURITY_HEADERS } from '../services/staticFiles';
import { APP_SCHEME, isAppUrl } from './appUrl';

export { resolveAppPath, safeRelativeSegments } from '../services/appPath';

/** The app scheme's privileges: a standard, secure origin with fetch; it never bypasses CSP. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Register the app scheme as privileged; must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Answer one `app://briefdeck/...` request from the files under `root` (the built renderer). */
export async function handleAppRequest(
  root: string,
  request: { url: string; method: string },
): Promise<Response> {
  if (!isAppUrl(request.url)) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = await loadStaticFile(root, request.url);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: file.status,
    headers: file.headers,
  });
}

/** Serve the app scheme from `root`; call once the app is ready. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(root, request));
}
