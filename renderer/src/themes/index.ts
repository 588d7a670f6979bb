/**
 * The bundled themes and their fonts. Every file here is bundled by Vite; nothing is fetched at run time.
 * A theme applies to the element carrying its class (`theme-briefing`, `theme-night`, `theme-paper`).
 */
import type { ThemeName } from '../../../slides/model';
import 'reveal.js/reveal.css';
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-400-italic.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-400-italic.css';
import '@fontsource/source-serif-4/latin-600.css';
import '@fontsource/source-serif-4/latin-700.css';
import '@fontsource/ibm-plex-sans/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-400-italic.css';
import '@fontsource/ibm-plex-sans/latin-600.css';
import '@fontsource/ibm-plex-sans/latin-700.css';
import '@fontsource/ibm-plex-mono/latin-400.css';
import './base.css';
import './layouts.css';
import './briefing.css';
import './night.css';
import './paper.css';
import './content.css';

/** The class that applies a theme to an element and its descendants. */
export function themeClass(theme: ThemeName): string {
  return `theme-${theme}`;
}
