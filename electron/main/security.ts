import type { App, Session } from 'electron';
import { APP_HOST, isAppUrl } from './appUrl';
import { guardNavigation } from './navigation';

const ALWAYS_ALLOWED_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/** May the session load this URL? Only the app's own scheme and host, devtools, data: and blob: URLs. */
export function isAllowedRequestUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'app:') return parsed.host === APP_HOST;
  return ALWAYS_ALLOWED_SCHEMES.has(parsed.protocol);
}

/** Permissions our own pages may use: HTML fullscreen (the presentation's F key); Electron asks for it. */
const APP_PERMISSIONS = new Set<string>(['fullscreen']);

/** May a page at `url` have `permission`? Only {@link APP_PERMISSIONS}, and only for the app's own pages. */
export function isAllowedPermission(permission: string, url: string | undefined): boolean {
  return APP_PERMISSIONS.has(permission) && url !== undefined && isAppUrl(url);
}

/** Deny every permission but fullscreen for our pages, and cancel every request to anything but the app. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequestUrl(details.url) }),
  );
}

/** Guards for every web contents ever created, windows or not: no webviews, no new windows, no navigation away. */
export function guardAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event) => guardNavigation(event));
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** App-wide hardening that must happen before the app is ready. */
export function applyAppSecurity(app: Pick<App, 'enableSandbox' | 'on'>): void {
  app.enableSandbox();
  guardAllWebContents(app);
}
