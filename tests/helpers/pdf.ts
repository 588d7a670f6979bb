import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A text line to draw: its size sets headline versus body; lines further apart than the font size start a paragraph. */
export interface PdfLineSpec {
  text: string;
  size: number;
  y: number;
}

/** Builds a one-page PDF with a real text layer. */
export async function buildTextPdf(lines: readonly PdfLineSpec[], title?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  for (const line of lines) page.drawText(line.text, { x: 50, y: line.y, size: line.size, font });
  if (title) doc.setTitle(title);
  return doc.save();
}

/** Builds a PDF like a scan: a drawn shape, no text at all. */
export async function buildScannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 500, height: 700 });
  return doc.save();
}
