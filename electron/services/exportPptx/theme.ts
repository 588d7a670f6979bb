/**
 * A deck theme's colours and font names for PowerPoint, read from the same CSS the app and the HTML export use
 * (`.theme-<name> { --r-…; --bd-… }` in the export assets), so the PPTX follows theme edits.
 */
import type { ThemeName } from '../../../slides/model';

/** Colours as 6-digit hex without `#` (pptxgenjs' form), and the first family of each font stack. */
export interface PptxTheme {
  background: string;
  text: string;
  heading: string;
  accent: string;
  accentSoft: string;
  muted: string;
  rule: string;
  surface: string;
  link: string;
  bodyFont: string;
  headingFont: string;
  codeFont: string;
}

const FALLBACK: PptxTheme = {
  background: 'FFFFFF',
  text: '1F2933',
  heading: '102A43',
  accent: 'C2410C',
  accentSoft: 'FDE6D8',
  muted: '52606D',
  rule: 'D9E2EC',
  surface: 'F3F6F9',
  link: '1D5FA8',
  bodyFont: 'Source Sans 3',
  headingFont: 'Source Serif 4',
  codeFont: 'IBM Plex Mono',
};

const VARIABLES: Record<keyof PptxTheme, string> = {
  background: '--r-background-color',
  text: '--r-main-color',
  heading: '--r-heading-color',
  accent: '--bd-accent',
  accentSoft: '--bd-accent-soft',
  muted: '--bd-muted',
  rule: '--bd-rule',
  surface: '--bd-surface',
  link: '--r-link-color',
  bodyFont: '--r-main-font',
  headingFont: '--r-heading-font',
  codeFont: '--r-code-font',
};

function hexColour(value: string): string | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return undefined;
  const hex = match[1] ?? '';
  return (hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toUpperCase();
}

function firstFamily(value: string): string | undefined {
  const first = value
    .split(',')[0]
    ?.trim()
    .replace(/^['"]|['"]$/g, '');
  return first || undefined;
}

/** The theme's values from the export CSS (missing ones fall back to the briefing theme's). */
export function pptxTheme(css: string, theme: ThemeName): PptxTheme {
  const block = new RegExp(`\\.theme-${theme}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  const declared = new Map<string, string>();
  for (const match of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
    declared.set(match[1] ?? '', match[2] ?? '');
  const result = { ...FALLBACK };
  for (const key of Object.keys(VARIABLES) as (keyof PptxTheme)[]) {
    const raw = declared.get(VARIABLES[key]);
    if (raw === undefined) continue;
    const value = key.endsWith('Font') ? firstFamily(raw) : hexColour(raw);
    if (value) result[key] = value;
  }
  return result;
}
