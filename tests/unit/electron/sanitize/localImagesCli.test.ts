/**
 * Local images beside a deck, through `briefdeck export`: embedded in the HTML file, the PowerPoint file and the
 * PDF (the print page gets them as data URLs); a remote image is never fetched and shows a placeholder naming its
 * URL; a missing one names its path. The PDF half needs the built renderer (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../../electron/cli/errors';
import { run } from '../../../../electron/cli/run';
import { findAppRoot } from '../../../../electron/services/bundled';
import { tryExec } from '../../../helpers/exec';
import { missingFromPdf } from '../../../helpers/pdf';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#c00"/></svg>';
const built = existsSync(join(findAppRoot(import.meta.url), 'out', 'renderer', 'print.html'));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-local-img-'));
  mkdirSync(join(dir, 'img'));
  writeFileSync(join(dir, 'img', 'dot.png'), PNG);
  writeFileSync(join(dir, 'bar.svg'), SVG);
  writeFileSync(
    join(dir, 'pics.deck.md'),
    [
      '---',
      'title: Pictures',
      '---',
      '',
      '## Local and remote images',
      '',
      '![a dot](img/dot.png)',
      '',
      '<img src="bar.svg" width="200" alt="bar">',
      '',
      '![remote](https://example.org/tracker.png)',
      '',
      '![missing](img/missing.png)',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exportTo(args: string[]): Promise<void> {
  const stderr: string[] = [];
  const code = await run(['export', join(dir, 'pics.deck.md'), ...args], {
    stdout: () => undefined,
    stderr: (text: string) => stderr.push(text),
  } as never);
  expect(code, stderr.join('')).toBe(EXIT.ok);
}

describe('local images beside the deck', () => {
  it('are embedded in the HTML and PowerPoint exports', async () => {
    await exportTo(['--html', join(dir, 'pics.html'), '--pptx', join(dir, 'pics.pptx')]);
    const html = readFileSync(join(dir, 'pics.html'), 'utf8');
    expect(html).toContain(`<img src="data:image/png;base64,${PNG.toString('base64')}" alt="a dot">`);
    expect(html).toContain(`src="data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}"`);
    expect(html).toContain('[image not loaded: https://example.org/tracker.png]');
    expect(html).toContain('[image not found: img/missing.png]');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'pics.pptx')));
    const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'));
    expect(media.length).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(!built)('are drawn in the PDF, with placeholders for remote and missing ones', async () => {
    const pdf = join(dir, 'pics.pdf');
    await exportTo(['--pdf', pdf]);
    const bytes = new Uint8Array(readFileSync(pdf));
    expect(
      await missingFromPdf(bytes, [
        '[image not loaded: https://example.org/tracker.png]',
        '[image not found: img/missing.png]',
      ]),
    ).toEqual([]);
    if (tryExec('pdfimages', ['-v'])) {
      const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
      // The 1×1 PNG is an image in the PDF (the SVG is drawn as vector shapes).
      expect(list).toMatch(/\n\s*1\s+\d+\s+image\s+1\s+1\s/);
    }
  });
});
