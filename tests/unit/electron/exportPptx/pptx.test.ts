/**
 * The PowerPoint export, checked for real: the .pptx is opened as the zip it is (slides, notes, size, fonts,
 * links, media), then LibreOffice converts it to PDF headless and every title, bullet, stat, event, actor, quote,
 * column, table cell and chart label of the deck must be in that PDF's text. Notes are checked in the PPTX's
 * notes slides (LibreOffice's PDF leaves them out). Skips the LibreOffice half, with the reason, when `soffice`
 * is missing (`apt-get install -y --no-install-recommends libreoffice-impress`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPptx } from '../../../../electron/services/exportPptx/index';
import { nodeSanitizer } from '../../../../electron/services/sanitize/index';
import { run } from '../../../../electron/cli/run';
import { EXIT } from '../../../../electron/cli/errors';
import { parseDeck } from '../../../../slides/index';
import { renderSectionHtml } from '../../../../slides/render/slide';
import { makeChartDeck } from '../../../fixtures/export/chartDecks';
import { makeExportDeck } from '../../../fixtures/export/exportDecks';
import { fixtureDeck } from '../../../helpers/makeDeck';
import { tryExec } from '../../../helpers/exec';
import { missingFromPdf } from '../../../helpers/pdf';

const SOFFICE = tryExec('soffice', ['--version']);
const PDFTOPPM = tryExec('pdftoppm', ['-v']);
const LAYOUTS_DECK = fixtureDeck('sample-layouts.deck.md');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-pptx-'));
});
afterAll(() => {
  if (!process.env.KEEP_SHOTS) rmSync(dir, { recursive: true, force: true });
});

/** Every piece of text a deck's slides show, read from the same sanitised DOM the views draw. */
async function shownTexts(deckText: string): Promise<string[]> {
  const sanitizer = await nodeSanitizer();
  const texts: string[] = [];
  for (const slide of parseDeck(deckText).deck.slides) {
    const section = sanitizer.fragment(renderSectionHtml(slide)).querySelector('section');
    const leaves = section?.querySelectorAll(
      'h1, h2, h3, p, li, td, th, .stat-value, .stat-label, .stat-source, .timeline-when, .timeline-what, .actor-name, .actor-position, text',
    );
    for (const leaf of Array.from(leaves ?? [])) {
      const clone = leaf.cloneNode(true) as Element;
      for (const nested of Array.from(clone.querySelectorAll('ul, ol, p, svg'))) nested.remove();
      const text = (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) texts.push(text);
    }
  }
  return [...new Set(texts)];
}

async function zipOf(bytes: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

async function filesMatching(zip: JSZip, pattern: RegExp): Promise<string[]> {
  const names = Object.keys(zip.files)
    .filter((name) => pattern.test(name))
    .sort();
  return Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''));
}

function toPdf(pptx: string): Uint8Array {
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, pptx], {
    stdio: 'ignore',
    timeout: 120_000,
    env: { ...process.env, HOME: dir },
  });
  return new Uint8Array(readFileSync(pptx.replace(/\.pptx$/, '.pdf')));
}

