/** Node side of article import: file reading with limits, Word documents, and the sandboxing worker. */
export { readArticleFile, readArticleBytes } from './readArticleFile';
export { importDocx } from './importDocx';
export { importInWorker, type WorkerImportOptions, type WorkerImportResult } from './importInWorker';
export type { WorkerInput, WorkerStep } from './workerProtocol';
