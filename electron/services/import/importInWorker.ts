/**
 * Runs an import (and an optional step such as drafting) in a worker thread with a memory cap and a time limit,
 * so a hostile file can neither hang nor crash the app: on timeout the worker is terminated.
 */
import { Worker } from 'node:worker_threads';
import { ImportError, type ImportedArticle } from '../../../slides/import/types';
import type { WorkerInput, WorkerReply, WorkerRequest, WorkerStep } from './workerProtocol';

/** Limits and wiring for {@link importInWorker}. */
export interface WorkerImportOptions {
  /** Wall-clock limit; default 20,000 ms. */
  timeoutMs?: number;
  /** V8 old-generation cap for the worker; default 512 MB. */
  maxOldGenerationSizeMb?: number;
  /** Run in the worker after the import (see {@link WorkerStep}). */
  step?: WorkerStep;
  /**
   * The built worker script. Default: `importWorker.js` beside the running bundle, or, when running from
   * TypeScript sources (tsx, vitest), `importWorker.ts` loaded through `tsWorkerBootstrap.mjs`.
   */
  workerUrl?: URL;
}

/** The imported article, and the step's result when a step was given. */
export interface WorkerImportResult {
  article: ImportedArticle;
  stepResult?: unknown;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_OLD_GENERATION_MB = 512;

function workerScript(options: WorkerImportOptions): { url: URL; entry?: string } {
  if (options.workerUrl) return { url: options.workerUrl };
  if (import.meta.url.endsWith('.ts')) {
    return {
      url: new URL('./tsWorkerBootstrap.mjs', import.meta.url),
      entry: new URL('./importWorker.ts', import.meta.url).href,
    };
  }
  return { url: new URL('./importWorker.js', import.meta.url) };
}

/**
 * Imports in a worker. Rejects with ImportError 'timeout' after `timeoutMs`, 'too-large' when the worker runs
 * out of memory, or the importer's own ImportError; other failures reject with an Error.
 */
export function importInWorker(
  input: WorkerInput,
  options: WorkerImportOptions = {},
): Promise<WorkerImportResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxOldGenerationSizeMb = options.maxOldGenerationSizeMb ?? DEFAULT_MAX_OLD_GENERATION_MB;
  const { url, entry } = workerScript(options);
  const request: WorkerRequest = { input, step: options.step, entry };
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(url, {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb },
      stdout: false,
    });
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      const seconds = Math.round(timeoutMs / 100) / 10;
      finish(() =>
        reject(
          new ImportError(
            `Importing took longer than ${seconds} s and was stopped; the article may be too long or too complex (try a shorter extract).`,
            'timeout',
          ),
        ),
      );
    }, timeoutMs);
    worker.once('message', (reply: WorkerReply) =>
      finish(() => {
        if (reply.ok) resolve({ article: reply.article, stepResult: reply.stepResult });
        else reject(reply.code ? new ImportError(reply.message, reply.code) : new Error(reply.message));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(
            new ImportError(
              `Importing needed more than ${maxOldGenerationSizeMb} MB of memory and was stopped.`,
              'too-large',
            ),
          );
        } else reject(error);
      }),
    );
    worker.once('exit', (code) =>
      finish(() => reject(new Error(`The import worker stopped unexpectedly (exit code ${code}).`))),
    );
  });
}
