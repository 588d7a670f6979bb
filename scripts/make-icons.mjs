#!/usr/bin/env node
/**
 * Generates the installer icons from build/icon.svg, offline:
 * - build/icon.png (1024×1024) and build/icons/NxN.png (Linux),
 * - build/icon.ico (Windows: PNG entries, 16–256),
 * - build/icon.icns (macOS: PNG entries, 16–1024 including the @2x types).
 *
 * Chromium (through playwright-core, never downloaded) rasterises the SVG; the ICO and ICNS containers are
 * written here, since both are a small header followed by PNG payloads.
 *
 * Usage: node scripts/make-icons.mjs   (BRIEFDECK_CHROMIUM overrides the Chromium path)
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'build');
const SVG = join(BUILD, 'icon.svg');

/** Linux sizes (build/icons/NxN.png); the ICO and ICNS sizes are drawn from these plus 24. */
export const LINUX_SIZES = [1024, 512, 256, 128, 64, 48, 32, 16];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS PNG entry types and their pixel sizes (the `ic1x` types are the @2x variants). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
];

function chromiumPath() {
  const candidates = [process.env.BRIEFDECK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('No Chromium found: install chromium or set BRIEFDECK_CHROMIUM.');
  return found;
}

/** Renders the SVG at each size to PNG bytes (transparent background). */
async function rasterise(svg, sizes) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const pngs = new Map();
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img) => img.decode());
      pngs.set(
        size,
        await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
      );
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

/** An ICO file: ICONDIR, one ICONDIRENTRY per image, then the PNG payloads. */
export function buildIco(entries) {
  const header = Buffer.alloc(6 + 16 * entries.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach(({ size, png }, index) => {
    const at = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...entries.map((entry) => entry.png)]);
}

/** An ICNS file: 'icns' + total length, then typed entries (type, length including its 8-byte header, PNG). */
export function buildIcns(entries) {
  const chunks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

async function main() {
  const svg = await readFile(SVG, 'utf8');
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES])];
  const pngs = await rasterise(svg, sizes);
  await mkdir(join(BUILD, 'icons'), { recursive: true });
  await writeFile(join(BUILD, 'icon.png'), pngs.get(1024));
  for (const size of LINUX_SIZES)
    await writeFile(join(BUILD, 'icons', `${size}x${size}.png`), pngs.get(size));
  await writeFile(
    join(BUILD, 'icon.ico'),
    buildIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
  );
  await writeFile(
    join(BUILD, 'icon.icns'),
    buildIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size) }))),
  );
  console.log(
    `icons written to ${BUILD}: png ${LINUX_SIZES.join(', ')}; ico ${ICO_SIZES.join(', ')}; icns ${ICNS_TYPES.length} entries`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
