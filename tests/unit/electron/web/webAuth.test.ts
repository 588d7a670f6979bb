/**
 * Only the person who started the web host gets in (issue 13, item 1): the launch token travels only in the login
 * link, is exchanged for an HttpOnly, SameSite=Strict cookie, and nothing the host serves to anyone contains a
 * credential the API accepts. Another local account (`nobody`, when the tests run as root) cannot use the API.
 */
import { execFile, spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../electron/ipc/contract';
import { findAppRoot } from '../../../../electron/services/bundled';
import { startWebHost, type WebHost } from '../../../../electron/web/server';

const appRoot = findAppRoot(import.meta.url);
const builtRenderer = join(appRoot, 'out', 'renderer');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('latin1'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function walk(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else found.push(path);
  }
  return found;
}

let base: string;
let host: WebHost;
let root: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'briefdeck-auth-'));
  root = existsSync(join(builtRenderer, 'index.html')) ? builtRenderer : join(appRoot, 'renderer');
  host = await startWebHost({ port: 0, root, userDataDir: join(base, 'user'), appRoot });
});
afterAll(async () => {
  try {
    await host.close();
  } finally {
    await rm(base, { recursive: true, force: true });
  }
});

describe('signing in', () => {
  it('exchanges the token in the login link for an HttpOnly, SameSite=Strict cookie and drops it from the address', async () => {
    const login = await send(host.port, 'GET', `/?transition=none&token=${host.token}`);
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/?transition=none');
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/^briefdeck-session-\d+=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/$/);
    expect(cookie).not.toContain(host.token);
    const pair = cookie.split(';')[0] ?? '';
    expect(pair).toBe(host.sessionCookie);
    const page = await send(host.port, 'GET', '/', { cookie: pair });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(host.token);
    const info = await send(
      host.port,
      'POST',
      '/api/app:info',
      { 'content-type': 'application/json', cookie: pair },
      '{}',
    );
    expect(info.status).toBe(200);
  });

  it('refuses a wrong token with a page that explains how to sign in', async () => {
    const wrong = await send(host.port, 'GET', `/?token=${host.token.replace(/.$/, '0')}x`);
    expect(wrong.status).toBe(403);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(wrong.body).toContain('Open the address it printed');
  });
});

describe('an unauthenticated client', () => {
  it('finds no credential the API accepts in any page or header the host serves', async () => {
    const files = (await walk(root)).map((file) => '/' + relative(root, file).split('\\').join('/'));
    expect(files.length).toBeGreaterThan(3);
    const paths = [
      '/',
      '/index.html',
      '/present.html',
      '/print.html',
      '/nope',
      '/?token=',
      '/?token=0',
      ...files,
    ];
    const answers: Answer[] = [];
    for (const path of paths) {
      answers.push(await send(host.port, 'GET', path));
      answers.push(await send(host.port, 'HEAD', path));
      answers.push(await send(host.port, 'GET', path, { host: `localhost:${host.port}` }));
    }
    for (const channel of CHANNELS) {
      answers.push(
        await send(host.port, 'POST', `/api/${channel}`, { 'content-type': 'application/json' }, '{}'),
      );
      answers.push(await send(host.port, 'GET', `/api/${channel}`));
    }
    const session = host.sessionCookie.split('=')[1] ?? '';
    for (const answer of answers) {
      const everything = JSON.stringify(answer.headers) + answer.body;
      expect(everything).not.toContain(host.token);
      expect(everything).not.toContain(session);
      expect(answer.headers['set-cookie']).toBeUndefined();
      expect([401, 403]).toContain(answer.status);
    }
    expect(answers.length).toBeGreaterThan(3 * paths.length);
  });
});

