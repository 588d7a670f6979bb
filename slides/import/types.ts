/** An article as imported, before analysis. */
export interface ImportedArticle {
  title: string; // headline ('' if none found)
  standfirst?: string; // sub-headline / dek
  author?: string; // byline name(s)
  authorBio?: string; // "X is a Brussels-based..." kept as metadata, not content
  publisher?: string; // publication / site name
  date?: string; // as written in the article (no invention)
  url?: string;
  paragraphs: string[]; // body paragraphs, in order, boilerplate removed, whitespace normalised
  format: 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'paste';
  warnings: string[]; // e.g. 'non-English text detected', 'dropped 5 boilerplate lines'
}

/** Why an import failed: one code per kind of bad input, each with a one-line message for the user. */
export type ImportErrorCode =
  'empty' | 'binary' | 'encoding' | 'too-large' | 'corrupt' | 'no-text' | 'timeout' | 'unsupported';

/** A clear, one-line import failure; `code` lets callers branch without parsing the message. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly code: ImportErrorCode,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The formats an article can arrive in. */
export type ArticleFormat = ImportedArticle['format'];
