/** What every input format turns into: UTF-8 text in the layout the parser reads (docs/ingest-formats.md). */

import type { SourceFormat } from '../../../src/model/vocab.ts';

export type InputFormat = SourceFormat;

/** A message about one line of the extracted text (line 0: about the whole file). */
export interface LineMessage {
  line: number;
  message: string;
}

export interface Extracted {
  /** The document as plain text: paragraphs as lines, `label：value` metadata lines first, tables as TAB-started cells. */
  text: string;
  format: InputFormat;
  /** The character encoding the bytes were read in, when the format has one (text, html, csv). */
  encoding?: string;
  /** Why the file cannot be ingested; when there is one, `text` is not to be used. */
  problems: LineMessage[];
  /** What the extraction decided or left out that an editor should know (page chrome dropped, merged cells …). */
  notes: LineMessage[];
}

/** The advice every "cannot read this file" message ends with. */
export const SAVE_AS = 'save it as UTF-8 text, .html, .docx, .pdf or .xlsx';

/** An extraction that failed: no text, one problem on line 1. */
export function failed(format: InputFormat, message: string, encoding?: string): Extracted {
  return { text: '', format, ...(encoding ? { encoding } : {}), problems: [{ line: 1, message }], notes: [] };
}

/** The first line of a library's error message, for a one-line problem. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
