/**
 * The files an exported deck inlines, read at export time: reveal.js's dist script and CSS, and the theme CSS
 * with every font it uses turned into a base64 `data:` URL. The theme's stylesheet list is read from
 * `renderer/src/themes/index.ts`, so the export always carries what the app shows.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** The inlined assets of an export. */
export interface ExportAssets {
  revealJs: string;
  /** The renderer's autofit routine (renderer/src/fit/fitSlides.ts) as a script defining `BriefdeckFit`. */
  fitJs: string;
  /** reveal.css, then the fonts and themes. */
  css: string;
}

const CSS_IMPORT = /^import\s+'([^']+\.css)';$/gm;
const FONT_URL = /url\((['"]?)(\.\/files\/[^)'"]+\.woff2)\1\)\s*format\((['"])woff2\3\)/g;
/** The `, url(x.woff) format('woff')` fallback after the woff2 source: dropped (woff2 is enough everywhere). */
const WOFF_FALLBACK = /,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g;

/** Turns a stylesheet's `./files/*.woff2` references into data URLs and drops its woff fallbacks. */
export async function inlineFonts(css: string, cssDir: string): Promise<string> {
  const urls = [...new Set([...css.matchAll(FONT_URL)].map((m) => m[2] ?? ''))];
  const data = new Map<string, string>();
  for (const url of urls) data.set(url, (await readFile(join(cssDir, url))).toString('base64'));
  return css
    .replace(
      FONT_URL,
      (_all, _q, url: string) => `url(data:font/woff2;base64,${data.get(url) ?? ''}) format('woff2')`,
    )
    .replace(WOFF_FALLBACK, '');
}

/** Resolves a CSS import of the themes module (relative, or a package export) to a file under `root`. */
function cssPath(root: string, themesDir: string, specifier: string): string {
  return specifier.startsWith('.')
    ? resolve(themesDir, specifier)
    : createRequire(join(root, 'package.json')).resolve(specifier);
}

/**
 * Where `npm run build` leaves the assets, inside `out/` so the packaged app carries them: the packaged app has
 * neither the theme sources nor reveal.js's dist folder (they are devDependencies, bundled by Vite).
 */
export const PREBUILT_ASSETS = join('out', 'export', 'assets.json');

/**
 * The export's assets: read from the sources when they are there (a checkout, so theme edits show at once),
 * else from the copy the build left in {@link PREBUILT_ASSETS} (the packaged app).
 */
export async function loadExportAssets(root: string): Promise<ExportAssets> {
  if (existsSync(join(root, 'renderer', 'src', 'themes', 'index.ts'))) return readSourceAssets(root);
  const prebuilt = join(root, PREBUILT_ASSETS);
  if (!existsSync(prebuilt))
    throw new Error(`The export assets are missing: neither the theme sources nor ${prebuilt} exist.`);
  const parsed = JSON.parse(await readFile(prebuilt, 'utf8')) as Partial<ExportAssets>;
  if (
    typeof parsed.revealJs !== 'string' ||
    typeof parsed.css !== 'string' ||
    typeof parsed.fitJs !== 'string'
  ) {
    throw new Error(`The export assets in ${prebuilt} are damaged or old; rebuild the app.`);
  }
  return { revealJs: parsed.revealJs, fitJs: parsed.fitJs, css: parsed.css };
}

/** Writes the assets read from the sources under `root` to {@link PREBUILT_ASSETS} (run by `npm run build`). */
export async function writePrebuiltAssets(root: string): Promise<string> {
  const target = join(root, PREBUILT_ASSETS);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, JSON.stringify(await readSourceAssets(root)));
  return target;
}

/** Reads every asset from the sources: the theme modules and reveal.js's dist folder under `root`. */
async function readSourceAssets(root: string): Promise<ExportAssets> {
  const themesDir = join(root, 'renderer', 'src', 'themes');
  const index = await readFile(join(themesDir, 'index.ts'), 'utf8');
  const parts: string[] = [];
  for (const match of index.matchAll(CSS_IMPORT)) {
    const path = cssPath(root, themesDir, match[1] ?? '');
    parts.push(await inlineFonts(await readFile(path, 'utf8'), dirname(path)));
  }
  if (parts.length === 0) throw new Error(`No theme stylesheets found in ${join(themesDir, 'index.ts')}.`);
  const revealJs = await readFile(join(root, 'node_modules', 'reveal.js', 'dist', 'reveal.js'), 'utf8');
  return { revealJs, fitJs: await fitScript(root), css: parts.join('\n') };
}

/** The autofit module, self-contained by design, compiled to a plain script that sets `window.BriefdeckFit`. */
export const FIT_MODULE = join('renderer', 'src', 'fit', 'fitSlides.ts');

/**
 * Compiles {@link FIT_MODULE} with TypeScript (a build tool, present wherever the sources are) into ES2019
 * CommonJS and wraps it so its exports land on `window.BriefdeckFit`: the export runs the very routine the app does.
 */
async function fitScript(root: string): Promise<string> {
  const source = await readFile(join(root, FIT_MODULE), 'utf8');
  const ts = (await import('typescript')).default;
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.CommonJS, removeComments: true },
  });
  return `(function (exports) {\n${outputText}\n})(window.BriefdeckFit = {});`;
}
