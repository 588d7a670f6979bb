import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRequest } from '../../../../electron/ipc/schemas';
import { printJob, registerPrintJob } from '../../../../electron/services/export/printJobs';
import { startPrintServer, type PrintServer } from '../../../../electron/services/export/printServer';

const TOKEN_META = /<meta name="briefdeck-token" content="([0-9a-f]+)">/;

function call(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let root: string;
let server: PrintServer;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'briefdeck-print-server-'));
  writeFileSync(
    join(root, 'print.html'),
    '<!doctype html><html><head><title>p</title></head><body></body></html>',
  );
  server = await startPrintServer(root);
});
afterAll(async () => {
  try {
    await server.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

const job = { deckText: '# Hello', kind: 'notes', perPage: 3, paper: 'a4' } as const;

describe('print jobs', () => {
  it('are found by id until disposed, and the channel accepts only 32-hex-digit ids', () => {
    const { id, dispose } = registerPrintJob(job);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(printJob(id)).toEqual(job);
    dispose();
    expect(printJob(id)).toBeNull();
    expect(parseRequest('print:job', { id }).ok).toBe(true);
    expect(parseRequest('print:job', { id: '../etc/passwd' }).ok).toBe(false);
    expect(parseRequest('print:job', { id, extra: 1 }).ok).toBe(false);
  });
});

describe('print server', () => {
  it('listens on loopback and serves the print view with a token, answering print:job only with it', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await call(`${server.url}print.html?job=x`);
    expect(page.status).toBe(200);
    const token = TOKEN_META.exec(page.body)?.[1] ?? '';
    expect(token).toMatch(/^[0-9a-f]{48}$/);

    const { id, dispose } = registerPrintJob(job);
    const post = (headers: Record<string, string>, body = JSON.stringify({ id })) =>
      call(`${server.url}api/print:job`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const answered = await post({ 'x-briefdeck-token': token });
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toEqual({ ok: true, value: job });
    expect((await post({})).status).toBe(403);
    expect((await post({ 'x-briefdeck-token': token }, JSON.stringify({ id: 'nope' }))).status).toBe(400);
    dispose();
    expect(JSON.parse((await post({ 'x-briefdeck-token': token })).body)).toEqual({ ok: true, value: null });
  });

  it('refuses another Host header (DNS rebinding) and paths outside its root', async () => {
    expect((await call(`${server.url}print.html`, { headers: { host: 'evil.example:80' } })).status).toBe(
      403,
    );
    expect((await call(`${server.url}..%2f..%2fetc/passwd`)).status).toBe(404);
  });
});
