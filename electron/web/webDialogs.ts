import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { HostRequestError, type HostDialogs } from '../services/types';

/** A name's stem and extension: `.deck.md` counts as one extension; a name without one gets `.deck.md`. */
const NAME_PATTERN = /^(.*?)((?:\.deck)?\.md|\.[a-z0-9]{1,5})?$/i;

/** A name in `folder` that does not exist yet: `x.deck.md`, then `x (2).deck.md`, … (likewise `x.pdf`). */
export function freshName(folder: string, name: string): string {
  const match = NAME_PATTERN.exec(basename(name));
  const stem = match?.[1] || 'untitled';
  const extension = match?.[2] ?? '.deck.md';
  for (let n = 1; ; n += 1) {
    const candidate = join(folder, n === 1 ? stem + extension : `${stem} (${n})${extension}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Dialogs for the web host, which cannot show any: opening needs an explicit path, and "Save As" writes a new file
 * (never overwriting one) in `saveDir`.
 */
export function createWebDialogs(saveDir: string): HostDialogs {
  return {
    async showOpen() {
      throw new HostRequestError('The web host has no open dialog: pass the path of the deck to open.');
    },
    async showSave({ defaultName }) {
      await mkdir(saveDir, { recursive: true });
      return freshName(saveDir, defaultName);
    },
  };
}
