/**
 * Exports in the browser (web host): the host writes the file and answers a same-origin download URL; the browser
 * then saves it where it keeps downloads, under the file's name. The notice names the full path on the host.
 */
import { fileName } from './documentInfo';

/** What an export answered, when it succeeded. */
export interface ExportDone {
  path: string;
  download?: string;
}

/** Starts the browser's download of an export the host wrote (nothing in Electron, where there is no URL). */
export function downloadExport(result: ExportDone, doc: Document = document): void {
  if (!result.download) return;
  const anchor = doc.createElement('a');
  anchor.href = result.download;
  anchor.download = fileName(result.path);
  anchor.rel = 'noopener';
  anchor.hidden = true;
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
}

/** The notice after an export: the full path, and that the browser downloaded it. */
export function exportedMessage(result: ExportDone): string {
  return result.download
    ? `Exported ${result.path} and downloaded it as ${fileName(result.path)}.`
    : `Exported ${result.path}.`;
}
