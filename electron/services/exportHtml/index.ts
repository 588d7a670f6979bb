/**
 * Self-contained HTML export: one file with reveal.js, the theme, its fonts and the slides inlined, that presents
 * offline from `file://` in any current browser, with a speaker view (S) showing notes, the next step and a timer.
 */
import { fileURLToPath } from 'node:url';

import { parseDeck } from '../../../slides/index';
import { renderNotesHtml, renderSectionHtml } from '../../../slides/render/slide';
import { saveFileAtomic } from '../atomicFile';
import { deckImageResolver } from '../sanitize/images';
import { nodeSanitizer } from '../sanitize/index';
import type { Handler } from '../types';
import { loadExportAssets, type ExportAssets } from './assets';
import { buildExportPage } from './page';

/** Options of {@link exportHtml}. */
export interface ExportHtmlOptions {
  /** Where `renderer/src/themes` and `node_modules` are (default: this repository). */
  appRoot?: string;
  /** Pre-loaded assets (tests and repeated exports reuse them). */
  assets?: ExportAssets;
  /** The deck's folder: its local images are embedded from there (else they show as "not found"). */
  deckDir?: string;
}

const SLIDE_SIZE = { '16:9': { width: 1280, height: 720 }, '4:3': { width: 1024, height: 768 } } as const;
const DECK_EXTENSION = /(?:\.deck)?\.md$/i;
const HTML_FILTERS = [{ name: 'Web page', extensions: ['html'] }];

/** The repository root, from this file's location (electron/services/exportHtml/). */
export function defaultAppRoot(): string {
  return fileURLToPath(new URL('../../../', import.meta.url));
}

/** Renders a deck's text as one self-contained HTML document. */
export async function exportHtml(deckText: string, options: ExportHtmlOptions = {}): Promise<string> {
  const { deck } = parseDeck(deckText);
  if (deck.slides.length === 0) throw new Error('The deck has no slides to export.');
  // The slides' HTML goes through the renderer's sanitiser profile on a parsed DOM, which is then audited
  // element by element (sanitize throws on anything outside the allowlist); the file's CSP is a second wall.
  const sanitizer = await nodeSanitizer();
  const resolveImage = options.deckDir ? await deckImageResolver(deckText, options.deckDir) : undefined;
  const sections = deck.slides.map((slide) => sanitizer.sanitize(renderSectionHtml(slide), resolveImage));
  const notes = deck.slides.map((slide) => sanitizer.sanitize(renderNotesHtml(slide), resolveImage));
  const assets = options.assets ?? (await loadExportAssets(options.appRoot ?? defaultAppRoot()));
  return buildExportPage({
    title: deck.meta.title || 'Briefing',
    themeClass: `theme-${deck.meta.theme}`,
    ...SLIDE_SIZE[deck.meta.aspect],
    sections,
    notes,
    revealJs: assets.revealJs,
    fitJs: assets.fitJs,
    css: assets.css,
  });
}

/** Exports to a file atomically; returns the number of bytes written. */
export async function exportHtmlFile(
  deckText: string,
  outPath: string,
  options: ExportHtmlOptions = {},
): Promise<number> {
  const html = await exportHtml(deckText, options);
  await saveFileAtomic(outPath, html);
  return Buffer.byteLength(html, 'utf8');
}

/** The `export:html` channel handler: asks for a path when none is given (null when the user cancels). */
export const exportHtmlHandler: Handler<'export:html'> = async (request, context) => {
  const title = parseDeck(request.text).deck.meta.title || 'briefing';
  const outPath =
    request.outPath ??
    (await context.dialogs.showSave({
      title: 'Export self-contained HTML',
      defaultName: `${title.replace(/[/\\:*?"<>|\0]+/g, '-').slice(0, 80)}.html`.replace(
        DECK_EXTENSION,
        '.html',
      ),
      filters: HTML_FILTERS,
    }));
  if (!outPath) return null;
  try {
    const bytes = await exportHtmlFile(request.text, outPath, { appRoot: context.appRoot });
    return { ok: true, path: outPath, bytes };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
};
