import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDeckFile } from '../../../slides/fs';
import { parseDeck, stringifyDeck } from '../../../slides/index';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-fs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('readDeckFile', () => {
  it('reads UTF-8 with its BOM and hashes the bytes', async () => {
    const bytes = Buffer.from('\uFEFF# Ünïcode\r\n', 'utf8');
    const file = await readDeckFile(write('bom.deck.md', bytes));
    expect(file.text).toBe('\uFEFF# Ünïcode\r\n');
    expect(file.encoding).toBe('utf-8');
    expect(file.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(stringifyDeck(parseDeck(file.text).deck)).toBe(file.text);
  });

  it('decodes UTF-16 files by their BOM', async () => {
    const le = Buffer.from('\uFEFF# A\n', 'utf16le');
    expect(await readDeckFile(write('le.deck.md', le))).toMatchObject({
      text: '\uFEFF# A\n',
      encoding: 'utf-16le',
    });
    const be = Buffer.from(le).swap16();
    expect(await readDeckFile(write('be.deck.md', be))).toMatchObject({
      text: '\uFEFF# A\n',
      encoding: 'utf-16be',
    });
  });

  it('rejects invalid UTF-8 with the line of the bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('# A\n\nok\n', 'utf8'), Buffer.from([0x61, 0xc3, 0x28])]);
    await expect(readDeckFile(write('bad.deck.md', bytes))).rejects.toThrow(
      /is not valid UTF-8 text \(invalid byte 0x28 on line 4\)/,
    );
  });

  it('rejects a missing file with the system error', async () => {
    await expect(readDeckFile(join(dir, 'missing.deck.md'))).rejects.toThrow(/ENOENT/);
  });
});
