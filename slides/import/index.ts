/** Article import: pure parsers from text or bytes to an {@link ImportedArticle}. No file system, no DOM. */
export { ImportError, type ImportedArticle, type ImportErrorCode, type ArticleFormat } from './types';
export { importArticle, extensionOf, type ArticleInput, type ImportDependencies } from './importArticle';
export { importText, type TextImportOptions } from './plainText';
export { importMarkdown } from './markdown';
export { importHtml, type HtmlImportOptions } from './html';
export { importPdf } from './pdf';
export { decodeText, sniffBinary } from './decodeText';
export { checkDocxArchive, readZipDirectory, type ZipEntry } from './zipDirectory';
export { BOILERPLATE_PATTERNS, boilerplateKind, stripBoilerplate, type BoilerplateKind } from './boilerplate';
export { looksNonEnglish, NON_ENGLISH_WARNING } from './language';
export { MAX_FILE_BYTES, MAX_TEXT_CHARS, MAX_DOCX_UNCOMPRESSED_BYTES } from './limits';
