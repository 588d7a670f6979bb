import { beforeEach, describe, expect, it } from 'vitest';
import type { App, Session } from 'electron';
import {
  applyAppSecurity,
  hardenSession,
  isAllowedPermission,
  isAllowedRequestUrl,
} from '../../../../electron/main/security';
import {
  electronDouble,
  FakeSession,
  FakeWebContents,
  fakeEvent,
  resetElectronDouble,
} from '../../../helpers/electronDouble';

describe('session hardening', () => {
  let session: FakeSession;
  beforeEach(() => {
    session = new FakeSession();
    hardenSession(session as unknown as Session);
  });

  function requested(permission: string, requestingUrl: string): boolean | undefined {
    let granted: boolean | undefined;
    session.permissionRequestHandler?.({}, permission, (answer: boolean) => (granted = answer), {
      requestingUrl,
    });
    return granted;
  }

  it('denies every other permission request and check, even to the app', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(requested(permission, 'app://briefdeck/present.html?view=audience')).toBe(false);
      expect(session.permissionCheckHandler?.(null, permission, 'app://briefdeck', {})).toBe(false);
    }
    expect(session.devicePermissionHandler?.({})).toBe(false);
  });

  it('grants HTML fullscreen to the app pages only (Electron routes requestFullscreen through the handler)', () => {
    expect(requested('fullscreen', 'app://briefdeck/present.html?view=audience')).toBe(true);
    expect(session.permissionCheckHandler?.(null, 'fullscreen', 'app://briefdeck', {})).toBe(true);
    expect(requested('fullscreen', 'https://example.com/')).toBe(false);
    expect(requested('fullscreen', 'app://other/index.html')).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'fullscreen', 'https://example.com', {})).toBe(false);
    expect(isAllowedPermission('fullscreen', undefined)).toBe(false);
  });

  function cancelled(url: string): boolean | undefined {
    let answer: { cancel?: boolean } | undefined;
    session.beforeRequest?.({ url }, (response: { cancel?: boolean }) => (answer = response));
    return answer?.cancel;
  }

  it.each([
    'http://example.com/',
    'https://fonts.googleapis.com/css',
    'ws://127.0.0.1:9000/',
    'wss://example.com/',
    'file:///etc/passwd',
    'ftp://example.com/',
    'app://other/index.html',
    'chrome://settings',
  ])('cancels %s', (url) => {
    expect(cancelled(url)).toBe(true);
  });

  it.each([
    'app://briefdeck/index.html',
    'app://briefdeck/assets/x.woff2',
    'data:image/png;base64,AA==',
    'blob:app://briefdeck/1234',
    'devtools://devtools/x',
  ])('lets %s through', (url) => {
    expect(cancelled(url)).toBe(false);
  });

  it('treats unparsable URLs as remote', () => {
    expect(isAllowedRequestUrl('::::')).toBe(false);
  });
});

describe('app-wide guards', () => {
  beforeEach(() => resetElectronDouble());

  it('enables the sandbox and guards every web contents created', () => {
    const app = electronDouble.app;
    applyAppSecurity(app as unknown as App);
    expect(app.sandboxEnabled).toBe(true);

    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
    expect(
      contents.windowOpenHandler?.({ url: 'https://example.com', disposition: 'foreground-tab' }),
    ).toEqual({ action: 'deny' });
    const away = fakeEvent({ url: 'https://example.com' });
    contents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
  });
});
