import type { ImportedArticle } from '../../slides/import/types';
import { readArticleFile } from '../services/import';
import { saveFileAtomic } from '../services/deckFiles';

/** What the CLI touches outside itself; tests pass fakes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads and imports an article file (throws ImportError on bad content, Error when unreadable). */
  readArticle: (path: string) => Promise<ImportedArticle>;
  /** Writes a file atomically. */
  writeFile: (path: string, data: string) => Promise<void>;
}

/** The real thing: process streams, the import service's reader and the atomic save. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readArticle: readArticleFile,
    writeFile: (path, data) => saveFileAtomic(path, data),
  };
}