describe('the PowerPoint export', () => {
  it('writes every slide with its notes, the aspect ratio, theme fonts, links and a Sources slide', async () => {
    const { deck } = parseDeck(LAYOUTS_DECK);
    const bytes = await exportPptx(LAYOUTS_DECK);
    const zip = await zipOf(bytes);
    const slides = await filesMatching(zip, /^ppt\/slides\/slide\d+\.xml$/);
    const hasSources = deck.slides.some((slide) => slide.layout === 'sources');
    expect(slides).toHaveLength(deck.slides.length + (hasSources || !deck.meta.source ? 0 : 1));
    const presentation = (await zip.file('ppt/presentation.xml')?.async('string')) ?? '';
    expect(presentation).toMatch(/<p:sldSz cx="1219\d{4}" cy="6858000"/);
    expect(slides.join('')).toContain('typeface="Source Serif 4"');
    expect(slides.join('')).toContain('<a:buChar');
    expect(slides.join('')).toMatch(/<a:pPr[^>]*lvl="1"/);
    // One paragraph-properties element per paragraph, at its start (pptxgenjs writes one per run).
    for (const xml of slides)
      for (const paragraph of xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [])
        expect(paragraph.match(/<a:pPr\b/g)?.length ?? 0, paragraph).toBeLessThanOrEqual(1);
    const notes = (await filesMatching(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/)).join('\n');
    for (const slide of deck.slides)
      if (slide.notes.trim()) expect(notes).toContain(slide.notes.split('\n')[0]?.slice(0, 30));
  });

  it("adds a Sources slide from the deck's source when the deck has none", async () => {
    const text = makeExportDeck(3).replace(
      '  title: A generated article',
      '  title: A generated article\n  url: https://example.org/a',
    );
    const zip = await zipOf(await exportPptx(text));
    const slides = await filesMatching(zip, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toHaveLength(4);
    const last = slides.find((xml) => xml.includes('>Sources<')) ?? '';
    expect(last).toContain('A generated article');
    expect(last).toContain('Jane Writer');
    expect(last).toContain('Test Gazette');
    const rels = (await filesMatching(zip, /^ppt\/slides\/_rels\/slide4\.xml\.rels$/)).join('');
    expect(rels).toContain('https://example.org/a');
  });

  it('keeps 4:3 decks 4:3 and embeds local images, links and tables', async () => {
    writeFileSync(join(dir, 'dot.png'), PNG);
    const text = [
      '---',
      'title: Four by three',
      'aspect: "4:3"',
      'theme: night',
      '---',
      '',
      '## Image and link',
      '',
      '- See [the report](https://example.org/report) and **more**',
      '',
      '![dot](dot.png)',
      '',
      '| a | b |',
      '|--:|:-:|',
      '| 1 | 2 |',
    ].join('\n');
    const zip = await zipOf(await exportPptx(text, { deckDir: dir }));
    expect((await zip.file('ppt/presentation.xml')?.async('string')) ?? '').toContain(
      'cx="9144000" cy="6858000"',
    );
    expect(Object.keys(zip.files).some((name) => /^ppt\/media\/image/.test(name))).toBe(true);
    const rels = (await filesMatching(zip, /^ppt\/slides\/_rels\/slide1\.xml\.rels$/)).join('');
    expect(rels).toContain('https://example.org/report');
    const slide = (await filesMatching(zip, /^ppt\/slides\/slide1\.xml$/)).join('');
    expect(slide).toContain('<a:tbl>');
    // The bullet with a link and bold text is still one bulleted paragraph.
    expect(slide).toMatch(
      /<a:p><a:pPr[^>]*><(?:(?!<\/a:p>)[\s\S])*<a:buChar(?:(?!<\/a:p>)[\s\S])*the report(?:(?!<\/a:p>)[\s\S])*more<\/a:t>/,
    );
    expect(slide).toContain('algn="r"');
  });

  it.skipIf(!SOFFICE)(
    'opens in LibreOffice (skipped: soffice is not installed) with every title, bullet, item and chart label',
    async () => {
      for (const [name, text] of [
        ['layouts', LAYOUTS_DECK],
        ['charts', makeChartDeck(10)],
      ] as const) {
        const file = join(dir, `${name}.pptx`);
        writeFileSync(file, await exportPptx(text));
        const pdf = toPdf(file);
        const expected = await shownTexts(text);
        expect(expected.length).toBeGreaterThan(20);
        expect(await missingFromPdf(pdf, expected), name).toEqual([]);
        if (name === 'charts')
          expect(await missingFromPdf(pdf, ['c1b1', 'c10b4', 'Chart 10: exports by quarter'])).toEqual([]);
        // Pages as pictures, to look at beside our own PDF (KEEP_SHOTS=1 keeps them).
        if (PDFTOPPM)
          execFileSync('pdftoppm', ['-png', '-r', '40', file.replace(/\.pptx$/, '.pdf'), join(dir, name)]);
      }
    },
  );

  it('is what `briefdeck export DECK --pptx OUT.pptx` writes', async () => {
    const deckPath = join(dir, 'cli.deck.md');
    writeFileSync(deckPath, makeChartDeck(3));
    const out = join(dir, 'cli.pptx');
    const stderr: string[] = [];
    const code = await run(['export', deckPath, '--pptx', out], {
      stdout: () => undefined,
      stderr: (text: string) => stderr.push(text),
    } as never);
    expect(code, stderr.join('')).toBe(EXIT.ok);
    const zip = await zipOf(readFileSync(out));
    expect(await filesMatching(zip, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(4);
  });
});
