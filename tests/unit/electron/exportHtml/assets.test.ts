import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PREBUILT_ASSETS,
  loadExportAssets,
  writePrebuiltAssets,
} from '../../../../electron/services/exportHtml/assets';

const dirs: string[] = [];
function tempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-assets-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('export assets for the packaged app', () => {
  it('the build writes them to out/ and an app root without sources reads them from there', async () => {
    const repo = resolve('.');
    const built = tempRoot();
    // Build into a temporary copy of the parts the build reads, then ship only out/ like electron-builder does.
    cpSync(join(repo, 'renderer', 'src', 'themes'), join(built, 'renderer', 'src', 'themes'), {
      recursive: true,
    });
    cpSync(join(repo, 'renderer', 'src', 'fit'), join(built, 'renderer', 'src', 'fit'), { recursive: true });
    writeFileSync(join(built, 'package.json'), '{"name":"x"}');
    mkdirSync(join(built, 'node_modules'), { recursive: true });
    cpSync(join(repo, 'node_modules', 'reveal.js'), join(built, 'node_modules', 'reveal.js'), {
      recursive: true,
    });
    for (const font of ['source-sans-3', 'source-serif-4', 'ibm-plex-sans', 'ibm-plex-mono']) {
      cpSync(
        join(repo, 'node_modules', '@fontsource', font),
        join(built, 'node_modules', '@fontsource', font),
        {
          recursive: true,
        },
      );
    }
    await writePrebuiltAssets(built);
    const fromSources = await loadExportAssets(built);

    const packaged = tempRoot();
    mkdirSync(join(packaged, 'out', 'export'), { recursive: true });
    cpSync(join(built, PREBUILT_ASSETS), join(packaged, PREBUILT_ASSETS));
    const fromPackage = await loadExportAssets(packaged);
    expect(fromPackage).toEqual(fromSources);
    expect(fromPackage.css).toContain('data:font/woff2;base64,');
    expect(fromPackage.revealJs.length).toBeGreaterThan(50_000);
    // The app's own autofit routine, compiled to a plain script.
    expect(fromPackage.fitJs).toContain('exports.fitSections = fitSections');
    expect(fromPackage.fitJs).not.toMatch(/^\s*(?:import|export)\s/m);
  });

  it('says clearly when neither the sources nor the prebuilt assets are there, or they are damaged', async () => {
    const empty = tempRoot();
    await expect(loadExportAssets(empty)).rejects.toThrow(/export assets are missing/);
    mkdirSync(join(empty, 'out', 'export'), { recursive: true });
    writeFileSync(join(empty, PREBUILT_ASSETS), '{"css": 1}');
    await expect(loadExportAssets(empty)).rejects.toThrow(/damaged/);
  });
});
