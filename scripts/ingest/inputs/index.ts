/**
 * extractText: any received file → the UTF-8 text the parser reads (docs/ingest-formats.md), or one clear
 * problem saying why it cannot be read. Each format through a library made for it; nothing is guessed.
 */
import { detectFormat } from './detect.ts';
import { extractPlainText } from './text.ts';
import { failed, type Extracted } from './types.ts';

export type { Extracted, LineMessage } from './types.ts';

/** The largest source file ingest reads (bytes): a policy document with its lists is well under 1 MB as text and a few MB as PDF. */
export const SOURCE_SIZE_LIMIT = 20 * 1024 * 1024;

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export async function extractText(fileName: string, raw: Uint8Array): Promise<Extracted> {
  if (raw.length > SOURCE_SIZE_LIMIT)
    return failed(
      'text',
      `${MB(raw.length)} is more than the ${MB(SOURCE_SIZE_LIMIT)} a source may have: split the file, or save only the document and its lists`,
    );
  const detected = detectFormat(fileName, raw);
  if ('error' in detected) return failed('text', detected.error);
  const extracted = await extractAs(detected.format, raw);
  if (detected.note) extracted.notes.unshift({ line: 0, message: detected.note });
  if (extracted.problems.length === 0 && extracted.text.trim() === '')
    extracted.problems.push({ line: 1, message: 'no text: the file holds only white space' });
  return extracted;
}

/** Each format's libraries are loaded only when a file of that format comes (pdfjs, exceljs and mammoth take seconds). */
async function extractAs(format: Extracted['format'], raw: Uint8Array): Promise<Extracted> {
  switch (format) {
    case 'text':
      return extractPlainText(raw);
    case 'html':
      return (await import('./html.ts')).extractHtml(raw);
    case 'docx':
      return (await import('./docx.ts')).extractDocx(raw);
    case 'pdf':
      return (await import('./pdf.ts')).extractPdf(raw);
    case 'xlsx':
      return (await import('./sheet.ts')).extractXlsx(raw);
    case 'csv':
      return (await import('./sheet.ts')).extractCsv(raw);
  }
}
