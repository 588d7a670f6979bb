// Source runs only (tsx CLI, vitest): a worker thread does not inherit tsx's loader, so register it here and
// then load the TypeScript entry named in workerData. The built app starts out/main/importWorker.js directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
