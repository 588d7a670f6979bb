import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { saveFileAtomic } from './atomicFile';

/** How many recent decks are remembered. */
export const MAX_RECENT = 10;
const RECENT_FILE = 'recent.json';

interface RecentFile {
  version: 1;
  files: string[];
}

/** Recently opened decks, newest first, kept in `<userData>/recent.json`. */
export interface RecentList {
  /** Existing recent files, newest first. */
  list(): Promise<string[]>;
  /** Move (or add) a path to the top, dropping duplicates and anything past {@link MAX_RECENT}. */
  add(path: string): Promise<string[]>;
  /** Forget every recent file. */
  clear(): Promise<void>;
}

async function load(file: string): Promise<string[]> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<RecentFile>;
    return Array.isArray(parsed.files) ? parsed.files.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    // A missing or damaged list is only a convenience lost; start afresh.
    return [];
  }
}

/** The recent-files list stored in `userDataDir`. */
export function createRecentList(
  userDataDir: string,
  onChange: (files: string[]) => void = () => undefined,
): RecentList {
  const file = join(userDataDir, RECENT_FILE);
  let queue: Promise<unknown> = Promise.resolve();
  // Updates run one after another, each reading the list the previous one wrote.
  const update = (change: (files: string[]) => string[]): Promise<string[]> => {
    const next = queue.then(async () => {
      const files = change(await load(file));
      const body: RecentFile = { version: 1, files };
      await mkdir(userDataDir, { recursive: true });
      await saveFileAtomic(file, JSON.stringify(body, null, 2) + '\n');
      onChange(files);
      return files;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    async list() {
      return (await load(file)).filter((p) => existsSync(p));
    },
    add(path) {
      return update((files) => [path, ...files.filter((p) => p !== path)].slice(0, MAX_RECENT));
    },
    async clear() {
      await update(() => []);
    },
  };
}
