/**
 * `deck:addImage`: an image dropped or pasted onto a slide is copied beside its deck, into `images/` in the deck's
 * own folder. Only real images go in (PNG, JPEG, GIF, WebP by their magic bytes; SVG parsed as XML with an `<svg>`
 * root), up to 20 MB. A file already there is never overwritten: the copy takes a free name (`chart-2.png`), and
 * an image whose bytes are already in the folder is reused instead of copied again. The bytes are written as
 * given (an SVG's scripts never run: slides show images through `<img>`, where SVG is inert).
 * Which decks may receive images (the ones the user opened or saved) is checked by `hostServices.ts`.
 */
import { mkdir, open, readdir, readFile, realpath, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  IMAGE_FOLDER,
  IMAGE_KINDS_TEXT,
  MAX_ADDED_IMAGE_BYTES,
  safeImageStem,
  sniffImageKind,
  type ImageKind,
} from '../../slides/render/imageFile';
import { localImageType } from '../../slides/render/htmlPolicy';
import type { Contract } from '../ipc/contract';
import { saveFileAtomic, toSaveError } from './atomicFile';
import { HostRequestError, type Handler } from './types';

/** What `deck:addImage` answers. */
export type AddedImage = Contract['deck:addImage']['response'];

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** Names a reused file may have: they go into Markdown as they are. */
const PLAIN_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The most numbered names tried (`chart-2.png` … `chart-999.png`). */
const MAX_NAME_TRIES = 999;
const FIRST_LINE = /^[^\n]*/;

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Refuse an SVG that is not well-formed XML with an `<svg>` root in the SVG namespace. */
async function assertSvgDocument(name: string, bytes: Uint8Array): Promise<void> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HostRequestError(`${name} is not a valid SVG file: it is not UTF-8 text.`);
  }
  // jsdom parses XML strictly (saxes), never runs scripts and loads nothing.
  const { JSDOM } = await import('jsdom');
  let dom;
  try {
    dom = new JSDOM(text, { contentType: 'image/svg+xml' });
  } catch (error) {
    const detail = FIRST_LINE.exec(error instanceof Error ? error.message : String(error))?.[0] ?? '';
    throw new HostRequestError(`${name} is not a valid SVG file: its XML does not parse (${detail}).`);
  }
  try {
    const root = dom.window.document.documentElement;
    if (root?.localName !== 'svg' || root.namespaceURI !== SVG_NAMESPACE) {
      throw new HostRequestError(`${name} is not a valid SVG file: its root element is not <svg>.`);
    }
  } finally {
    dom.window.close();
  }
}

/** The image kind of the bytes, or a clear refusal. */
export async function checkImageBytes(name: string, bytes: Uint8Array): Promise<ImageKind> {
  if (bytes.length === 0) throw new HostRequestError(`${name} is empty.`);
  if (bytes.length > MAX_ADDED_IMAGE_BYTES) {
    throw new HostRequestError(
      `${name} is ${megabytes(bytes.length)} MB; images up to ${megabytes(MAX_ADDED_IMAGE_BYTES)} MB can be added.`,
    );
  }
  const kind = sniffImageKind(bytes);
  if (!kind) throw new HostRequestError(`${name} is not an image Briefdeck can show (${IMAGE_KINDS_TEXT}).`);
  if (kind.ext === 'svg') await assertSvgDocument(name, bytes);
  return kind;
}

/**
 * The deck's `images/` folder, created when missing; refused when it is not a real folder right inside the deck's.
 * Answers its path and its name as the file system spells it (`Images` on a case-insensitive disk).
 */
async function imageFolder(deckPath: string): Promise<{ path: string; name: string }> {
  let deckDir: string;
  try {
    deckDir = await realpath(dirname(deckPath));
  } catch {
    throw new HostRequestError(
      `The deck's folder ${dirname(deckPath)} no longer exists; save the deck again.`,
    );
  }
  const folder = join(deckDir, IMAGE_FOLDER);
  try {
    await mkdir(folder);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw toSaveError(error, folder);
  }
  const real = await realpath(folder);
  const name = basename(real);
  if (dirname(real) !== deckDir || name.toLowerCase() !== IMAGE_FOLDER || !(await stat(real)).isDirectory()) {
    throw new HostRequestError(
      `${folder} is not a folder inside the deck's folder (it is a file or a link elsewhere); images are not copied there.`,
    );
  }
  return { path: real, name };
}

/** A file in the folder with exactly these bytes and the same kind, to reuse instead of a second copy. */
async function identicalFile(folder: string, bytes: Uint8Array, kind: ImageKind): Promise<string | null> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !PLAIN_FILE_NAME.test(entry.name) || localImageType(entry.name) !== kind.mime)
      continue;
    const path = join(folder, entry.name);
    try {
      if ((await stat(path)).size !== bytes.length) continue;
      if (Buffer.from(bytes).equals(await readFile(path))) return entry.name;
    } catch {
      // Gone or unreadable: not a match.
    }
  }
  return null;
}

/** Claims a free name in the folder (an empty file created exclusively, so nothing is ever overwritten). */
async function claimFreeName(folder: string, stem: string, ext: string): Promise<string> {
  for (let n = 1; n <= MAX_NAME_TRIES; n += 1) {
    const name = n === 1 ? `${stem}.${ext}` : `${stem}-${n}.${ext}`;
    try {
      const handle = await open(join(folder, name), 'wx', 0o644);
      await handle.close();
      return name;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw toSaveError(error, join(folder, name));
    }
  }
  throw new HostRequestError(
    `${folder} already holds ${MAX_NAME_TRIES} images named ${stem}; rename the file.`,
  );
}

/**
 * Copies an image beside the deck at `deckPath` (into `images/`) and answers its deck-relative path. `name` is the
 * file's own name: it names the copy (made safe), never its type, which the bytes decide.
 */
export async function addDeckImage(deckPath: string, name: string, bytes: Uint8Array): Promise<AddedImage> {
  const label = basename(name) || 'The image';
  const kind = await checkImageBytes(label, bytes);
  const folder = await imageFolder(deckPath);
  const same = await identicalFile(folder.path, bytes, kind);
  if (same) return { relativePath: `${folder.name}/${same}`, reused: true };
  const fileName = await claimFreeName(folder.path, safeImageStem(name), kind.ext);
  const path = join(folder.path, fileName);
  try {
    await saveFileAtomic(path, bytes);
  } catch (error) {
    await unlink(path).catch(() => undefined);
    throw error;
  }
  return { relativePath: `${folder.name}/${fileName}`, reused: false };
}

/** The `deck:addImage` handler: the request's base64 bytes copied beside its deck. */
export const addImageHandler: Handler<'deck:addImage'> = async (request) =>
  addDeckImage(request.deckPath, request.name, Buffer.from(request.base64, 'base64'));
