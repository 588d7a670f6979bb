/**
 * The CLI drafts through the hosts' limited worker (issue 13, item 3): hostile articles end with a draft or one
 * clear line, never a hang, a stack overflow or gigabytes of memory. Run as the real command in a child process; the
 * figures (time, peak RSS) are printed for the record.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../../electron/services/bundled';
import { parseDeck } from '../../../../slides/format/parse';

const appRoot = findAppRoot(import.meta.url);
const seed = readFileSync(join(appRoot, 'tests/fixtures/articles/seed/azerbaijan-boycott.txt'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'briefdeck-cli-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stderr: string;
  seconds: number;
  peakMb: number;
}

/** `briefdeck draft FILE -o OUT` under /usr/bin/time when present (for the peak RSS of the whole command). */
function draft(file: string, out: string): Promise<Run> {
  const timed = existsSync('/usr/bin/time');
  const command = timed ? '/usr/bin/time' : process.execPath;
  const args = [
    ...(timed ? ['-f', 'PEAK %M', process.execPath] : []),
    '--import',
    'tsx',
    'electron/cli/main.ts',
    'draft',
    file,
    '-o',
    out,
  ];
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(command, args, { cwd: appRoot, timeout: 90_000 }, (error, _stdout, stderr) => {
      const peak = /PEAK (\d+)/.exec(stderr);
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
        stderr: stderr.replace(/PEAK \d+\n?/, '').replace(/Command exited with non-zero status \d+\n?/, ''),
        seconds: (Date.now() - started) / 1000,
        peakMb: peak ? Number(peak[1]) / 1024 : NaN,
      });
    });
  });
}

function report(name: string, run: Run): void {
  console.log(
    `${name}: exit ${run.code}, ${run.seconds.toFixed(1)} s, peak RSS ${Math.round(run.peakMb)} MB`,
  );
}

describe('briefdeck draft under the worker limits', () => {
  it('drafts HTML nested 5,000 deep (55 KB), keeping its text', async () => {
    const long = seed.split('\n').filter((line) => line.length > 200);
    let page = '<html><head><title>Deep page</title></head><body>';
    for (let i = 0; i < 5000; i += 1) page += i % 500 === 0 ? `<div><p>${long[i / 500] ?? ''}</p>` : '<div>';
    page += '</div>'.repeat(5000) + '</body></html>';
    const file = join(dir, 'deep.html');
    writeFileSync(file, page);
    const run = await draft(file, join(dir, 'deep.deck.md'));
    report('HTML nested 5,000 deep', run);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { deck, errors } = parseDeck(readFileSync(join(dir, 'deep.deck.md'), 'utf8'));
    expect(errors).toEqual([]);
    expect(deck.slides.length).toBeGreaterThan(1);
    // Text from deep inside the page reached the draft.
    expect(JSON.stringify(deck)).toMatch(/Azerbaijan/);
  }, 90_000);

  it('answers a 45 MB text with a draft or one clear line, within the worker limits', async () => {
    const paragraphs = seed.split('\n').filter((line) => line.length > 100);
    const parts = [seed.split('\n')[0] ?? 'Title', ''];
    let size = 0;
    for (let n = 0; size < 45 * 1024 * 1024; n += 1) {
      const p = `${paragraphs[n % paragraphs.length] ?? ''} (Part ${n}.)`;
      parts.push(p, '');
      size += p.length + 2;
    }
    const file = join(dir, 'big.txt');
    writeFileSync(file, parts.join('\n'));
    const run = await draft(file, join(dir, 'big.deck.md'));
    report('45 MB text', run);
    if (run.code === 0) {
      expect(parseDeck(readFileSync(join(dir, 'big.deck.md'), 'utf8')).errors).toEqual([]);
    } else {
      expect(run.code).toBe(4);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(
        /^briefdeck draft: Cannot draft from .*big\.txt: Importing (took longer than 20 s|needed more than 512 MB)/,
      );
      expect(run.stderr).not.toMatch(/Maximum call stack|RangeError|at /);
    }
    expect(run.peakMb).not.toBeGreaterThan(1024);
  }, 90_000);
});
