import { request as httpRequest } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../../electron/services/bundled';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/services/staticFiles';
import { BodyBudget, readJsonBody } from '../../../../electron/web/httpGuards';
import { parseWebArgs, startWebHost, type WebHost } from '../../../../electron/web/server';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request: the path is sent exactly as given and any Host header can be set. */
function send(
  host: WebHost,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        method,
        path,
        headers: { host: `127.0.0.1:${host.port}`, cookie: host.sessionCookie, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function api(
  host: WebHost,
  channel: string,
  request: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return send(
    host,
    'POST',
    `/api/${channel}`,
    { 'content-type': 'application/json', ...headers },
    JSON.stringify(request),
  );
}

let base: string;
let host: WebHost;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'briefdeck-web-'));
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><html><head><title>Briefdeck</title></head><body></body></html>',
  );
  await writeFile(join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(join(base, 'secret.txt'), 'TOP SECRET');
  host = await startWebHost({
    port: 0,
    root,
    userDataDir: join(base, 'user'),
    appRoot: findAppRoot(import.meta.url),
  });
});
afterAll(async () => {
  try {
    await host.close();
  } finally {
    await rm(base, { recursive: true, force: true });
  }
});

describe('web host: static files', () => {
  it('serves index.html with the CSP header, and never the launch token', async () => {
    const page = await send(host, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.body).toContain('<title>Briefdeck</title>');
    expect(page.body).not.toContain(host.token);
    expect(host.token).toMatch(/^[0-9a-f]{48}$/);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.loginUrl).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    const script = await send(host, 'GET', '/assets/app.js');
    expect(script.headers['content-type']).toMatch(/text\/javascript/);
    expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '//' + 'etc/passwd',
    '/assets/%00',
  ])('refuses the path %s', async (path) => {
    const answer = await send(host, 'GET', path);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('TOP SECRET');
  });

  it.each(['evil.example', 'evil.example:' + 0, '127.0.0.1', 'localhost:1', '127.0.0.1.nip.io'])(
    'refuses the Host header %s',
    async (name) => {
      const answer = await send(host, 'GET', '/', { host: name });
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain(host.token);
    },
  );

  it('accepts localhost by name and refuses a foreign Origin', async () => {
    expect((await send(host, 'GET', '/', { host: `localhost:${host.port}` })).status).toBe(200);
    expect((await api(host, 'app:info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api(host, 'app:info', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });
});

describe('web host: API', () => {
  it('answers deck:initial with the bundled briefing', async () => {
    const answer = await api(host, 'deck:initial', {});
    expect(answer.status).toBe(200);
    const reply = JSON.parse(answer.body) as {
      ok: boolean;
      value: { bundled: boolean; text: string; path: null };
    };
    expect(reply.ok).toBe(true);
    expect(reply.value.bundled).toBe(true);
    expect(reply.value.path).toBeNull();
    expect(reply.value.text.length).toBeGreaterThan(100);
  });

  it('requires the session cookie: not the token, not a guessed or foreign cookie', async () => {
    const [name, value] = host.sessionCookie.split('=') as [string, string];
    expect(name).toBe(`briefdeck-session-${host.port}`);
    for (const cookie of ['', `${name}=`, `${name}=${value.replace(/.$/, 'x')}`, `${name}=${host.token}`]) {
      const answer = await api(host, 'deck:initial', {}, { cookie, 'x-briefdeck-token': host.token });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toEqual({
        ok: false,
        error: { channel: '', message: 'not signed in' },
      });
    }
    // The token in the URL of an API call is no way in either.
    const viaQuery = await send(
      host,
      'POST',
      `/api/deck:initial?token=${host.token}`,
      { 'content-type': 'application/json', cookie: '' },
      '{}',
    );
    expect(viaQuery.status).toBe(403);
  });

  it('answers 400 for invalid requests, 404 for unknown channels, 405/415 for the wrong method or type', async () => {
    const invalid = await api(host, 'deck:open', { path: '../../etc/passwd' });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { channel: 'deck:open' } });
    expect(
      (await send(host, 'POST', '/api/deck:initial', { 'content-type': 'application/json' }, '{bad')).status,
    ).toBe(400);
    expect((await api(host, 'fs:read', {})).status).toBe(404);
    expect((await send(host, 'GET', '/api/deck:initial')).status).toBe(405);
    expect(
      (await send(host, 'POST', '/api/deck:initial', { 'content-type': 'text/plain' }, '{}')).status,
    ).toBe(415);
    expect((await send(host, 'POST', '/index.html')).status).toBe(405);
  });

  it('limits the body size', async () => {
    const tooBig = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]) as unknown as IncomingMessage;
    Object.assign(tooBig, { headers: {} });
    await expect(readJsonBody(tooBig, 1000)).rejects.toMatchObject({ status: 413 });
    const declared = Readable.from([]) as unknown as IncomingMessage;
    Object.assign(declared, { headers: { 'content-length': '5000' } });
    await expect(readJsonBody(declared, 1000)).rejects.toMatchObject({ status: 413 });
  });
});

