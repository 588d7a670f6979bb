/** Size limits shared by every importer (the Node adapters enforce them before reading). */
import { ImportError } from './types';

/** Largest article file accepted, in bytes. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Largest text accepted, in UTF-16 code units (pasted text, or decoded files). */
export const MAX_TEXT_CHARS = MAX_FILE_BYTES;
/** Largest total a docx may declare it inflates to. */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

/** The one message for a file or text over {@link MAX_FILE_BYTES}. */
export function tooLargeError(): ImportError {
  return new ImportError('The article is too large to import (the limit is 50 MB of text).', 'too-large');
}
