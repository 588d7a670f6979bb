/**
 * The file behind the editor: where it lives, the hash it had when read or last saved (for conflict detection),
 * and the deck as saved (to tell whether there are unsaved changes). Pure helpers, tested without a host.
 */
import type { DeckDocument } from '../../../electron/ipc/contract';
import type { Deck } from '../../../slides/model';

/** What the editor knows about its file. */
export interface DocumentInfo {
  /** Absolute path, or null for a deck never saved (new, imported, or the bundled briefing). */
  path: string | null;
  /** SHA-256 of the file's bytes when read or last saved; guards saves against changes on disk. */
  hash: string | null;
  /** True for the bundled briefing (saving it asks for a new path). */
  bundled: boolean;
  /** The deck as it was last opened or saved: the editor has unsaved changes when its deck is another object. */
  savedDeck: Deck | null;
  /** Key of this document's crash-recovery journal. */
  journalKey: string;
  /** Why the file must not be saved in place (not valid UTF-8): Save then means Save As. */
  readOnly?: string;
}

const NON_KEY_CHARACTERS = /[^A-Za-z0-9]+/g;
const DECK_EXTENSION = /(\.deck)?\.md$/i;
const PATH_SEPARATOR = /[\\/]/;

/** A journal key for a path (stable across sessions, so a crash's journal is found again), or a fresh one. */
export function journalKeyFor(
  path: string | null,
  random: () => string = () => Math.random().toString(36).slice(2, 10),
): string {
  if (path === null) return `untitled-${random()}`;
  let hash = 5381;
  for (let index = 0; index < path.length; index += 1) hash = ((hash * 33) ^ path.charCodeAt(index)) >>> 0;
  const stem = fileName(path).replace(DECK_EXTENSION, '').replace(NON_KEY_CHARACTERS, '-').slice(0, 40);
  return `${stem || 'deck'}-${hash.toString(36)}`;
}

/** The last part of a path. */
export function fileName(path: string): string {
  return path.split(PATH_SEPARATOR).pop() ?? path;
}

/** Document info for a deck the host handed over. */
export function documentFrom(doc: DeckDocument, deck: Deck): DocumentInfo {
  return {
    path: doc.path,
    hash: doc.hash,
    bundled: doc.bundled === true,
    savedDeck: deck,
    journalKey: journalKeyFor(doc.path),
    ...(doc.readOnly ? { readOnly: doc.readOnly } : {}),
  };
}

/** True when the editor's deck differs from the saved one. */
export function isModified(info: DocumentInfo, deck: Deck): boolean {
  return info.savedDeck !== deck;
}

/** The name offered by Save As: the file's own name, else one made from the deck title. */
export function suggestedName(info: DocumentInfo, title: string): string {
  if (info.path) return fileName(info.path);
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // At most 60 characters, cut between words (never "…-supposed-to-ch").
  const stem = slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '') || slug.slice(0, 60);
  return `${stem || 'untitled'}.deck.md`;
}

/** The window title: file name (or deck title), a dot when modified. */
export function windowTitle(info: DocumentInfo, deckTitle: string, modified: boolean): string {
  const name = info.path ? fileName(info.path) : deckTitle || 'Untitled';
  return `${modified ? '● ' : ''}${name} — Briefdeck`;
}
