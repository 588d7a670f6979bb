/**
 * The drafting step run inside the import worker (see importInWorker's `step`): drafts the deck and splits the
 * article into the sentences its `data-src` references address. Built as its own main entry
 * (`out/main/draftStep.js`) so the worker can load it in the packaged app.
 */
import { analyzeArticle } from '../../../slides/analyze/analyze';
import { draftDeck } from '../../../slides/draft/draftDeck';
import { standfirstSentences } from '../../../slides/analyze/sentences';
import { cleanHeadline } from '../../../slides/draft/plan';
import type { ImportedArticle } from '../../../slides/import/types';

/** Options the handler passes to the step. */
export interface DraftStepOptions {
  slides?: number;
}

/** What the step returns through the worker (structured-cloneable). */
export interface DraftStepResult {
  text: string;
  /** The headline without a section label. */
  title: string;
  /** The standfirst's sentences; `p0.sM` is `standfirst[M - 1]`. */
  standfirst: string[];
  /** Sentences per paragraph; `pN.sM` is `paragraphs[N - 1][M - 1]`. */
  paragraphs: string[][];
  /** The writer's bio the import kept beside the text, if any. */
  authorBio?: string;
  unsupported: string[];
}

/** Drafts `article` and returns the deck text with the article's sentences. */
export function draftStep(article: ImportedArticle, options?: DraftStepOptions): DraftStepResult {
  const { text, report } = draftDeck(article, { slides: options?.slides });
  const paragraphs = analyzeArticle(article).paragraphs.map((p) => p.sentences.map((s) => s.text));
  return {
    text,
    title: cleanHeadline(article.title),
    standfirst: standfirstSentences(article.standfirst),
    paragraphs,
    ...(article.authorBio ? { authorBio: article.authorBio } : {}),
    unsupported: report.unsupported,
  };
}