describe('web host: command line', () => {
  it('parses port, user data and the deck to open', () => {
    const parsed = parseWebArgs(['--port', '0', '--user-data', 'ud', 'decks/x.deck.md'], {}, '/work');
    expect(parsed).toMatchObject({
      port: 0,
      userDataDir: '/work/ud',
      initialDeckPath: '/work/decks/x.deck.md',
    });
    expect(parseWebArgs([], { PORT: '5000', BRIEFDECK_USER_DATA: '/data' }, '/w')).toMatchObject({
      port: 5000,
      userDataDir: '/data',
      initialDeckPath: null,
    });
    expect(parseWebArgs([], {}, '/w').port).toBe(4646);
    expect(() => parseWebArgs(['--port', 'http'], {}, '/w')).toThrow(/invalid port/);
    expect(() => parseWebArgs(['a.md', 'b.md'], {}, '/w')).toThrow(/at most one/);
  });
});

describe('web host: concurrent request bodies', () => {
  it('refuses a body that would take the bytes held over the limit (503), and takes it once the others are done', async () => {
    const busyHost = await startWebHost({
      port: 0,
      root: join(base, 'renderer'),
      userDataDir: join(base, 'busy-user'),
      appRoot: findAppRoot(import.meta.url),
      maxPendingBodyBytes: 1000,
    });
    try {
      const body = JSON.stringify({ key: 'k', path: null, text: 'x'.repeat(700) });
      // A slow client: declares its body, sends half, and holds the rest back.
      const held = httpRequest({
        host: '127.0.0.1',
        port: busyHost.port,
        method: 'POST',
        path: '/api/recovery:write',
        headers: {
          host: `127.0.0.1:${busyHost.port}`,
          cookie: busyHost.sessionCookie,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
        },
      });
      const heldAnswer = new Promise<number>((resolve) =>
        held.on('response', (res) => resolve(res.statusCode ?? 0)),
      );
      held.write(body.slice(0, 300));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const refused = await send(
        busyHost,
        'POST',
        '/api/recovery:write',
        { 'content-type': 'application/json' },
        body,
      );
      expect(refused.status).toBe(503);
      expect(refused.body).toContain('busy');
      held.end(body.slice(300));
      expect(await heldAnswer).toBe(200);
      const later = await send(
        busyHost,
        'POST',
        '/api/recovery:write',
        { 'content-type': 'application/json' },
        body,
      );
      expect(later.status).toBe(200);
    } finally {
      await busyHost.close();
    }
  });

  it('counts a body of unknown length while reading it', async () => {
    const budget = new BodyBudget(1000);
    expect(budget.take(800)).toBe(true);
    const stream = Readable.from([
      Buffer.alloc(150, 0x20),
      Buffer.alloc(150, 0x20),
    ]) as unknown as IncomingMessage;
    Object.assign(stream, { headers: {} });
    await expect(readJsonBody(stream, 10_000, budget)).rejects.toMatchObject({ status: 503 });
    expect(budget.inUse).toBe(800);
  });
});

describe('web host: exports', () => {
  it('writes an export under the deck name in the save folder and offers it as a download only to its owner', async () => {
    const deck =
      '---\ntitle: "Electric ferries: were they ever supposed to change the fjords and the coast?"\n---\n\n# One\n\n- A point\n';
    const answer = await api(host, 'export:html', { text: deck });
    expect(answer.status).toBe(200);
    const value = (JSON.parse(answer.body) as { value: { ok: boolean; path: string; download: string } })
      .value;
    expect(value.ok).toBe(true);
    expect(value.path).toBe(
      join(base, 'user', 'documents', 'electric-ferries-were-they-ever-supposed-to-change-the.html'),
    );
    expect(value.download).toMatch(/^\/download\/[0-9a-f]{32}$/);
    const file = await send(host, 'GET', value.download);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/octet-stream');
    expect(file.headers['content-security-policy']).toBe('sandbox');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="${basename(value.path)}"; filename*=UTF-8''${basename(value.path)}`,
    );
    expect(file.body).toContain('<html');
    expect((await send(host, 'GET', value.download, { cookie: '' })).status).toBe(401);
    expect((await send(host, 'GET', '/download/' + '0'.repeat(32))).status).toBe(404);
    // A second export never overwrites the first.
    const again = JSON.parse((await api(host, 'export:html', { text: deck })).body) as {
      value: { path: string };
    };
    expect(again.value.path).toMatch(/the \(2\)\.html$/);
  });
});
