import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../../../../electron/cli/errors';
import {
  createExportCommand,
  outputName,
  planExports,
  parseExportArgs,
  type ExportCommandDeps,
} from '../../../../electron/cli/exportCommand';
import type { CliIo } from '../../../../electron/cli/io';
import { noChromiumLine } from '../../../../electron/cli/noChromium';
import { findChromium } from '../../../../electron/services/export/findChromium';
import type { PrintToPdf } from '../../../../electron/services/export/types';
import { makeExportDeck } from '../../../fixtures/export/exportDecks';

function capture(tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readArticle: () => Promise.reject(new Error('unused')),
    writeFile: () => Promise.reject(new Error('unused')),
    stderrIsTTY: tty,
    columns: 100,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

/** A printer that counts its starts and jobs and prints one page per slide. */
function countingPrinter() {
  const stats = { created: 0, jobs: 0, closed: 0 };
  const create = (): PrintToPdf => {
    stats.created += 1;
    return {
      async print(job) {
        stats.jobs += 1;
        const slides = job.deckText.split('\n---\n').length - 1;
        const doc = await PDFDocument.create();
        for (let i = 0; i < slides; i += 1) doc.addPage();
        const indexes = Array.from({ length: slides }, (_, i) => i);
        return {
          pdf: await doc.save(),
          layout: { pages: slides, slidePages: indexes, titles: indexes.map(String) },
        };
      },
      async close() {
        stats.closed += 1;
      },
    };
  };
  return { stats, create };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-cli-many-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function deps(printer = countingPrinter(), overrides: Partial<ExportCommandDeps> = {}): ExportCommandDeps {
  const decks: Record<string, string> = { 'a.deck.md': makeExportDeck(3), 'b.deck.md': makeExportDeck(5) };
  return {
    readDeck: async (path) => {
      const name = path.split('/').pop() ?? '';
      const text = decks[name];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
    createPrinter: printer.create,
    ...overrides,
  };
}

async function pageCount(path: string): Promise<number> {
  return (await PDFDocument.load(readFileSync(path))).getPageCount();
}

describe('briefdeck export with several decks', () => {
  it('names outputs after the decks and the kind', () => {
    expect(outputName('talks/a.deck.md', 'pdf')).toBe('a.pdf');
    expect(outputName('a.deck.md', 'pdf', 'notes')).toBe('a.notes.pdf');
    expect(outputName('a.md', 'pdf', 'handouts')).toBe('a.handouts.pdf');
    expect(outputName('a.deck.md', 'html')).toBe('a.html');
    const args = parseExportArgs(['x/a.deck.md', 'y/b.deck.md', '--pdf', 'out', '--kind', 'notes']);
    expect(planExports(args, () => false).items).toEqual([
      { deck: 'x/a.deck.md', pdf: join('out', 'a.notes.pdf'), html: undefined },
      { deck: 'y/b.deck.md', pdf: join('out', 'b.notes.pdf'), html: undefined },
    ]);
    // One deck into an existing folder or a path ending in "/" goes inside it; otherwise it is the file.
    expect(planExports(parseExportArgs(['a.deck.md', '--pdf', 'out/']), () => false).items[0]?.pdf).toBe(
      join('out', 'a.pdf'),
    );
    expect(planExports(parseExportArgs(['a.deck.md', '--pdf', 'out']), () => true).items[0]?.pdf).toBe(
      join('out', 'a.pdf'),
    );
    expect(planExports(parseExportArgs(['a.deck.md', '--pdf', 'o.pdf']), () => false).items[0]?.pdf).toBe(
      'o.pdf',
    );
  });

  it('refuses two decks that would write the same file', () => {
    expect(() =>
      planExports(parseExportArgs(['x/a.deck.md', 'y/a.deck.md', '--pdf', 'out']), () => false),
    ).toThrow(/x\/a\.deck\.md and y\/a\.deck\.md would both be written to out\/a\.pdf/);
  });

  it('exports every deck with one printer, printing each path on stdout as it is written', async () => {
    const printer = countingPrinter();
    const { io, out, err } = capture();
    const folder = join(dir, 'pdfs');
    const code = await createExportCommand(deps(printer))(['a.deck.md', 'b.deck.md', '--pdf', folder], io);
    expect(code).toBe(EXIT.ok);
    expect(printer.stats).toEqual({ created: 1, jobs: 2, closed: 1 });
    expect(out()).toBe(`${join(folder, 'a.pdf')}\n${join(folder, 'b.pdf')}\n`);
    expect(await pageCount(join(folder, 'a.pdf'))).toBe(3);
    expect(await pageCount(join(folder, 'b.pdf'))).toBe(5);
    // Plain progress (not a terminal): one line per deck, naming it.
    expect(err().trim().split('\n')).toEqual([
      expect.stringMatching(/^a\.deck\.md: Exporting 3 slides \(slides\)… done in \d+\.\d s$/),
      expect.stringMatching(/^b\.deck\.md: Exporting 5 slides \(slides\)… done in \d+\.\d s$/),
    ]);
  });

  it('reports a deck that fails, exports the others, and exits with the failure code', async () => {
    const { io, out, err } = capture();
    const folder = join(dir, 'pdfs');
    const code = await createExportCommand(deps())(
      ['a.deck.md', 'missing.deck.md', 'b.deck.md', '--pdf', folder],
      io,
    );
    expect(code).toBe(EXIT.unreadable);
    expect(existsSync(join(folder, 'a.pdf')) && existsSync(join(folder, 'b.pdf'))).toBe(true);
    expect(existsSync(join(folder, 'missing.pdf'))).toBe(false);
    expect(out().trim().split('\n')).toHaveLength(2);
    expect(err()).toContain('briefdeck export: missing.deck.md: Cannot read missing.deck.md: ENOENT');
    expect(err()).toContain('briefdeck export: 1 of 3 decks not exported.');
  });

  it('prints one JSON object with --json, and no progress', async () => {
    const { io, out, err } = capture();
    const folder = join(dir, 'pdfs');
    const code = await createExportCommand(deps())(
      ['a.deck.md', 'missing.deck.md', '--pdf', folder, '--kind', 'notes', '--json'],
      io,
    );
    expect(code).toBe(EXIT.unreadable);
    const result = JSON.parse(out()) as Record<string, unknown>;
    expect(result).toMatchObject({
      ok: false,
      command: 'export',
      code: EXIT.unreadable,
      outputs: [
        {
          format: 'pdf',
          kind: 'notes',
          path: join(folder, 'a.notes.pdf'),
          slides: 3,
          pages: 3,
          deck: expect.stringMatching(/a\.deck\.md$/),
        },
      ],
      failures: [{ code: EXIT.unreadable, error: expect.stringContaining('Cannot read missing.deck.md') }],
    });
    expect(err()).toBe('');
  });

  it('stops at once when there is no browser, with one line and nothing written', async () => {
    const printer = countingPrinter();
    const missing = () => {
      try {
        findChromium({ env: { BRIEFDECK_CHROMIUM: '' }, exists: () => false, platform: 'linux' });
      } catch {
        throw new CliError(noChromiumLine({}, 'linux'), EXIT.noBrowser);
      }
    };
    const { io, err, out } = capture();
    const failure = await createExportCommand(deps(printer, { checkBrowser: missing }))(
      ['a.deck.md', 'b.deck.md', '--pdf', join(dir, 'pdfs')],
      io,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CliError);
    expect((failure as CliError).code).toBe(EXIT.noBrowser);
    expect((failure as CliError).message).toBe(
      'No Chromium to print PDFs with (looked at /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, /usr/bin/google-chrome-stable): install it (sudo apt-get install -y chromium), or set BRIEFDECK_CHROMIUM to a Chromium or Chrome executable.',
    );
    expect(printer.stats.created).toBe(0);
    expect(existsSync(join(dir, 'pdfs'))).toBe(false);
    expect(err() + out()).toBe('');
  });

  it('names BRIEFDECK_CHROMIUM when it points nowhere, with the install command of each platform', () => {
    expect(noChromiumLine({ BRIEFDECK_CHROMIUM: '/nope/chrome' }, 'linux')).toBe(
      'BRIEFDECK_CHROMIUM names /nope/chrome, which does not exist: point it at a Chromium or Chrome executable, or unset it and install Chromium (sudo apt-get install -y chromium).',
    );
    expect(noChromiumLine({}, 'darwin')).toContain('brew install --cask chromium');
    expect(noChromiumLine({}, 'win32')).toContain('winget install Google.Chrome');
    for (const platform of ['linux', 'darwin', 'win32', 'freebsd'])
      expect(noChromiumLine({}, platform)).toMatch(/^[^\n]*BRIEFDECK_CHROMIUM[^\n]*$/);
  });

  it('draws a bar on a terminal and clears it at the end', async () => {
    const { io, out, err } = capture(true);
    expect(await createExportCommand(deps())(['a.deck.md', '--pdf', join(dir, 'a.pdf')], io)).toBe(EXIT.ok);
    expect(err()).toContain('█');
    expect(err()).toContain('a.deck.md · 3 slides · printing');
    expect(err().endsWith('\r\x1b[K')).toBe(true);
    expect(err()).not.toContain('Exporting');
    expect(out()).toBe(`${join(dir, 'a.pdf')}\n`);
  });
});
