import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../../electron/cli/errors';
import {
  createExportCommand,
  parseExportArgs,
  type ExportCommandDeps,
} from '../../../../electron/cli/exportCommand';
import { run } from '../../../../electron/cli/run';
import type { CliIo } from '../../../../electron/cli/io';
import { ExportError, type PrintToPdf } from '../../../../electron/services/export/types';
import type { PrintJob } from '../../../../electron/ipc/contract';
import { makeExportDeck } from '../../../fixtures/export/exportDecks';

function capture(): { io: CliIo; err: () => string; out: () => string } {
  let err = '';
  let out = '';
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readArticle: () => Promise.reject(new Error('unused')),
    writeFile: () => Promise.reject(new Error('unused')),
  };
  return { io, err: () => err, out: () => out };
}

const onePagePerSlide: PrintToPdf = {
  async print(job) {
    const slides = job.deckText.split('\n---\n').length - 1;
    const doc = await PDFDocument.create();
    for (let i = 0; i < slides; i += 1) doc.addPage();
    const indexes = Array.from({ length: slides }, (_, i) => i);
    return {
      pdf: await doc.save(),
      layout: { pages: slides, slidePages: indexes, titles: indexes.map(String) },
    };
  },
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-cli-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function deps(overrides: Partial<ExportCommandDeps> = {}): ExportCommandDeps {
  let clock = 0;
  return {
    readDeck: async () => makeExportDeck(12),
    createPrinter: () => onePagePerSlide,
    now: () => (clock += 700),
    ...overrides,
  };
}

describe('briefdeck export arguments', () => {
  it('reads the documented options with their defaults', () => {
    expect(parseExportArgs(['d.deck.md', '--pdf', 'o.pdf'])).toEqual({
      decks: ['d.deck.md'],
      pdf: 'o.pdf',
      html: undefined,
      kind: 'slides',
      perPage: 3,
      paper: 'a4',
      json: false,
    });
    expect(
      parseExportArgs(['d.md', '--pdf=o.pdf', '--kind', 'handouts', '--per-page', '6', '--paper', 'Letter']),
    ).toMatchObject({
      kind: 'handouts',
      perPage: 6,
      paper: 'letter',
    });
  });

  it.each([
    [['--pdf', 'o.pdf'], 'Missing the deck file.'],
    [['d.md'], 'Say where to write: --pdf OUT.pdf.'],
    [['d.md', '--pdf'], '--pdf needs a value.'],
    [
      ['d.md', '--pdf', 'o.pdf', '--kind', 'poster'],
      '--kind must be slides, notes or handouts, not "poster".',
    ],
    [
      ['d.md', '--pdf', 'o.pdf', '--kind', 'handouts', '--per-page', '4'],
      '--per-page must be 3 or 6, not "4".',
    ],
    [['d.md', '--pdf', 'o.pdf', '--per-page', '6'], '--per-page applies to --kind handouts.'],
    [['d.md', '--pdf', 'o.pdf', '--paper', 'a3'], '--paper must be a4 or letter, not "a3".'],
    [['d.md', '--pdf', 'o.pdf', '--colour'], 'Unknown option --colour.'],
    [['d.md', 'e.md', '--pdf', 'o.pdf'], '--pdf o.pdf names one file; give a folder for several decks.'],
  ])('refuses %j with a usage error', async (args, message) => {
    const { io, err } = capture();
    expect(await run(['export', ...args], io)).toBe(EXIT.usage);
    expect(err()).toContain(message);
    expect(err()).toContain('Usage: briefdeck export DECK... (--pdf OUT.pdf|DIR');
    expect(err().trim().split('\n')).toHaveLength(1);
  });
});

describe('briefdeck export', () => {
  it('exports, printing one progress line on stderr and the path on stdout', async () => {
    const { io, err, out: stdout } = capture();
    const out = join(dir, 'out.pdf');
    expect(await createExportCommand(deps())(['d.md', '--pdf', out], io)).toBe(EXIT.ok);
    expect(err()).toBe(`Exporting 12 slides (slides)… done in 0.7 s\n`);
    expect(stdout()).toBe(`${out}\n`);
    expect(readdirSync(dir)).toEqual(['out.pdf']);
  });

  it('prints with the article beside the deck, as the app does, and without one when there is none', async () => {
    const { io } = capture();
    const jobs: PrintJob[] = [];
    const recording: PrintToPdf = { print: (job) => (jobs.push(job), onePagePerSlide.print(job)) };
    const article = { title: 'A', paragraphs: [['One.', 'Two.']] };
    const asked: string[] = [];
    const readArticle = async (path: string) => (asked.push(path), path === 'd.md' ? article : undefined);
    const command = createExportCommand(deps({ createPrinter: () => recording, readArticle }));
    expect(await command(['d.md', '--pdf', join(dir, 'a.pdf'), '--kind', 'notes'], io)).toBe(EXIT.ok);
    expect(await command(['e.md', '--pdf', join(dir, 'b.pdf'), '--kind', 'notes'], io)).toBe(EXIT.ok);
    expect(asked).toEqual(['d.md', 'e.md']);
    expect(jobs.map((job) => job.article)).toEqual([article, undefined]);
  });

  it('maps each failure to its exit code and leaves no file', async () => {
    const cases: [Partial<ExportCommandDeps>, number, RegExp][] = [
      [
        { readDeck: () => Promise.reject(new Error('ENOENT: no such file')) },
        EXIT.unreadable,
        /Cannot read d\.md: ENOENT/,
      ],
      [
        { readDeck: async () => makeExportDeck(2).replace('theme: briefing', 'theme: [unclosed') },
        EXIT.badInput,
        /The deck has/,
      ],
      [
        {
          createPrinter: () => ({
            print: () =>
              Promise.reject(
                new ExportError('browser', 'No Chromium found: set BRIEFDECK_CHROMIUM or install chromium'),
              ),
          }),
        },
        EXIT.noBrowser,
        /No Chromium found/,
      ],
      [
        { createPrinter: () => ({ print: () => Promise.reject(new Error('Target closed')) }) },
        EXIT.printFailed,
        /Printing failed: Target closed/,
      ],
    ];
    for (const [override, code, message] of cases) {
      const { io, err } = capture();
      const command = createExportCommand(deps(override));
      expect(
        await command(['d.md', '--pdf', join(dir, 'out.pdf')], io).catch(
          (e: { code: number; message: string }) => {
            expect(e.message).toMatch(message);
            return e.code;
          },
        ),
      ).toBe(code);
      expect(err()).not.toContain('done');
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives a write failure its own code through run()', async () => {
    const { io, err } = capture();
    const code = await run(['export', join(dir, 'missing.deck.md'), '--pdf', join(dir, 'no', 'out.pdf')], io);
    expect(code).toBe(EXIT.unreadable);
    expect(err()).toMatch(/^briefdeck export: Cannot read .*missing\.deck\.md/);
    expect(EXIT.writeFailed).not.toBe(EXIT.noBrowser);
  });

  it('leaves a hook for --html that says so until it is wired', async () => {
    const { io } = capture();
    await expect(createExportCommand(deps())(['d.md', '--html', join(dir, 'o.html')], io)).rejects.toThrow(
      'HTML export is not available in this build yet.',
    );
    let wrote = '';
    const wired = deps({ exportHtml: async (_text, path) => ((wrote = path), { bytes: 1 }) });
    expect(await createExportCommand(wired)(['d.md', '--html', join(dir, 'o.html')], io)).toBe(EXIT.ok);
    expect(wrote).toBe(join(dir, 'o.html'));
  });
});
