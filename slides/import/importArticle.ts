/**
 * Chooses the importer for a file by its magic bytes first and its extension second, or imports pasted text.
 * Word documents need mammoth, which reads the file system when loaded under Node, so the caller injects that
 * importer (`electron/services/import/importDocx.ts`); without it a .docx is refused as unsupported.
 */
import { decodeText, sniffBinary, startsWith } from './decodeText';
import { importHtml } from './html';
import { MAX_FILE_BYTES, tooLargeError } from './limits';
import { importPdf } from './pdf';
import { importText } from './plainText';
import { ImportError, type ImportedArticle } from './types';

/** What can be imported: a file's bytes with its name, or pasted text. */
export type ArticleInput = { bytes: Uint8Array; fileName: string } | { text: string };

/** Importers that live outside `slides/` because they need Node. */
export interface ImportDependencies {
  importDocx?: (bytes: Uint8Array) => Promise<ImportedArticle>;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // "{\rtf"
const EXTENSION = /\.([a-z0-9]+)$/i;
const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown', 'mdown', 'html', 'htm', 'xhtml', '']);
const NOT_SUPPORTED: Record<string, string> = {
  doc: 'Old Word .doc files are not supported: save the document as .docx, PDF or plain text.',
  odt: 'OpenDocument files are not supported: save the document as .docx, PDF or plain text.',
  rtf: 'RTF files are not supported: save the document as .docx, PDF or plain text.',
  pages: 'Pages documents are not supported: export the document as .docx, PDF or plain text.',
  epub: 'E-books are not supported: copy the article text and paste it instead.',
};

/** Lower-case extension of a file name, without the dot ('' when none). */
export function extensionOf(fileName: string): string {
  return EXTENSION.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

/** Imports an article from a file's bytes or from pasted text. Throws {@link ImportError} on bad input. */
export async function importArticle(
  input: ArticleInput,
  dependencies: ImportDependencies = {},
): Promise<ImportedArticle> {
  if ('text' in input) return importText(input.text, { format: 'paste' });
  const { bytes, fileName } = input;
  if (bytes.length === 0) throw new ImportError('The file is empty.', 'empty');
  if (bytes.length > MAX_FILE_BYTES) throw tooLargeError();
  const extension = extensionOf(fileName);
  if (startsWith(bytes, PDF_MAGIC)) return importPdf(bytes);
  if (extension === 'pdf') throw new ImportError('This file is named .pdf but is not a PDF.', 'corrupt');
  if (startsWith(bytes, ZIP_MAGIC) && extension === 'docx') return importWord(bytes, dependencies);
  if (extension === 'docx')
    throw new ImportError('This file is named .docx but is not a Word document.', 'corrupt');
  const refusal =
    NOT_SUPPORTED[extension] ?? (startsWith(bytes, RTF_MAGIC) ? NOT_SUPPORTED['rtf'] : undefined);
  if (refusal) throw new ImportError(refusal, 'unsupported');
  if (!TEXT_EXTENSIONS.has(extension) && sniffBinary(bytes)) {
    throw new ImportError(
      `.${extension} files are not supported: use .txt, .md, .html, .docx or .pdf.`,
      'unsupported',
    );
  }
  const text = decodeText(bytes);
  if (
    extension === 'html' ||
    extension === 'htm' ||
    extension === 'xhtml' ||
    HTML_START.test(text.slice(0, 1024))
  ) {
    return importHtml(text);
  }
  const format = extension === 'md' || extension === 'markdown' || extension === 'mdown' ? 'md' : 'txt';
  return importText(text, { format, fileName });
}

function importWord(bytes: Uint8Array, dependencies: ImportDependencies): Promise<ImportedArticle> {
  if (!dependencies.importDocx) {
    return Promise.reject(
      new ImportError('Word documents can only be imported by the app or the CLI.', 'unsupported'),
    );
  }
  return dependencies.importDocx(bytes);
}
