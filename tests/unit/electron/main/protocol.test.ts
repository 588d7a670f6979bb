import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Protocol } from 'electron';
import {
  APP_SCHEME_PRIVILEGES,
  handleAppRequest,
  registerAppScheme,
  resolveAppPath,
  safeRelativeSegments,
  serveAppProtocol,
} from '../../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/services/staticFiles';
import { electronDouble, electronModule, resetElectronDouble } from '../../../helpers/electronDouble';

describe('safeRelativeSegments', () => {
  it.each([
    ['app://briefdeck/', ['index.html']],
    ['app://briefdeck/index.html?window=editor#/2', ['index.html']],
    ['app://briefdeck/assets/app-1a2b.js', ['assets', 'app-1a2b.js']],
    ['app://briefdeck/assets/My%20Font.woff2', ['assets', 'My Font.woff2']],
    ['/assets/', ['assets', 'index.html']],
  ])('maps %s', (url, expected) => {
    expect(safeRelativeSegments(url)).toEqual(expected);
  });

  it.each([
    'app://briefdeck/../secret.txt',
    'app://briefdeck/assets/../../secret.txt',
    'app://briefdeck/%2e%2e/secret.txt',
    'app://briefdeck/%2e%2e%2fsecret.txt',
    'app://briefdeck/assets%2f..%2f..%2fsecret.txt',
    'app://briefdeck/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://briefdeck/..%5c..%5csecret.txt',
    'app://briefdeck/..\\..\\secret.txt',
    'app://briefdeck//etc/passwd',
    'app://briefdeck/C:/Windows/win.ini',
    'app://briefdeck/index.html%00.js',
    'app://briefdeck/./index.html',
    'app://briefdeck/%E0%A4%A',
    'etc/passwd',
  ])('refuses %s', (url) => {
    expect(safeRelativeSegments(url)).toBeNull();
  });
});

describe('resolveAppPath on a real folder', () => {
  let base: string;
  let root: string;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'briefdeck-protocol-'));
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>ok</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(base, 'secret.txt'), 'secret');
    await symlink(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'));
    await symlink(base, join(root, 'up'));
    await symlink(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('resolves files inside the root', async () => {
    expect(await resolveAppPath(root, 'app://briefdeck/')).toBe(join(root, 'index.html'));
    expect(await resolveAppPath(root, 'app://briefdeck/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(await resolveAppPath(root, 'app://briefdeck/alias.js')).toBe(join(root, 'assets', 'app.js'));
  });

  it('refuses symlinks that escape the root, missing files and folders', async () => {
    expect(await resolveAppPath(root, 'app://briefdeck/assets/leak.txt')).toBeNull();
    expect(await resolveAppPath(root, 'app://briefdeck/up/secret.txt')).toBeNull();
    expect(await resolveAppPath(root, 'app://briefdeck/missing.js')).toBeNull();
    expect(await resolveAppPath(root, 'app://briefdeck/assets')).toBeNull();
    expect(await resolveAppPath(root, 'app://briefdeck/../secret.txt')).toBeNull();
    expect(await resolveAppPath(root, 'app://briefdeck/%2e%2e%2fsecret.txt')).toBeNull();
  });

  it('serves files with the CSP header and refuses other hosts and methods', async () => {
    const ok = await handleAppRequest(root, { url: 'app://briefdeck/index.html', method: 'GET' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('content-type')).toMatch(/text\/html/);
    expect(await ok.text()).toContain('<title>ok</title>');

    const escape = await handleAppRequest(root, { url: 'app://briefdeck/assets/leak.txt', method: 'GET' });
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('secret');
    expect(escape.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handleAppRequest(root, { url: 'app://other/index.html', method: 'GET' })).status).toBe(404);
    expect((await handleAppRequest(root, { url: 'app://briefdeck/index.html', method: 'POST' })).status).toBe(
      405,
    );
  });

  it('registers the scheme as privileged without bypassing CSP and serves it through protocol.handle', async () => {
    resetElectronDouble();
    registerAppScheme(electronModule.protocol as unknown as Protocol);
    expect(electronDouble.privilegedSchemes).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    serveAppProtocol(electronModule.protocol as unknown as Protocol, root);
    const handler = electronDouble.protocolHandlers.get('app') as (r: {
      url: string;
      method: string;
    }) => Promise<Response>;
    expect((await handler({ url: 'app://briefdeck/assets/app.js', method: 'GET' })).status).toBe(200);
  });
});

describe('the CSP', () => {
  it('allows nothing remote, inline or evaluated', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
