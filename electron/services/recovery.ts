import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSource, RecoveryStep } from '../ipc/contract';
import { saveFileAtomic } from './atomicFile';

/** What a journal keeps besides the text: the article and the latest undo steps. */
export interface RecoveryExtras {
  article?: ArticleSource;
  history?: RecoveryStep[];
}

/** One crash-recovery journal: the unsaved text of a document, with its article and undo steps. */
export interface RecoveryEntry extends RecoveryExtras {
  key: string;
  path: string | null;
  text: string;
  /** ISO time of the last write. */
  savedAt: string;
}

/** Journals of unsaved edits, one file per document key in `<userData>/recovery/`. */
export interface RecoveryStore {
  write(key: string, text: string, path: string | null, extras?: RecoveryExtras): Promise<void>;
  /** Every readable journal, newest first; damaged journals are skipped, never deleted. */
  list(): Promise<RecoveryEntry[]>;
  clear(key: string): Promise<void>;
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const JOURNAL_SUFFIX = '.journal.json';

function journalName(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error(`invalid recovery key: ${JSON.stringify(key)}`);
  return key + JOURNAL_SUFFIX;
}

function isEntry(value: unknown): value is RecoveryEntry {
  const v = value as Partial<RecoveryEntry> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.key === 'string' &&
    typeof v.text === 'string' &&
    typeof v.savedAt === 'string' &&
    (v.path === null || typeof v.path === 'string') &&
    (v.article === undefined || (typeof v.article === 'object' && Array.isArray(v.article?.paragraphs))) &&
    (v.history === undefined ||
      (Array.isArray(v.history) &&
        v.history.every((step) => typeof step?.text === 'string' && Number.isInteger(step?.current))))
  );
}

/** The recovery journals stored under `userDataDir`. `now` is injectable for tests. */
export function createRecoveryStore(userDataDir: string, now: () => Date = () => new Date()): RecoveryStore {
  const folder = join(userDataDir, 'recovery');
  return {
    async write(key, text, path, extras = {}) {
      const name = journalName(key);
      await mkdir(folder, { recursive: true });
      const entry: RecoveryEntry = { key, path, text, savedAt: now().toISOString(), ...extras };
      await saveFileAtomic(join(folder, name), JSON.stringify(entry));
    },
    async list() {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch {
        return [];
      }
      const entries: RecoveryEntry[] = [];
      for (const name of names.filter((n) => n.endsWith(JOURNAL_SUFFIX))) {
        try {
          const parsed: unknown = JSON.parse(await readFile(join(folder, name), 'utf8'));
          if (isEntry(parsed) && parsed.key + JOURNAL_SUFFIX === name) entries.push(parsed);
        } catch {
          // A torn or foreign file is left alone for a person to inspect.
        }
      }
      return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async clear(key) {
      await rm(join(folder, journalName(key)), { force: true });
    },
  };
}
