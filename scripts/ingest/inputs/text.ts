/** Plain text in any of the encodings policy texts come in: decoded, line ends made \n, nothing else changed. */
import { decodeBytes } from './decode.ts';
import { failed, SAVE_AS, type Extracted } from './types.ts';

/** CRLF and lone CR (old Mac files) become LF; no other character changes. */
export function unixLineEnds(text: string): string {
  return text.replace(/\r\n?/gu, '\n');
}

export function extractPlainText(raw: Uint8Array, format: 'text' | 'csv' = 'text'): Extracted {
  const decoded = decodeBytes(raw);
  if ('error' in decoded) {
    const extracted = failed(format, `${decoded.error}: ${SAVE_AS}`);
    extracted.problems[0]!.line = decoded.line;
    return extracted;
  }
  const notes = decoded.note ? [{ line: 0, message: decoded.note }] : [];
  return { text: unixLineEnds(decoded.text), format, encoding: decoded.encoding, problems: [], notes };
}
