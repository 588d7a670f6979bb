import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readIco, readIcns, pngSize } from './iconFormats';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);

type Config = Record<string, unknown> & {
  files: unknown;
  electronFuses: Record<string, boolean>;
  linux: Record<string, unknown>;
  mac: Record<string, unknown>;
  win: Record<string, unknown>;
  nsis: Record<string, unknown>;
};

/** app-builder-lib's own loader and schema check: what `electron-builder` runs before it downloads anything. */
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null): Promise<Config>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const raw = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Packages Vite bundles into the renderer (or that only build the app): never runtime dependencies. */
const BUNDLED_OR_BUILD_ONLY = [
  'react',
  'react-dom',
  'reveal.js',
  '@revealjs/react',
  'dompurify',
  '@dnd-kit/core',
  '@dnd-kit/sortable',
  '@dnd-kit/utilities',
  '@fontsource/source-sans-3',
  '@fontsource/source-serif-4',
  '@fontsource/ibm-plex-sans',
  'electron',
  'electron-builder',
  'electron-vite',
  'vite',
];

describe('electron-builder.yml', () => {
  let config: Config;
  beforeAll(async () => {
    config = await getConfig(ROOT, null);
  });

  it("passes app-builder-lib's configuration validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is rejected by the same validation when it is wrong (the check is real)', async () => {
    const broken = { ...structuredClone(config), asar: 'yes please' };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/asar/);
    const typo = { ...structuredClone(config), electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(typo, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('names the app and packs it into an asar', () => {
    expect(raw.appId).toBe('org.briefdeck.app');
    expect(raw.productName).toBe('Briefdeck');
    expect(raw.asar).toBe(true);
    expect(raw.directories).toMatchObject({ buildResources: 'build' });
  });

  it('targets AppImage and deb, NSIS and dmg', () => {
    expect(raw.linux.target).toEqual(['AppImage', 'deb']);
    expect(raw.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(raw.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(raw.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist' });
    expect(readFileSync(join(ROOT, 'build', 'entitlements.mac.plist'), 'utf8')).toContain(
      'com.apple.security.cs.allow-jit',
    );
  });

  it('sets every security fuse', () => {
    expect(raw.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates .deck.md files on each platform', () => {
    expect(raw.linux.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'deck.md', mimeType: 'application/x-briefdeck-deck' }),
    ]);
    expect(raw.mac.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'md', rank: 'Alternate', role: 'Editor' }),
    ]);
    expect(raw.fileAssociations).toBeUndefined();
    expect(raw.nsis.include).toBe('build/installer.nsh');
    const nsh = readFileSync(join(ROOT, 'build', 'installer.nsh'), 'utf8');
    expect(nsh).toMatch(/!macro customInstall[\s\S]*OpenWithProgids[\s\S]*!macroend/);
    expect(nsh).toMatch(/!macro customUnInstall[\s\S]*DeleteRegKey[\s\S]*!macroend/);
  });

  it('ships only the Vite output, the manifest and the bundled deck', () => {
    const files = raw.files as string[];
    expect(files).toEqual([
      'out/**/*',
      '!out/**/*.map',
      'package.json',
      'slides/decks/**/*.deck.md',
      'slides/decks/**/*.article.txt',
    ]);
    expect(files.some((pattern) => pattern.includes('node_modules'))).toBe(false);
    expect(pkg.main.startsWith('out/')).toBe(true);
    expect(pkg.scripts.dist).toMatch(/^npm run build && electron-builder/);
    expect(pkg.scripts.build).toBe(
      'electron-vite build && tsx scripts/build-export-assets.ts && node scripts/build-cli.mjs',
    );
  });

  it('keeps bundled packages out of the runtime dependencies copied into the asar', () => {
    const runtime = Object.keys(pkg.dependencies);
    expect(runtime.filter((name) => BUNDLED_OR_BUILD_ONLY.includes(name))).toEqual([]);
    for (const name of ['electron', 'electron-builder', 'react', 'reveal.js'])
      expect(pkg.devDependencies).toHaveProperty(name);
  });
});

describe('installer icons', () => {
  const build = join(ROOT, 'build');

  it('has a 1024×1024 icon.png and every Linux size under build/icons', () => {
    expect(pngSize(readFileSync(join(build, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
    for (const size of [1024, 512, 256, 128, 64, 48, 32, 16]) {
      expect(pngSize(readFileSync(join(build, 'icons', `${size}x${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('has a multi-size icon.ico whose entries are PNGs of the declared size, 256 included', () => {
    const entries = readIco(readFileSync(join(build, 'icon.ico')));
    expect(entries.map((entry) => entry.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const entry of entries)
      expect(pngSize(entry.png)).toEqual({ width: entry.size, height: entry.size });
  });

  it('has an icon.icns with every size macOS asks for, 16 to 1024', () => {
    const entries = readIcns(readFileSync(join(build, 'icon.icns')));
    const sizes = new Map(entries.map((entry) => [entry.type, pngSize(entry.png).width]));
    expect(Object.fromEntries(sizes)).toEqual({
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    });
  });
});
