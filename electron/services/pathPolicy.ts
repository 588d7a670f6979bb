/**
 * Which files a host request may touch. Reading a deck (`deck:open`) takes any path the user typed or picked, but
 * only a deck: a `.md` file, also when it is reached through a symbolic link. Writing is like "Save As": a save or an
 * export overwrites only a file the user chose (through a dialog, by opening it, or from Recent), and creates a new
 * file only in a folder the user chose (a deck's own folder, the folder of a chosen file, the web host's save folder).
 * Anything else is refused with a message that says what to do instead.
 */
import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { HostRequestError } from './types';

const DECK_NAME = /\.md$/i;

/** Paths the user chose in this session. */
export interface PathGrants {
  /** The user chose this file (so it may be overwritten), and with it its folder (new files may go there). */
  grantFile(path: string): void;
  /** New files may be created in this folder. */
  grantFolder(path: string): void;
  /** Was this exact file chosen? */
  hasFile(path: string): boolean;
  /** Was this folder chosen? */
  hasFolder(path: string): boolean;
}

/** An empty set of grants. */
export function createPathGrants(): PathGrants {
  const files = new Set<string>();
  const folders = new Set<string>();
  return {
    grantFile(path) {
      files.add(resolve(path));
      folders.add(dirname(resolve(path)));
    },
    grantFolder(path) {
      folders.add(resolve(path));
    },
    hasFile: (path) => files.has(resolve(path)),
    hasFolder: (path) => folders.has(resolve(path)),
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Refuse a path that is not a deck: its name must end in `.md`, and when it is a symbolic link, so must the file it
 * leads to, which must be a regular file (a link named `x.md` to `/etc/passwd` is refused).
 */
export async function assertDeckTarget(path: string): Promise<void> {
  if (!DECK_NAME.test(path))
    throw new HostRequestError(`${path} is not a deck: Briefdeck opens .deck.md (or .md) files.`);
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new HostRequestError(`${path} does not exist.`);
    throw error;
  }
  if (!info.isSymbolicLink()) return;
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    throw new HostRequestError(`${path} is a link to a file that does not exist.`);
  }
  if (!DECK_NAME.test(target) || !(await stat(target)).isFile()) {
    throw new HostRequestError(
      `${path} is a link to ${target}, which is not a deck (.md) file; Briefdeck does not open it.`,
    );
  }
}

/**
 * May a save or an export write `path`? Yes when the user chose that very file, or when it is a new file in a folder
 * the user chose and its name has one of `extensions`. `recent` are the Recent files (chosen in earlier sessions).
 */
export async function assertWritableChoice(
  grants: PathGrants,
  path: string,
  extensions: readonly string[],
  recent: readonly string[],
): Promise<void> {
  if (grants.hasFile(path) || recent.some((item) => resolve(item) === resolve(path))) return;
  if (!extensions.some((extension) => path.toLowerCase().endsWith(extension))) {
    throw new HostRequestError(`${path}: choose a name ending in ${extensions.join(' or ')}.`);
  }
  if (await exists(path)) {
    throw new HostRequestError(
      `${path} already exists and you did not choose to replace it; choose it with Save As (or another name).`,
    );
  }
  if (!grants.hasFolder(dirname(resolve(path)))) {
    throw new HostRequestError(
      `Briefdeck writes only where you chose to save; ${dirname(resolve(path))} was not chosen. Use Save As.`,
    );
  }
}
