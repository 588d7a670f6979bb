/**
 * Regenerates the binary article fixtures (article.docx, article.pdf) from the `source.json` beside them:
 * `npx tsx tests/helpers/makeArticleBinaries.ts [folder …]`. The PDF is printed by the system Chromium, the way
 * a reader saves a page as PDF; the Word file is built with the test docx builder. Commit the outputs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium';
import { buildDocx } from './docx';

const ARTICLES_DIR = join(import.meta.dirname, '../fixtures/articles');

/** One paragraph of a binary fixture's source: a Word style id (`Title`, `Heading2`) or a print class. */
export interface SourceParagraph {
  text: string;
  style?: string;
}

/** A binary fixture's source file. */
export interface ArticleSource {
  format: 'docx' | 'pdf';
  title: string;
  author?: string;
  paragraphs: SourceParagraph[];
  /** A browser's running header (date and time, page title) and footer (address, page count) on every page. */
  print?: { header: [string, string]; url: string };
}

/** Reads a folder's `source.json`, or undefined when it has none. */
export function readArticleSource(folder: string): ArticleSource | undefined {
  const path = join(folder, 'source.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ArticleSource) : undefined;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function printHtml(source: ArticleSource): string {
  const body = source.paragraphs
    .map(({ text, style }) => {
      if (style === 'Title') return `<h1>${escapeHtml(text)}</h1>`;
      if (style === 'Heading2') return `<h2>${escapeHtml(text)}</h2>`;
      return `<p class="${style ?? 'body'}">${escapeHtml(text)}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(source.title)}</title>
<meta name="author" content="${escapeHtml(source.author ?? '')}">
<style>
  body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 11pt; line-height: 1.45; margin: 0; }
  h1 { font-size: 22pt; line-height: 1.2; margin: 0 0 10pt; }
  h2 { font-size: 13pt; margin: 16pt 0 6pt; }
  p { margin: 0 0 9pt; }
  .kicker { font-size: 8pt; letter-spacing: 1pt; }
  .standfirst { font-size: 12pt; font-style: italic; }
  .byline { font-size: 9pt; }
  .furniture { font-size: 8.5pt; font-style: italic; margin-top: 12pt; }
</style></head><body>${body}</body></html>`;
}

async function makePdf(source: ArticleSource, out: string): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.setContent(printHtml(source));
    // The running header and footer a browser prints on every page (fixed here, so the file is reproducible).
    const print = source.print;
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '22mm', bottom: '22mm', left: '24mm', right: '24mm' },
      displayHeaderFooter: Boolean(print),
      headerTemplate: print
        ? `<div style="font-size:8px;width:100%;margin:0 12mm;display:flex;justify-content:space-between"><span>${escapeHtml(print.header[0])}</span><span>${escapeHtml(print.header[1])}</span></div>`
        : '<span></span>',
      footerTemplate: print
        ? `<div style="font-size:8px;width:100%;margin:0 12mm;display:flex;justify-content:space-between"><span>${escapeHtml(print.url)}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`
        : '<span></span>',
    });
    writeFileSync(out, pdf);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const folders = readdirSync(ARTICLES_DIR).filter((name) => wanted.length === 0 || wanted.includes(name));
  for (const name of folders) {
    const folder = join(ARTICLES_DIR, name);
    const source = readArticleSource(folder);
    if (!source) continue;
    const out = join(folder, `article.${source.format}`);
    if (source.format === 'docx') writeFileSync(out, buildDocx(source.paragraphs));
    else await makePdf(source, out);
    console.log(`wrote ${out}`);
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
