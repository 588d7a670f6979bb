import { request as httpRequest } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../../electron/services/bundled';
import { startWebHost, type WebHost } from '../../../../electron/web/server';
import { parseDeck } from '../../../../slides/format/parse';

const SEED = join(import.meta.dirname, '../../../fixtures/articles/seed/azerbaijan-boycott.txt');
const DATA_SRC = /data-src="p(\d+)\.s(\d+)"/g;

interface Reply {
  ok: boolean;
  value:
    | {
        ok: true;
        deck: { path: null; text: string; hash: null };
        article: { title: string; paragraphs: string[][] };
      }
    | { ok: false; message: string }
    | null;
}

function api(host: WebHost, request: unknown): Promise<{ status: number; reply: Reply }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: '/api/article:import',
        headers: { 'content-type': 'application/json', cookie: host.sessionCookie },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            reply: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(request));
  });
}

/** Every data-src in the deck names a sentence of the returned article. */
function expectRefsResolve(text: string, paragraphs: string[][]): number {
  let count = 0;
  for (const m of text.matchAll(DATA_SRC)) {
    expect(paragraphs[Number(m[1]) - 1]?.[Number(m[2]) - 1], m[0]).toBeTruthy();
    count++;
  }
  return count;
}

let base: string;
let host: WebHost;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'briefdeck-import-'));
  const root = join(base, 'renderer');
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  await writeFile(
    join(base, 'picture.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
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

describe('article:import through the web host', () => {
  it('drafts the seed article from its path, in a worker, with every bullet linked to a sentence', async () => {
    const { status, reply } = await api(host, { path: SEED });
    expect(status).toBe(200);
    const value = reply.value;
    if (!value || !value.ok) throw new Error(`import failed: ${JSON.stringify(value)}`);
    expect(value.deck.path).toBeNull();
    expect(value.deck.hash).toBeNull();
    expect(value.article.title).toContain('Azerbaijan');
    expect(parseDeck(value.deck.text).errors).toEqual([]);
    expect(expectRefsResolve(value.deck.text, value.article.paragraphs)).toBeGreaterThan(10);
  }, 30_000);

  it('drafts pasted text and honours the slide count', async () => {
    const text = (await import('node:fs')).readFileSync(SEED, 'utf8');
    const { reply } = await api(host, { text, slides: 6 });
    const value = reply.value;
    if (!value || !value.ok) throw new Error(`import failed: ${JSON.stringify(value)}`);
    expect(parseDeck(value.deck.text).deck.slides).toHaveLength(6);
    expectRefsResolve(value.deck.text, value.article.paragraphs);
  }, 30_000);

  it.each([
    ['empty pasted text', { text: '   \n ' }, /empty/i],
    ['a missing file', { path: '/nonexistent/briefdeck/article.txt' }, /./],
    ['a PNG renamed .txt', { path: 'PICTURE' }, /./],
    ['no path and no dialog', {}, /not available here/],
  ])(
    'answers %s with a one-line message, quickly',
    async (_name, request, message) => {
      const body =
        'path' in request && request.path === 'PICTURE' ? { path: join(base, 'picture.txt') } : request;
      const started = Date.now();
      const { status, reply } = await api(host, body);
      expect(status).toBe(200);
      const value = reply.value;
      if (!value || value.ok) throw new Error(`expected a refusal, got ${JSON.stringify(value)}`);
      expect(value.message).toMatch(message);
      expect(value.message).not.toContain('\n');
      expect(Date.now() - started).toBeLessThan(10_000);
    },
    30_000,
  );
});
