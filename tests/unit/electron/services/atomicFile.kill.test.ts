/**
 * Kill during save, in a loop: a child process saves a large deck over and over (alternating two versions) with
 * `saveFileAtomic` and is killed with SIGKILL at a random moment, 40 times. After every kill the file is
 * byte-identical to one of the two versions, never torn.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDeck, makeSlide, stringifyDeck } from '../../../../slides/index';

const KILLS = 40;
const ATOMIC_FILE = resolve('electron/services/atomicFile.ts');

/** A deck of `count` slides whose text depends on `version`, so the two versions differ in bytes and size. */
function largeDeck(count: number, version: string): string {
  const slides = Array.from({ length: count }, (_, index) =>
    makeSlide({
      title: `Version ${version}: slide ${index + 1}`,
      items: [`A bullet of version ${version} `.repeat(4), `Another bullet ${index}`],
      notes: `Notes ${version} `.repeat(40),
    }),
  );
  return stringifyDeck(makeDeck({ title: `Deck ${version}` }, slides));
}

/** The child: saves the two versions in turn, forever, and says when it has started. */
const CHILD = `
import { readFileSync } from 'node:fs';
const { saveFileAtomic } = await import(process.env.ATOMIC_FILE);
const [target, a, b] = process.argv.slice(2);
const versions = [readFileSync(a), readFileSync(b)];
process.stdout.write('ready\\n');
for (let i = 0; ; i += 1) await saveFileAtomic(target, versions[i % 2]);
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-kill-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function runAndKill(script: string, args: string[], delayMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, ATOMIC_FILE },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.once('error', fail);
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('exit', () => done());
  });
}

describe('saveFileAtomic under SIGKILL', () => {
  it(`leaves the old or the new file, byte for byte, after each of ${KILLS} kills mid-save`, async () => {
    const a = Buffer.from(largeDeck(1000, 'A'));
    const b = Buffer.from(largeDeck(1050, 'B'));
    expect(a.length).toBeGreaterThan(500_000);
    const target = join(dir, 'deck.deck.md');
    const aPath = join(dir, 'a.bin');
    const bPath = join(dir, 'b.bin');
    const script = join(dir, 'child.mjs');
    await Promise.all([
      writeFile(target, a),
      writeFile(aPath, a),
      writeFile(bPath, b),
      writeFile(script, CHILD),
    ]);
    const seen = { a: 0, b: 0 };
    for (let kill = 0; kill < KILLS; kill += 1) {
      await runAndKill(script, [target, aPath, bPath], Math.floor(Math.random() * 40));
      const bytes = await readFile(target);
      const isA = bytes.equals(a);
      const isB = bytes.equals(b);
      expect(isA || isB, `after kill ${kill + 1} the file is ${bytes.length} bytes, neither version`).toBe(
        true,
      );
      seen[isA ? 'a' : 'b'] += 1;
    }
    // Some kills came after a rename of the new version: the saves really ran between the kills.
    expect(seen.b).toBeGreaterThan(0);
    expect(seen.a + seen.b).toBe(KILLS);
  }, 240_000);
});
