import { randomBytes } from 'node:crypto';
import type { PrintJob } from '../../ipc/contract';

/**
 * Print jobs waiting for their print view. The exporter registers a job, opens `print.html?job=ID`, and the page
 * asks for it through the `print:job` channel (IPC in Electron, HTTP for Chromium). Ids are 128 random bits.
 */
const jobs = new Map<string, PrintJob>();

/** Registers a job; returns its id and a function that forgets it. */
export function registerPrintJob(job: PrintJob): { id: string; dispose: () => void } {
  const id = randomBytes(16).toString('hex');
  jobs.set(id, job);
  return { id, dispose: () => jobs.delete(id) };
}

/** The job registered under `id`, or null. */
export function printJob(id: string): PrintJob | null {
  return jobs.get(id) ?? null;
}
