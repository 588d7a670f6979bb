/**
 * Chooses the importer for a file by its content (`sniff.ts`: magic bytes), using the extension only to word a
 * refusal, or imports pasted text once it is sure the text is not a binary file's bytes.
 * Word documents need mammoth, which reads the file system when loaded under Node, so the caller injects that
 * importer (`electron/services/import/importDocx.ts`); without it a .docx is refused as unsupported.
 */
import { decodeText, startsWith } from './decodeText';
import { importHtml } from './html';
import { MAX_FILE_BYTES, tooLargeError } from './limits';
import { importPdf } from './pdf';
import { importText } from './plainText';
import { binaryTextReason, sniffContent } from './sniff';
import { ImportError, type ImportedArticle } from './types';

/** What can be imported: a file's bytes with its name, or pasted text. */
export type ArticleInput = { bytes: Uint8Array; fileName: string } | { text: string };

/** Importers that live outside `slides/` because they need Node. */
export interface ImportDependencies {
  importDocx?: (bytes: Uint8Array) => Promise<ImportedArticle>;
}

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
  if ('text' in input) {
    const reason = binaryTextReason(input.text);
    if (reason) {
      throw new ImportError(
        `This is not article text: ${reason}. Import the file itself (drop it or use Import) instead.`,
        'binary',
      );
    }
    return importText(input.text, { format: 'paste' });
  }
  const { bytes, fileName } = input;
  if (bytes.length === 0) throw new ImportError('The file is empty.', 'empty');
  if (bytes.length > MAX_FILE_BYTES) throw tooLargeError();
  const extension = extensionOf(fileName);
  // The content decides the reader; the name only words the refusal.
  const content = sniffContent(bytes);
  if (content.kind === 'pdf') return importPdf(bytes);
  if (extension === 'pdf') throw new ImportError('This file is named .pdf but is not a PDF.', 'corrupt');
  if (content.kind === 'docx' || (content.kind === 'zip' && extension === 'docx'))
    return importWord(bytes, dependencies);
  if (extension === 'docx')
    throw new ImportError('This file is named .docx but is not a Word document.', 'corrupt');
  const refusal =
    NOT_SUPPORTED[extension] ?? (startsWith(bytes, RTF_MAGIC) ? NOT_SUPPORTED['rtf'] : undefined);
  if (refusal) throw new ImportError(refusal, 'unsupported');
  if (content.kind === 'zip') throw new ImportError(zipRefusal(content.hasMimetype), 'unsupported');
  if (!TEXT_EXTENSIONS.has(extension) && content.kind === 'binary') {
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

function zipRefusal(hasMimetype: boolean): string {
  return hasMimetype
    ? 'This is an OpenDocument file or an e-book, not a Word document: save it as .docx, PDF or plain text.'
    : 'This is a ZIP archive, not an article: import a .txt, .md, .html, .docx or .pdf file.';
}

function importWord(bytes: Uint8Array, dependencies: ImportDependencies): Promise<ImportedArticle> {
  if (!dependencies.importDocx) {
    return Promise.reject(
      new ImportError('Word documents can only be imported by the app or the CLI.', 'unsupported'),
    );
  }
  return dependencies.importDocx(bytes);
}
