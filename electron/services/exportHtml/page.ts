/**
 * Assembles the one-file HTML page of an export: the slides pre-rendered, every asset inlined, and a strict
 * Content-Security-Policy that names each inline script and style by its SHA-256, so nothing but those runs and
 * nothing at all is fetched (no remote origin, no `connect-src`).
 */
import { createHash } from 'node:crypto';
import { EXPORT_CSS, RUNTIME_SCRIPT, SPEAKER_TEMPLATE } from './runtime';

/** What the page shows. */
export interface ExportPage {
  title: string;
  lang?: string;
  themeClass: string;
  width: number;
  height: number;
  /** `<section>` elements, already rendered and checked. */
  sections: string[];
  /** Each slide's notes as HTML. */
  notes: string[];
  revealJs: string;
  /** The autofit script (defines `BriefdeckFit`), run before the runtime. */
  fitJs?: string;
  /** reveal's CSS and the themes with their fonts inlined. */
  css: string;
}

/** `'sha256-…'` for a CSP source list. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The CSP of an exported file: only the given inline scripts and styles; images and fonts from data: only. */
export function exportCsp(scripts: readonly string[], styles: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(cspHash).join(' ')}`,
    `style-src ${styles.map(cspHash).join(' ')}`,
    'img-src data:',
    'font-src data:',
    "connect-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const HTML_SPECIAL = /[&<>"]/g;
/** `</script` or `<!--` inside inlined script text would end or confuse the element. */
const SCRIPT_BREAKERS = /<\/(script)|<!--/gi;

function escapeText(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => ESCAPES[c] ?? c);
}

/** JSON safe to put inside a `<script type="application/json">`. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function safeScript(text: string): string {
  return text.replace(SCRIPT_BREAKERS, (match, tag: string | undefined) => (tag ? `<\\/${tag}` : '<\\!--'));
}

/** The complete HTML document. */
export function buildExportPage(page: ExportPage): string {
  const revealJs = safeScript(page.revealJs);
  const runtime = safeScript(RUNTIME_SCRIPT);
  const fit = safeScript(page.fitJs ?? '');
  const css = `${page.css}\n${EXPORT_CSS}`.replace(/<\/style/gi, '<\\/style');
  const data = {
    title: page.title,
    themeClass: page.themeClass,
    width: page.width,
    height: page.height,
    notes: page.notes,
  };
  return [
    '<!doctype html>',
    `<html lang="${escapeText(page.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${exportCsp([revealJs, fit, runtime], [css])}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Briefdeck">',
    `<title>${escapeText(page.title)}</title>`,
    `<style id="briefdeck-style">${css}</style>`,
    '</head>',
    '<body>',
    `<div class="deck-frame ${escapeText(page.themeClass)}"><div class="reveal"><div class="slides">`,
    ...page.sections,
    '</div></div></div>',
    `<template id="briefdeck-speaker-template">${SPEAKER_TEMPLATE}</template>`,
    `<script type="application/json" id="briefdeck-data">${scriptJson(data)}</script>`,
    `<script>${revealJs}</script>`,
    `<script>${fit}</script>`,
    `<script>${runtime}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
