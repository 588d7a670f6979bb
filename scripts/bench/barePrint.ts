/**
 * The floor of `npm run bench:export`'s whole-process rows: one bare Chromium print of a deck, as a process of its
 * own (bundled by esbuild like the CLI, so both start the same way). `node barePrint.js DECK OUT.pdf [KIND]`:
 * serve the built print view, launch playwright-core's Chromium, load the page once, wait for it to be laid out,
 * `page.pdf()`, write the bytes as they are (no metadata, no outline, no atomic save), close.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { PdfKind } from '../../electron/ipc/contract';
import { findAppRoot } from '../../electron/services/bundled';
import { CHROMIUM_FLAGS, findChromium } from '../../electron/services/export/findChromium';
import { registerPrintJob } from '../../electron/services/export/printJobs';
import { startPrintServer } from '../../electron/services/export/printServer';

const [deckPath, outPath, kind = 'slides'] = process.argv.slice(2);
if (!deckPath || !outPath) throw new Error('usage: barePrint DECK OUT.pdf [KIND]');
const deckText = await readFile(deckPath, 'utf8');
const server = await startPrintServer(join(findAppRoot(import.meta.url), 'out', 'renderer'));
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_FLAGS] });
const { id, dispose } = registerPrintJob({ deckText, kind: kind as PdfKind, perPage: 3, paper: 'a4' });
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}print.html?job=${id}`);
  await page.waitForSelector('html[data-print-ready="true"]', { state: 'attached' });
  await writeFile(outPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
} finally {
  dispose();
  await browser.close();
  await server.close();
}
