import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineFonts } from '../../../../electron/services/exportHtml/assets';
import { exportHtml, exportHtmlFile } from '../../../../electron/services/exportHtml/index';
import { cspHash } from '../../../../electron/services/exportHtml/page';
import { exportHtmlForCli } from '../../../../electron/cli/exportHtml';
import { run } from '../../../../electron/cli/run';
import { EXIT } from '../../../../electron/cli/errors';

const DECK = readFileSync('tests/fixtures/decks/present.deck.md', 'utf8');
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

describe('exportHtml', () => {
  it('inlines reveal, the theme and its fonts, and names every inline script in the CSP by hash', async () => {
    const html = await exportHtml(DECK);
    const csp = /content="(default-src[^"]+)"/.exec(html)?.[1] ?? '';
    const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1] ?? '');
    // reveal with the deck runtime, and the autofit routine compiled into the page as its own script.
    expect(scripts).toHaveLength(3);
    for (const script of scripts) expect(csp).toContain(cspHash(script));
    expect(cspHash('x')).toBe(`'sha256-${createHash('sha256').update('x').digest('base64')}'`);
    expect(html).toContain('theme-briefing');
    expect(html).toMatch(/url\(data:font\/woff2;base64,[A-Za-z0-9+/]{100}/);
    expect(html).not.toMatch(/\.woff2?\)/);
    expect(html).toContain('class="image-placeholder image-remote"');
    expect(html).toContain('[image not loaded: https://example.com/satellite.png]');
    expect(html).not.toContain('src="https://example.com/satellite.png"');
    expect(html.match(/<section data-layout=/g)).toHaveLength(6);
    expect(html).toContain('Walk through the three points');
  });

  it('refuses a deck with no slides', async () => {
    await expect(exportHtml('---\ntitle: Empty\n---\n')).rejects.toThrow(/no slides/);
  });

  it('writes the file atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-html-'));
    try {
      const bytes = await exportHtmlFile(DECK, join(dir, 'out.html'));
      expect(readFileSync(join(dir, 'out.html')).length).toBe(bytes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('inlineFonts', () => {
  it('turns woff2 references into data URLs and drops woff fallbacks', async () => {
    const dir = join('node_modules', '@fontsource', 'source-sans-3');
    const css = readFileSync(join(dir, 'latin-400.css'), 'utf8');
    const out = await inlineFonts(css, dir);
    expect(out).toMatch(/src: url\(data:font\/woff2;base64,[^)]+\) format\('woff2'\);/);
    expect(out).not.toContain('./files/');
  });
});

describe('briefdeck export DECK --html OUT.html', () => {
  it('exports through the export command and writes the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-cli-html-'));
    try {
      const deckPath = join(dir, 'talk.deck.md');
      writeFileSync(deckPath, DECK);
      const out = join(dir, 'talk.html');
      const code = await run(['export', deckPath, '--html', out], {
        stdout: () => undefined,
        stderr: () => undefined,
      });
      expect(code).toBe(EXIT.ok);
      expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a deck it cannot export and a file it cannot write with their exit codes', async () => {
    await expect(exportHtmlForCli('---\ntitle: x\n---\n', '/tmp/x.html')).rejects.toMatchObject({
      code: EXIT.badInput,
    });
    const refuse = () => Promise.reject(new Error('EROFS: read-only file system'));
    await expect(exportHtmlForCli(DECK, '/ro/x.html', { writeFile: refuse })).rejects.toMatchObject({
      code: EXIT.writeFailed,
      message: expect.stringContaining('/ro/x.html') as unknown,
    });
  });
});
