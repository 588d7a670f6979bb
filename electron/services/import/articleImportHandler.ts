/**
 * The 'article:import' channel: imports a file (the given path, or one the user picks) or pasted text, and drafts
 * a deck from it in a worker thread with time and memory limits, so the UI never waits on a parser.
 */
import { ImportError } from '../../../slides/import/types';
import type { Handler, FileFilter } from '../types';
import { importInWorker } from './importInWorker';
import type { DraftStepResult } from './draftStep';
import type { WorkerInput } from './workerProtocol';

/** Dialog filters for article files. */
export const ARTICLE_FILTERS: FileFilter[] = [
  { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'] },
];

/** Limits for one import-and-draft run. */
export interface ArticleImportLimits {
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
}

const DEFAULT_LIMITS: ArticleImportLimits = { timeoutMs: 20_000, maxOldGenerationSizeMb: 512 };
const FIRST_LINE = /\r?\n[\s\S]*$/;

/** The step module: the TypeScript source when running from sources, the built `draftStep.js` otherwise. */
function draftStepModule(): string {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './draftStep.ts' : './draftStep.js', import.meta.url).href;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(FIRST_LINE, '').trim() || 'The article could not be imported.';
}

/** Creates the handler; tests pass shorter limits. */
export function createArticleImportHandler(
  limits: Partial<ArticleImportLimits> = {},
): Handler<'article:import'> {
  const { timeoutMs, maxOldGenerationSizeMb } = { ...DEFAULT_LIMITS, ...limits };
  return async (request, context) => {
    let input: WorkerInput;
    if (request.text !== undefined) input = { text: request.text };
    else if (request.path) input = { path: request.path };
    // A dropped file's bytes: the importer reads them by their content, as it does a file on disk.
    else if (request.file)
      input = {
        bytes: new Uint8Array(Buffer.from(request.file.base64, 'base64')),
        fileName: request.file.name,
      };
    else {
      if (context.host === 'web')
        return {
          ok: false,
          message: 'Choosing a file is not available here: give a path or paste the text.',
        };
      let picked: string | null;
      try {
        picked = await context.dialogs.showOpen({ title: 'Import article', filters: ARTICLE_FILTERS });
      } catch (error) {
        return { ok: false, message: oneLine(error) };
      }
      if (!picked) return null;
      input = { path: picked };
    }
    try {
      const { stepResult } = await importInWorker(input, {
        timeoutMs,
        maxOldGenerationSizeMb,
        step: { module: draftStepModule(), exportName: 'draftStep', options: { slides: request.slides } },
      });
      const draft = stepResult as DraftStepResult;
      return {
        ok: true,
        deck: { path: null, text: draft.text, hash: null },
        article: {
          title: draft.title,
          ...(draft.standfirst.length ? { standfirst: draft.standfirst } : {}),
          paragraphs: draft.paragraphs,
          ...(draft.authorBio ? { authorBio: draft.authorBio } : {}),
        },
      };
    } catch (error) {
      return { ok: false, message: error instanceof ImportError ? error.message : oneLine(error) };
    }
  };
}

/** The handler with the default limits (20 s, 512 MB). */
export const articleImportHandler = createArticleImportHandler();