// A second local account: the host runs as this user; a client runs as `nobody` and tries everything it can.
const CLIENT = `
const http = require('node:http');
const fs = require('node:fs');
const [port, hostPid] = process.argv.slice(2);
const get = (method, path, headers = {}, body) => new Promise((resolve) => {
  const req = http.request({ host: '127.0.0.1', port, method, path, headers: { host: '127.0.0.1:' + port, ...headers } }, (res) => {
    let text = ''; res.on('data', (c) => (text += c)); res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
  });
  req.on('error', (e) => resolve({ status: 0, text: String(e) })); req.end(body);
});
(async () => {
  const seen = [];
  const page = await get('GET', '/');
  seen.push(JSON.stringify(page.headers) + page.text);
  const proc = [];
  for (const name of ['cmdline', 'environ']) {
    try { proc.push(fs.readFileSync('/proc/' + hostPid + '/' + name, 'latin1')); } catch (e) { proc.push('unreadable:' + e.code); }
  }
  const candidates = (seen.join('') + proc.join('')).match(/[0-9a-f]{48}|[\\w-]{43}/g) || [];
  const tries = [];
  for (const guess of ['', ...candidates]) {
    const headers = { 'content-type': 'application/json', cookie: 'briefdeck-session-' + port + '=' + guess, 'x-briefdeck-token': guess };
    tries.push((await get('POST', '/api/deck:open', headers, JSON.stringify({ path: '/etc/hostname.md' }))).status);
    tries.push((await get('POST', '/api/article:import', headers, JSON.stringify({ path: '/etc/hostname' }))).status);
    tries.push((await get('GET', '/?token=' + guess)).status);
  }
  process.stdout.write(JSON.stringify({ uid: process.getuid(), pageStatus: page.status, proc, tries, seen }));
})();
`;

function run(file: string, args: string[], options: { uid?: number; gid?: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [file, ...args], { ...options, timeout: 20_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

describe('another local account', () => {
  it.runIf(process.getuid?.() === 0)(
    'nobody cannot use the API of the host the owner started, nor find its token',
    async () => {
      // The real command, as its own process, as the owner would start it.
      const folder = await mkdtemp(join(tmpdir(), 'briefdeck-nobody-'));
      await chmod(folder, 0o755);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'electron/web/server.ts', '--port', '0', '--user-data', join(folder, 'user')],
        { cwd: appRoot, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      try {
        const loginUrl = await new Promise<string>((resolve, reject) => {
          let output = '';
          const timer = setTimeout(() => reject(new Error(`no URL:\n${output}`)), 30_000);
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const match = /Briefdeck web host: (\S+)/.exec(output);
            if (match?.[1]) {
              clearTimeout(timer);
              resolve(match[1]);
            }
          });
        });
        const url = new URL(loginUrl);
        const token = url.searchParams.get('token') ?? '';
        expect(token).toMatch(/^[0-9a-f]{48}$/);
        const script = join(folder, 'client.cjs');
        await writeFile(script, CLIENT, { mode: 0o644 });
        const output = JSON.parse(
          await run(script, [url.port, String(child.pid)], { uid: 65534, gid: 65534 }),
        ) as { uid: number; pageStatus: number; proc: string[]; tries: number[]; seen: string[] };
        expect(output.uid).toBe(65534);
        expect(output.pageStatus).toBe(401);
        expect(output.proc.join('')).not.toContain(token);
        expect(output.seen.join('')).not.toContain(token);
        expect(output.tries.length).toBeGreaterThanOrEqual(3);
        for (const status of output.tries) expect([401, 403]).toContain(status);
        // The owner, with the link, gets in: the refusals above are about who asks, not a broken host.
        const login = await send(Number(url.port), 'GET', `/?token=${token}`);
        expect(login.status).toBe(303);
      } finally {
        child.kill('SIGTERM');
        await rm(folder, { recursive: true, force: true });
      }
    },
    60_000,
  );
});

describe('port in use', () => {
  it('moves to the next free port unless the port was asked for, and then says which and how to pick another', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as AddressInfo).port;
    try {
      const strict = startWebHost({
        port: taken,
        strictPort: true,
        userDataDir: join(base, 'u2'),
        appRoot,
        root,
      });
      await expect(strict).rejects.toThrow(
        new RegExp(`^Port ${taken} is already in use .*--port N .*--port 0 for any free port\\.$`),
      );
      const moved = await startWebHost({ port: taken, userDataDir: join(base, 'u3'), appRoot, root });
      try {
        expect(moved.port).toBeGreaterThan(taken);
        expect(moved.port).toBeLessThanOrEqual(taken + 20);
      } finally {
        await moved.close();
      }
    } finally {
      blocker.close();
    }
  });
});
