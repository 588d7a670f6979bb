/** Plain text and pasted text: one paragraph per line, or per blank-line-separated block. */
import { assembleArticle } from './assemble';
import { splitBlocks } from './normalise';
import { ImportError, type ImportedArticle } from './types';
import { importMarkdown } from './markdown';
import { MAX_TEXT_CHARS, tooLargeError } from './limits';

/** Options for {@link importText}. */
export interface TextImportOptions {
  format: 'txt' | 'md' | 'paste';
  fileName?: string;
}

const ONLY_WHITESPACE = /^[\s\u00a0\u200b\ufeff]*$/;

/**
 * Imports a plain-text, pasted or Markdown article.
 *
 * Plain text: the first line is the headline (a short "Section | " kicker is dropped, a " | Site" suffix becomes
 * the publisher), a short second line is the standfirst, "By …" and date lines near the top are metadata, and a
 * closing "<Name> is a …" line is the author bio. Boilerplate lines are dropped and counted.
 */
export function importText(text: string, options: TextImportOptions): ImportedArticle {
  if (text.length > MAX_TEXT_CHARS) throw tooLargeError();
  if (ONLY_WHITESPACE.test(text)) {
    throw new ImportError(
      options.format === 'paste' ? 'The pasted text is empty.' : 'The file is empty (or only whitespace).',
      'empty',
    );
  }
  if (options.format === 'md') return importMarkdown(text);
  return assembleArticle(splitBlocks(text), options.format, {}, { guessTitle: true, guessStandfirst: true });
}
