/**
 * The import worker's entry: reads or decodes the input, imports it, runs the optional step, replies once.
 * Built as its own entry by electron-vite (`out/main/importWorker.js`); run from source through
 * `tsWorkerBootstrap.mjs`.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { importArticle } from '../../../slides/import/importArticle';
import { ImportError, type ImportedArticle } from '../../../slides/import/types';
import { importDocx } from './importDocx';
import { readArticleFile } from './readArticleFile';
import type { WorkerReply, WorkerRequest, WorkerStep } from './workerProtocol';

async function runStep(step: WorkerStep, article: ImportedArticle): Promise<unknown> {
  const url = isAbsolute(step.module) ? pathToFileURL(step.module).href : step.module;
  const loaded = (await import(url)) as Record<string, unknown>;
  const run = loaded[step.exportName ?? 'default'];
  if (typeof run !== 'function')
    throw new Error(`The worker step ${step.exportName ?? 'default'} is not a function.`);
  return (await run(article, step.options)) as unknown;
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const { input } = request;
    const article =
      'path' in input ? await readArticleFile(input.path) : await importArticle(input, { importDocx });
    const stepResult = request.step ? await runStep(request.step, article) : undefined;
    return { ok: true, article, stepResult };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, message: error.message, code: error.code };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

if (parentPort) {
  const port = parentPort;
  void handle(workerData as WorkerRequest).then((reply) => port.postMessage(reply));
}
