/**
 * The false-size zip bomb (issue 13, item 2): a docx whose `word/document.xml` declares 40,000 bytes but inflates to
 * 2 GiB. It must fail fast with a clear error and a peak memory under 1 GB, through the CLI's path and the hosts'
 * worker alike, whatever the archive declares. Measured in a child process (its own peak RSS).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDeflateRaw } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../../electron/services/bundled';
import { assertInflatesWithin } from '../../../../electron/services/import/boundedZip';
import { buildDocx } from '../../../helpers/docx';
import { buildZip } from '../../../helpers/zip';

const appRoot = findAppRoot(import.meta.url);
const GIB = 1024 * 1024 * 1024;
const MB = 1024 * 1024;

/** `total` zero bytes deflated as a stream (never held in memory). */
async function deflatedZeros(total: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(4 * MB);
  for (let sent = 0; sent < total; sent += block.length) {
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

interface Measured {
  ms: number;
  maxRssMb: number;
  message: string;
  code?: string;
}

/** Runs `how` on the file in a fresh Node process and reports time, peak RSS and the error. */
async function measure(how: 'cli' | 'worker', path: string): Promise<Measured> {
  const module = (name: string) =>
    JSON.stringify(pathToFileURL(join(appRoot, 'electron/services/import', name)).href);
  const script = join(dir, `measure-${how}.mjs`);
  await writeFile(
    script,
    `
    const started = Date.now();
    const run = ${JSON.stringify(how)} === 'cli'
      ? import(${module('readArticleFile.ts')}).then((m) => m.readArticleFile(${JSON.stringify(path)}))
      : import(${module('importInWorker.ts')}).then((m) => m.importInWorker({ path: ${JSON.stringify(path)} }));
    run.then(
      () => console.log(JSON.stringify({ ms: Date.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024, message: 'imported' })),
      (e) => console.log(JSON.stringify({ ms: Date.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024, message: e.message, code: e.code })),
    );`,
  );
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script],
      { cwd: appRoot, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${error.message}\n${stderr}`));
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Measured);
      },
    );
  });
}

let dir: string;
let bombPath: string;
let bomb: Uint8Array;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-bomb-'));
  bomb = buildZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    { name: 'word/document.xml', data: '', declaredSize: 40_000, deflated: await deflatedZeros(2 * GIB) },
  ]);
  bombPath = join(dir, 'false-size.docx');
  await writeFile(bombPath, bomb);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the false-size zip bomb', () => {
  it('declares 40,000 bytes yet inflates past the limit, and the counted inflate stops it', async () => {
    expect(bomb.length).toBeLessThan(8 * MB);
    await expect(assertInflatesWithin(bomb, 100 * MB)).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/expands to more than 100 MB, whatever it declares/),
    });
    // An honest document passes and its real size is counted.
    const honest = buildDocx([{ text: 'A title', style: 'Heading1' }, { text: 'One paragraph.' }]);
    expect((await assertInflatesWithin(honest, 100 * MB)).bytes).toBeGreaterThan(500);
  });

  it.each(['cli', 'worker'] as const)(
    'fails fast with one clear line and peak memory under 1 GB (%s path)',
    async (how) => {
      const result = await measure(how, bombPath);
      console.log(
        `false-size zip bomb (${how}): ${result.ms} ms, peak RSS ${Math.round(result.maxRssMb)} MB`,
      );
      expect(result.message).toMatch(/^The Word document expands to more than 100 MB, whatever it declares/);
      expect(result.message).not.toContain('\n');
      expect(result.code).toBe('too-large');
      expect(result.maxRssMb).toBeLessThan(1024);
    },
    120_000,
  );
});
