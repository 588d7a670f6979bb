/**
 * Import an article and draft a deck from it in the limited import worker (time and memory), as every host does:
 * the Electron app and the web host through `article:import`, and the CLI's `draft` command.
 */
import type { ImportedArticle } from '../../../slides/import/types';
import type { DraftStepOptions, DraftStepResult } from './draftStep';
import { importInWorker, type WorkerImportOptions } from './importInWorker';
import type { WorkerInput } from './workerProtocol';

/** The drafting step's module: the TypeScript source when running from sources, the built `draftStep.js` otherwise. */
export function draftStepModule(): string {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './draftStep.ts' : './draftStep.js', import.meta.url).href;
}

/** The imported article and its draft. */
export interface WorkerDraft {
  article: ImportedArticle;
  draft: DraftStepResult;
}

/**
 * Imports `input` and drafts it in a worker. Rejects with ImportError 'timeout' or 'too-large' when the limits are
 * reached (default: importInWorker's 20 s and 512 MB), or with the importer's own ImportError.
 */
export async function draftInWorker(
  input: WorkerInput,
  options: DraftStepOptions & Pick<WorkerImportOptions, 'timeoutMs' | 'maxOldGenerationSizeMb'> = {},
): Promise<WorkerDraft> {
  const { slides, ...limits } = options;
  const { article, stepResult } = await importInWorker(input, {
    ...limits,
    step: { module: draftStepModule(), exportName: 'draftStep', options: { slides } },
  });
  return { article, draft: stepResult as DraftStepResult };
}
