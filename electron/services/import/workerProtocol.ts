/** Messages between {@link importInWorker} and its worker. Everything here must survive structured cloning. */
import type { ArticleInput } from '../../../slides/import/importArticle';
import type { ImportedArticle, ImportErrorCode } from '../../../slides/import/types';

/** What the worker imports: a file's bytes, pasted text, or a path it reads itself (with the size limits). */
export type WorkerInput = ArticleInput | { path: string };

/**
 * An optional step run in the worker on the imported article, e.g. drafting: the module is imported there and
 * `module[exportName](article, options)` is awaited. Its result must be structured-cloneable.
 */
export interface WorkerStep {
  /** Module URL (`file:`) or absolute path. */
  module: string;
  /** Export to call; default 'default'. */
  exportName?: string;
  options?: unknown;
}

/** Data handed to the worker. */
export interface WorkerRequest {
  input: WorkerInput;
  step?: WorkerStep;
  /** Source runs only: the TypeScript entry the bootstrap loads through tsx. */
  entry?: string;
}

/** The worker's one reply. */
export type WorkerReply =
  | { ok: true; article: ImportedArticle; stepResult?: unknown }
  | { ok: false; message: string; code?: ImportErrorCode };
