import type { ImportedArticle } from '../../slides/import/types';

/** What the CLI touches outside itself; tests pass fakes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads and imports an article file (throws ImportError on bad content, Error when unreadable). */
  readArticle: (path: string) => Promise<ImportedArticle>;
  /**
   * Imports and drafts an article file in the hosts' limited worker (time and memory); throws like `readArticle`,
   * and ImportError 'timeout' or 'too-large' at the limits. Without it (test fakes), `draft` drafts in-process.
   */
  draftArticle?: (
    path: string,
    options: { slides?: number },
  ) => Promise<{ article: ImportedArticle; text: string }>;
  /** Writes a file atomically. */
  writeFile: (path: string, data: string) => Promise<void>;
  /** stderr is a terminal: progress is a bar redrawn in place, not lines (default: not a terminal). */
  stderrIsTTY?: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
}

/** The real thing: process streams, the import service's reader and the atomic save. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
    // Loaded when first used: a command that reads no article never loads the importers.
    readArticle: async (path) => (await import('../services/import/readArticleFile')).readArticleFile(path),
    draftArticle: async (path, options) => {
      const { draftInWorker } = await import('../services/import/draftInWorker');
      const { article, draft } = await draftInWorker({ path }, options);
      return { article, text: draft.text };
    },
    writeFile: async (path, data) => (await import('../services/atomicFile')).saveFileAtomic(path, data),
  };
}
