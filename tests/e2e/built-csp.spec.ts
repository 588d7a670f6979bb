/**
 * The built pages carry the strict CSP (no unsafe-inline, no unsafe-eval, no remote origin), the same policy the
 * app protocol and the web host send as a header, and load nothing from outside the bundle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/staticFiles';

const PAGES = ['index.html', 'present.html', 'print.html'];
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i;
const SOURCES = /\s(?:src|href)="([^"]+)"/g;

/** A policy as a map of directive → sources, to compare policies regardless of order and spacing. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values.sort().join(' ')]),
  );
}

for (const page of PAGES) {
  test(`built ${page}: strict CSP, the same as the header, and only bundled assets`, () => {
    const html = readFileSync(join('out', 'renderer', page), 'utf8');
    const policy = CSP_META.exec(html)?.[1];
    expect(policy, 'a CSP meta tag').toBeTruthy();
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*|ws:/);
    // frame-ancestors only works as a header; everything else must match it exactly.
    const { 'frame-ancestors': _headerOnly, ...header } = directives(CONTENT_SECURITY_POLICY);
    expect(directives(policy!)).toEqual(header);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    for (const [, url] of html.matchAll(SOURCES))
      expect(url, `${page} loads ${url}`).toMatch(/^(\.?\/|data:)/);
  });
}
