/**
 * Word documents: the zip directory is checked first (declared sizes, so a zip bomb is refused without inflating
 * anything), then every part is inflated as a counted stream (sizes can lie: a part that claims 40 KB may hold
 * 2 GiB), and only then does mammoth turn the document into HTML that goes through the same path as a saved web page.
 * Lives outside `slides/` because mammoth loads `fs` when imported under Node.
 */
import mammoth from 'mammoth';
import { MAX_DOCX_UNCOMPRESSED_BYTES } from '../../../slides/import/limits';
import { checkDocxArchive } from '../../../slides/import/zipDirectory';
import { importHtml } from '../../../slides/import/html';
import { ImportError, type ImportedArticle } from '../../../slides/import/types';
import { assertInflatesWithin } from './boundedZip';

/** Images are never needed for a draft: an empty source keeps mammoth from base64-encoding them. */
const dropImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Word's own Title style is the document's headline (mammoth leaves it a plain paragraph, so the first Heading 1,
 * often "Key points" or "Summary", would be taken for it).
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  // A pull quote repeats a line of the body in large type: said once, where the body says it.
  "p[style-name='Pull Quote'] => !",
  "p[style-name='Pullquote'] => !",
  "p[style-name='PullQuote'] => !",
];

/** Imports a .docx file's bytes. Throws ImportError 'too-large', 'corrupt' or 'no-text'. */
export async function importDocx(bytes: Uint8Array): Promise<ImportedArticle> {
  checkDocxArchive(bytes);
  await assertInflatesWithin(bytes, MAX_DOCX_UNCOMPRESSED_BYTES);
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { buffer },
      { convertImage: dropImage, externalFileAccess: false, styleMap: STYLE_MAP },
    );
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
    throw new ImportError(`The Word document is damaged and cannot be read (${reason}).`, 'corrupt');
  }
  if (!html.trim()) throw new ImportError('The Word document has no text.', 'no-text');
  return importHtml(html, { format: 'docx' });
}
