/**
 * `article:import` with a dropped file's bytes (`file: { name, type, base64 }`), over the web host's real HTTP
 * API: the importer picks the reader by content, so Word and PDF text arrives and binary is refused.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRequest } from '../../../../electron/ipc/schemas';
import { findAppRoot } from '../../../../electron/services/bundled';
import { startWebHost, type WebHost } from '../../../../electron/web/server';
import { buildDocx } from '../../../helpers/docx';
import { buildTextPdf } from '../../../helpers/pdf';

const HEADLINE = 'Why the corridor deal matters';
const BODY = [
  'Ministers agreed on Monday to reopen the border crossing by spring, ending a two-year closure.',
  'Trade between the two countries fell by a third while the crossing was closed.',
  'Officials expect lorry traffic to double within a year of the reopening.',
];

type Value =
  | { ok: true; deck: { text: string }; article: { title: string; paragraphs: string[][] } }
  | {
      ok: false;
      message: string;
    };

let base: string;
let host: WebHost;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'briefdeck-file-import-'));
  const root = join(base, 'renderer');
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
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

async function importFile(name: string, type: string, bytes: Uint8Array): Promise<Value> {
  // The web host has signed requests by a token header and, more recently, by a session cookie: send both.
  const session = (host as { sessionCookie?: string }).sessionCookie;
  const token = (host as { token?: string }).token;
  const response = await fetch(`http://127.0.0.1:${host.port}/api/article:import`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { 'x-briefdeck-token': token } : {}),
      ...(session ? { cookie: session } : {}),
    },
    body: JSON.stringify({ file: { name, type, base64: Buffer.from(bytes).toString('base64') } }),
  });
  const reply = (await response.json()) as { ok: boolean; value: Value };
  expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
  return reply.value;
}

const sentences = (value: Value): string => (value.ok ? value.article.paragraphs.flat().join(' ') : '');

describe('article:import with a file’s bytes', () => {
  it('drafts a Word document from its text, even under a misleading name', async () => {
    const docx = buildDocx([{ text: HEADLINE, style: 'Heading1' }, ...BODY.map((text) => ({ text }))]);
    for (const name of ['corridor.docx', 'corridor.txt']) {
      const value = await importFile(name, 'application/octet-stream', docx);
      if (!value.ok) throw new Error(value.message);
      expect(value.article.title).toBe(HEADLINE);
      for (const sentence of BODY) expect(sentences(value)).toContain(sentence);
      expect(value.deck.text).not.toContain('PK');
    }
  }, 60_000);

  it('drafts a PDF from its text layer', async () => {
    const pdf = await buildTextPdf([
      { text: HEADLINE, size: 20, y: 760 },
      ...BODY.map((text, index) => ({ text, size: 9, y: 700 - index * 30 })),
    ]);
    const value = await importFile('corridor.pdf', 'application/pdf', pdf);
    if (!value.ok) throw new Error(value.message);
    expect(value.article.title).toBe(HEADLINE);
    for (const sentence of BODY) expect(sentences(value)).toContain(sentence);
    expect(value.deck.text).not.toMatch(/%PDF|\ufffd/);
  }, 60_000);

  it('refuses a binary file with a clear one-line message', async () => {
    const binary = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const value = await importFile('program.txt', '', binary);
    expect(value).toEqual({ ok: false, message: 'This is not a text file: it looks like a binary file.' });
  }, 30_000);
});

describe('the file field of article:import', () => {
  it('accepts base64 with a plain name, and refuses anything else', () => {
    expect(
      parseRequest('article:import', { file: { name: 'a.pdf', type: 'application/pdf', base64: 'JVBERg==' } })
        .ok,
    ).toBe(true);
    expect(parseRequest('article:import', { file: { name: '../a.pdf', base64: 'JVBERg==' } }).ok).toBe(false);
    expect(parseRequest('article:import', { file: { name: 'a.pdf', base64: 'not base64!' } }).ok).toBe(false);
    expect(parseRequest('article:import', { file: { name: 'a.pdf', base64: '' } }).ok).toBe(false);
    expect(parseRequest('article:import', { file: { name: 'a.pdf', base64: 'JVBERg==', extra: 1 } }).ok).toBe(
      false,
    );
  });
});
