/**
 * Which format a received file is in. The bytes decide, the name only where the bytes cannot: portals serve
 * HTML pages named .doc, PDFs named .txt, and old binary Word files that no library here reads.
 */
import { extname } from 'node:path';
import { SAVE_AS, type InputFormat } from './types.ts';

export type Detected = { format: InputFormat; note?: string } | { error: string };

const startsWith = (raw: Uint8Array, bytes: number[]) => bytes.every((b, i) => raw[i] === b);
const contains = (raw: Uint8Array, ascii: string) =>
  Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).includes(ascii);

const IMAGES: [number[], string][] = [
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF'],
];

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
  '.csv': 'csv',
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.xlsx': 'xlsx',
};

/** The first characters of a page, whatever its encoding (ASCII-compatible or UTF-16). */
function looksLikeHtml(raw: Uint8Array): boolean {
  const head = Buffer.from(raw.subarray(0, 1024))
    .toString('latin1')
    // eslint-disable-next-line no-control-regex -- UTF-16's zero bytes are dropped to sniff the markup
    .replace(/\u0000/gu, '')
    .replace(/^(\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)/u, '')
    .trimStart()
    .toLowerCase();
  return /^(<!doctype html|<html[\s>]|<head[\s>]|<meta[\s>]|<!--[\s\S]*?-->\s*<(!doctype html|html))/u.test(head);
}

export function detectFormat(fileName: string, raw: Uint8Array): Detected {
  const extension = extname(fileName).toLowerCase();
  const named = BY_EXTENSION[extension];
  const mismatch = (format: InputFormat, what: string) =>
    named === format
      ? { format }
      : { format, note: `named ${extension || 'without extension'} but is ${what}: read as ${what}` };

  if (raw.length === 0) return { error: 'empty file: nothing to ingest' };
  const pdfAt = Buffer.from(raw.subarray(0, 1024)).indexOf('%PDF-');
  if (pdfAt !== -1) return mismatch('pdf', 'a PDF');
  if (startsWith(raw, [0x50, 0x4b, 0x03, 0x04])) {
    if (contains(raw, 'word/document.xml')) return mismatch('docx', 'a Word .docx document');
    if (contains(raw, 'xl/workbook.xml')) return mismatch('xlsx', 'an Excel .xlsx workbook');
    if (contains(raw, 'application/vnd.oasis.opendocument'))
      return { error: `an OpenDocument file (.odt/.ods), which this site does not read: ${SAVE_AS}` };
    return { error: `a ZIP archive, not a document: unpack it and ingest each document, or ${SAVE_AS}` };
  }
  if (startsWith(raw, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return {
      error: `an old binary Office or WPS file (.doc, .xls, .wps, .et), which no library here reads: open it and save it as .docx or .xlsx`,
    };
  for (const [magic, kind] of IMAGES) {
    if (startsWith(raw, magic))
      return {
        error: `an image (${kind}), not a text document: needs OCR — this site does not guess text from images`,
      };
  }
  if (startsWith(raw, [0x7b, 0x5c, 0x72, 0x74, 0x66]))
    return { error: `an RTF file, which this site does not read: ${SAVE_AS}` };
  if (named === 'docx' || named === 'xlsx' || named === 'pdf')
    return {
      error: `named ${extension} but is not a ${extension.slice(1)} file (its first bytes say otherwise): ${SAVE_AS}`,
    };
  if (looksLikeHtml(raw)) return mismatch('html', 'an HTML page');
  if (named === 'html') return { format: 'html' };
  if (named === 'csv') return { format: 'csv' };
  if (named === 'text' || extension === '') return { format: 'text' };
  return { error: `a ${extension} file, which this site does not read: ${SAVE_AS}` };
}
