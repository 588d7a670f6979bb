/**
 * The exports' sanitiser (the renderer's DOMPurify profile on jsdom): the allowlist table, local images beside
 * the deck, and the audit of the sanitised DOM. The same table runs in Chromium in
 * tests/unit/renderer/sanitize.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckImageResolverSync } from '../../../../electron/services/sanitize/images';
import { nodeSanitizer, type NodeSanitizer } from '../../../../electron/services/sanitize/index';
import { auditSanitizedDom } from '../../../../renderer/src/sanitizeCore';
import { localImagePath } from '../../../../slides/render/htmlPolicy';
import { renderSlideHtml } from '../../../../slides/render/slide';
import { ALLOWLIST_CASES } from '../../../fixtures/xss/allowlist';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let sanitizer: NodeSanitizer;
let dir: string;
beforeAll(async () => {
  sanitizer = await nodeSanitizer();
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-img-'));
  mkdirSync(join(dir, 'img'));
  writeFileSync(join(dir, 'img', 'dot.png'), PNG);
  writeFileSync(
    join(dir, 'chart.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>',
  );
  writeFileSync(join(tmpdir(), 'briefdeck-outside.png'), PNG);
  symlinkSync(join(tmpdir(), 'briefdeck-outside.png'), join(dir, 'escape.png'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'briefdeck-outside.png'), { force: true });
});

describe('the allowlist (jsdom)', () => {
  for (const testCase of ALLOWLIST_CASES) {
    it(testCase.name, () => {
      const html = sanitizer.sanitize(testCase.html);
      for (const kept of testCase.kept) expect(html, html).toContain(kept);
      for (const dropped of testCase.dropped) expect(html, html).not.toContain(dropped);
    });
  }
});

describe('local images', () => {
  it('are read from beside the deck and embedded as data URLs (png and svg)', () => {
    const html = sanitizer.sanitize(
      renderSlideHtml({
        layout: 'bullets',
        body: '![dot](img/dot.png)\n\n<img src="./chart.svg" width="40">',
      }),
      deckImageResolverSync(dir),
    );
    expect(html).toContain(`<img src="data:image/png;base64,${PNG.toString('base64')}" alt="dot">`);
    expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" width="40">/);
  });

  it('show a placeholder naming the path when missing, outside the folder or not an image', () => {
    const html = sanitizer.sanitize(
      '<img src="img/none.png"><img src="../secret.png"><img src="escape.png"><img src="/etc/passwd"><img src="notes.txt">',
      deckImageResolverSync(dir),
    );
    for (const path of ['img/none.png', '../secret.png', 'escape.png', '/etc/passwd', 'notes.txt'])
      expect(html).toContain(`[image not found: ${path}]`);
    expect(html).not.toContain('<img');
  });

  it('normalise deck-relative paths and refuse anything that climbs out', () => {
    expect(localImagePath('./img/a%20b.PNG')).toBe('img/a b.PNG');
    expect(localImagePath('img/../../x.png')).toBeNull();
    expect(localImagePath('C:\\x.png')).toBeNull();
    expect(localImagePath('x.exe')).toBeNull();
  });
});

describe('the audit of the sanitised DOM', () => {
  it('passes what the sanitiser builds and names what it would refuse', () => {
    const clean = sanitizer.fragment(ALLOWLIST_CASES.map((testCase) => testCase.html).join(''));
    expect(auditSanitizedDom(clean)).toEqual([]);
    const doc = clean.ownerDocument;
    const dirty = doc.createElement('div');
    const p = doc.createElement('p');
    p.setAttribute('onclick', 'x');
    p.setAttribute('style', 'color:red');
    const img = doc.createElement('img');
    img.setAttribute('src', 'https://e.example/x.png');
    dirty.append(p, img, doc.createElement('iframe'));
    expect(auditSanitizedDom(dirty)).toEqual([
      'p[onclick]',
      'p[style]',
      'src=https://e.example/x.png',
      '<iframe>',
    ]);
  });
});
