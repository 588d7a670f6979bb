/**
 * Is a Markdown file a deck? The format makes front matter optional, so any `.md` parses; but a file opened from
 * the OS as "Open with Briefdeck", or picked by mistake, is often an ordinary Markdown article. A deck has deck
 * front matter (`version`, `theme` or `aspect`), or slide structure: slide attributes, speaker notes, or several
 * slides, two thirds or more of which start with a heading.
 */
import { parseDeck } from './parse';

const DECK_KEYS = new Set(['version', 'theme', 'aspect']);
const FRONT_MATTER_KEY = /^([A-Za-z_][\w-]*)\s*:/gm;
const HEADING_START = /^\s*(?:<!--[\s\S]*?-->\s*)*#{1,6}\s+\S/;

/**
 * Why `text` is not a deck ("it has no deck front matter and no slides"), or null when it is one. Decks written
 * by Briefdeck always pass (they carry `version`).
 */
export function notADeckReason(text: string): string | null {
  const { deck } = parseDeck(text);
  const frontMatter = deck.file.frontMatterRaw;
  const keys = [...frontMatter.matchAll(FRONT_MATTER_KEY)].map((match) => match[1] ?? '');
  if (keys.some((key) => DECK_KEYS.has(key))) return null;
  const slides = deck.slides;
  if (slides.some((slide) => Object.keys(slide.attrs).length > 0 || slide.notes.trim() !== '')) return null;
  const titled = slides.filter((slide) => HEADING_START.test(slide.body)).length;
  if (titled >= 2 && titled * 3 >= slides.length * 2) return null;
  return frontMatter
    ? 'has front matter, but not a deck’s, and no slides'
    : 'has no deck front matter and no slides';
}
