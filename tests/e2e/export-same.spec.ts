/**
 * One export path: the CLI (`briefdeck export`, which reads the article beside the deck) and the app's Export PDF
 * dialog on the web host (which sends the article the editor opened with the deck) print the same notes PDF for
 * the bundled briefing: same pages, same text. Its notes cite their sources as "¶N" lines, so no second list is
 * added, and no raw `pN.sM` code is printed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../electron/cli/run';
import { pdfPageTexts } from '../helpers/pdf';
import { expect, test } from './fixtures';

const BUNDLED = 'slides/decks/azerbaijan-boycott.deck.md';
const RAW_CODE = /\bp\d+\.s\d+\b/;
/** The heading of the list the notes view adds (drawn in capitals). */
const ADDED_LIST = /SOURCES/;

test('the CLI and the app print the same notes PDF for the same deck and article', async ({
  page,
  host,
  openApp,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-same-'));
  try {
    const cliPdf = join(dir, 'cli.pdf');
    const quiet = { stdout: () => undefined, stderr: () => undefined };
    expect(
      await run(['export', BUNDLED, '--pdf', cliPdf, '--kind', 'notes', '--paper', 'letter'], quiet),
    ).toBe(0);
    const cli = await pdfPageTexts(new Uint8Array(readFileSync(cliPdf)));

    await openApp(page);
    await page.locator('[data-command="file.exportPdf"]').click();
    const dialog = page.getByTestId('export-pdf-dialog');
    await dialog.getByLabel(/Notes pages/).check();
    await dialog.getByLabel('Paper').selectOption('letter');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByTestId('notice-info')).toContainText('Exported', { timeout: 60_000 });
    const folder = join(host.userDataDir, 'documents');
    const name = readdirSync(folder).find((file) => file.endsWith('.pdf'));
    const app = await pdfPageTexts(new Uint8Array(readFileSync(join(folder, name ?? 'missing.pdf'))));

    expect(app.length).toBe(cli.length);
    expect(app).toEqual(cli);
    const text = cli.join('\n');
    expect(text).not.toMatch(RAW_CODE);
    expect(text).not.toMatch(ADDED_LIST);
    // The notes' own source lines are there, once each.
    expect(text.split('¶6: "it is doubtful that Tehran has the leverage to coerce Baku"')).toHaveLength(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
