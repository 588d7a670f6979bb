/**
 * A deck's local images, for the exports: a deck-relative path (`img/chart.png`, normalised by
 * `localImagePath`) read from beside the deck and turned into a data URL. Only files inside the deck's folder
 * (after following symbolic links), with an image extension and at most {@link MAX_IMAGE_BYTES}, are read.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { localImagePath, localImageType, type ImageResolver } from '../../../slides/render/htmlPolicy';
import { localImageRefs } from '../../../slides/render/inlineImages';

/** The most image data one deck carries to the editor (beyond it, images show as "not found"). */
export const MAX_DECK_IMAGE_BYTES = 60 * 1024 * 1024;

/** The largest image file embedded. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** A local image as a data URL, or undefined when it is missing, outside the folder, too large or unreadable. */
export function readDeckImage(deckDir: string, path: string): string | undefined {
  const type = localImageType(path);
  if (!type) return undefined;
  try {
    const root = realpathSync(deckDir);
    const file = realpathSync(join(root, path));
    if (!file.startsWith(root + sep)) return undefined;
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > MAX_IMAGE_BYTES) return undefined;
    return `data:${type};base64,${readFileSync(file).toString('base64')}`;
  } catch {
    return undefined;
  }
}

/** A resolver reading images from beside the deck (each file read once). */
export function deckImageResolverSync(deckDir: string): ImageResolver {
  const cache = new Map<string, string | undefined>();
  return (path) => {
    if (!cache.has(path)) cache.set(path, readDeckImage(deckDir, path));
    return cache.get(path);
  };
}

/** The same, async for callers that may later prefetch (the deck text is not needed today). */
export async function deckImageResolver(_deckText: string, deckDir: string): Promise<ImageResolver> {
  return deckImageResolverSync(deckDir);
}

/**
 * The local images a deck's text names, read from beside it (deck-relative path → data URL), for the editor:
 * only files the deck refers to, inside its folder, within {@link MAX_DECK_IMAGE_BYTES} in all.
 */
export function deckImages(deckText: string, deckDir: string): Record<string, string> {
  const images: Record<string, string> = {};
  let total = 0;
  for (const src of localImageRefs(deckText)) {
    const path = localImagePath(src);
    if (!path || path in images) continue;
    const data = readDeckImage(deckDir, path);
    if (!data || total + data.length > MAX_DECK_IMAGE_BYTES) continue;
    total += data.length;
    images[path] = data;
  }
  return images;
}
