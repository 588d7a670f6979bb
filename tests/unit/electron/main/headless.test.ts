import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../../helpers/electronDouble')).electronModule);

import {
  electronDouble,
  FakeBrowserWindow,
  FakeWebContents,
  resetElectronDouble,
} from '../../../helpers/electronDouble';
import { cliArgsFromArgv, runHeadless } from '../../../../electron/main/headless';
import { exportSlideTitle, makeExportDeck } from '../../../fixtures/export/exportDecks';
import { missingFromPdf } from '../../../helpers/pdf';

const ROOT = resolve(import.meta.dirname, '../../../..');
const TITLE = /^## (.+)$/gm;

describe('cliArgsFromArgv', () => {
  it.each([
    [
      ['/opt/Briefdeck/briefdeck', 'export', 'd.deck.md', '--pdf', 'o.pdf'],
      false,
      ['export', 'd.deck.md', '--pdf', 'o.pdf'],
    ],
    [['/usr/bin/electron', '.', 'draft', 'a.txt'], true, ['draft', 'a.txt']],
    [['Briefdeck', '--no-sandbox', '--version'], false, ['--version']],
    [['Briefdeck', 'help', 'export'], false, ['help', 'export']],
    [['Briefdeck', 'check', 'd.deck.md', '--json'], false, ['check', 'd.deck.md', '--json']],
  ])('%j is a command run', (argv, defaultApp, expected) => {
    expect(cliArgsFromArgv(argv, defaultApp)).toEqual(expected);
  });

  it.each([
    [['Briefdeck'], false],
    [['/usr/bin/electron', '.'], true],
    // The OS opening a deck, with or without Chromium switches first: the desktop app.
    [['Briefdeck', '/home/me/talk.deck.md'], false],
    [['Briefdeck', '--enable-logging', 'export.deck.md'], false],
    [['/usr/bin/electron', '.', 'talk.deck.md'], true],
    [['Briefdeck', '-psn_0_12345'], false],
  ])('%j starts the desktop app', (argv, defaultApp) => {
    expect(cliArgsFromArgv(argv, defaultApp)).toBeNull();
  });
});

/** The app double, with what runHeadless uses of Electron's app. */
function appDouble() {
  const app = electronDouble.app as unknown as Record<string, unknown> & { exitCodes: number[] };
  app.exitCodes = [];
  app.whenReady = async () => undefined;
  app.exit = (code: number) => void app.exitCodes.push(code);
  app.getVersion = () => '0.1.0';
  app.getAppPath = () => ROOT;
  app.getPath = () => userData;
  app.dock = { hide: () => undefined };
  return app;
}

let dir: string;
let userData: string;
const originalOnce = FakeWebContents.prototype.once;

/**
 * Plays the print view in each print window: once the printer waits for the page, it fetches its job over the
 * registered `print:job` IPC handler (as the preload does), and "prints" a PDF whose pages carry the job's slide
 * titles, so what reaches the file is what the job held.
 */
function playPrintView(): { jobs: unknown[] } {
  const seen = { jobs: [] as unknown[] };
  FakeWebContents.prototype.once = function (
    this: FakeWebContents,
    name: string,
    listener: (...a: unknown[]) => unknown,
  ) {
    const result = originalOnce.call(this, name, listener);
    if (name !== 'did-finish-load') return result;
    const contents = this as FakeWebContents & Record<string, unknown>;
    const window = FakeBrowserWindow.fromWebContents(this);
    const url = window?.loadedUrl ?? '';
    contents.mainFrame.url = url;
    let pdf: Uint8Array = new Uint8Array();
    let layout = '';
    setImmediate(() => {
      void (async () => {
        const id = new URL(url).searchParams.get('job');
        const handler = electronDouble.ipcMainHandlers.get('print:job');
        const reply = (await handler?.({ senderFrame: contents.mainFrame, sender: this }, { id })) as {
          ok: boolean;
          value: { deckText: string } | null;
        };
        seen.jobs.push(reply.value);
        const titles = [...(reply.value?.deckText ?? '').matchAll(TITLE)].map((m) => m[1] ?? '');
        const doc = await PDFDocument.create();
        const font = await doc.embedFont(StandardFonts.Helvetica);
        for (const title of titles) doc.addPage().drawText(title, { x: 40, y: 700, size: 14, font });
        pdf = await doc.save();
        layout = JSON.stringify({ pages: titles.length, slidePages: titles.map((_, i) => i), titles });
        this.finishLoad();
      })();
    });
    contents.executeJavaScript = async (code: string) =>
      code.includes('requestAnimationFrame') ? true : { error: null, layout };
    contents.printToPDF = async () => Buffer.from(pdf);
    return result;
  } as typeof originalOnce;
  return seen;
}

beforeEach(() => {
  resetElectronDouble();
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-headless-'));
  userData = join(dir, 'user-data');
});
afterEach(() => {
  FakeWebContents.prototype.once = originalOnce;
  rmSync(dir, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (text: string) => void out.push(text),
    stderr: (text: string) => void err.push(text),
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('runHeadless', () => {
  it('exports a PDF through hidden Electron print windows, shows no window, and exits with 0', async () => {
    const app = appDouble();
    const view = playPrintView();
    const deck = join(dir, 'talk.deck.md');
    writeFileSync(deck, makeExportDeck(3));
    const out = join(dir, 'talk.pdf');
    const io = capture();
    const options = { rendererRoot: join(ROOT, 'out', 'renderer'), preloadPath: '/app/preload.cjs', ...io };

    const code = await runHeadless(['export', deck, '--pdf', out], options);

    expect(io.err()).toMatch(/^Exporting 3 slides \(slides\)… done in \d+\.\d s\n$/);
    expect(code).toBe(0);
    expect(app.exitCodes).toEqual([0]);
    expect(io.out()).toBe(`${out}\n`);
    // The job the print view fetched over IPC is the deck; the file holds every slide's title.
    expect(view.jobs).toHaveLength(1);
    expect(view.jobs[0]).toMatchObject({ kind: 'slides', deckText: makeExportDeck(3) });
    const bytes = new Uint8Array(readFileSync(out));
    expect(await missingFromPdf(bytes, [0, 1, 2].map(exportSlideTitle))).toEqual([]);
    // One print window, never shown, destroyed after the job; the app did not quit when it closed.
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const [window] = FakeBrowserWindow.instances;
    expect(window?.loadedUrl).toMatch(/^app:\/\/briefdeck\/print\.html\?(.+&)?job=[0-9a-f]{32}(&|$)/);
    expect(window?.shown).toBe(false);
    expect(window?.destroyed).toBe(true);
    expect(electronDouble.app.listeners.get('window-all-closed')).toHaveLength(1);
    expect(electronDouble.protocolHandlers.has('app')).toBe(true);
  });

  it('answers --version and reports a failure in one line with its exit code', async () => {
    const app = appDouble();
    const options = { rendererRoot: join(ROOT, 'out', 'renderer'), preloadPath: '/app/preload.cjs' };
    const version = capture();
    expect(await runHeadless(['--version'], { ...options, ...version })).toBe(0);
    expect(version.out()).toMatch(/^briefdeck \d+\.\d+\.\d+\n$/);

    const failed = capture();
    const missing = join(dir, 'missing.deck.md');
    expect(
      await runHeadless(['export', missing, '--pdf', join(dir, 'x.pdf')], { ...options, ...failed }),
    ).toBe(3);
    expect(failed.err()).toBe(
      `briefdeck export: Cannot read ${missing}: ENOENT: no such file or directory, open '${missing}'\n`,
    );
    expect(app.exitCodes).toEqual([0, 3]);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});
