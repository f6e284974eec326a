/**
 * A received source → content files: its text extracted (inputs/: encodings, HTML, DOCX, PDF, XLSX, CSV),
 * parsed, emitted, and checked as the content check will check it. Nothing here writes; scripts/ingest.ts does.
 */
import { cleanSource } from './clean.ts';
import { sha256 } from '../../src/model/read.ts';
import type { SourceMapping } from '../../src/model/site-data.ts';
import { emitDocument, type EmittedFiles } from './emit.ts';
import type { SourceProvenance } from './provenance.ts';
import { extractText, type Extracted } from './inputs/index.ts';
import { extractPlainText } from './inputs/text.ts';
import { parseDocument } from './structure.ts';
import { checkEmitted } from './validate.ts';

export interface Ingested extends EmittedFiles {
  /** How the source was read: its format, its encoding, and the extracted text file written beside it (if any). */
  reading: { format: Extracted['format']; encoding?: string; text?: string };
}

/** The extracted text of a source that is not UTF-8 plain text is kept beside it under this name. */
export const extractedTextName = (file: string): string => `${file}.extracted.txt`;

/** Any received file: extracted, parsed, emitted and checked. */
export async function ingestSource(entry: SourceMapping, raw: Buffer): Promise<Ingested> {
  return ingestExtracted(entry, raw, await extractText(entry.file, raw));
}

/** A plain text in any encoding (UTF-8, UTF-16, GB18030 …), without waiting: for generators and tests. */
export function ingestText(entry: SourceMapping, raw: Buffer): Ingested {
  return ingestExtracted(entry, raw, extractPlainText(raw));
}

function ingestExtracted(entry: SourceMapping, raw: Buffer, extracted: Extracted): Ingested {
  const plain = extracted.format === 'text' && extracted.encoding === 'UTF-8';
  const text = plain ? undefined : extractedTextName(entry.file);
  const reading = { format: extracted.format, ...(extracted.encoding ? { encoding: extracted.encoding } : {}) };
  if (extracted.problems.length > 0)
    return { files: new Map(), problems: extracted.problems, notes: extracted.notes, reading };
  const provenance: SourceProvenance = {
    source: entry.file,
    sha256: sha256(raw),
    ...(text ? { text, ...reading } : {}),
  };
  const cleaned = cleanSource(extracted.text);
  const emitted = emitDocument(entry, cleaned, parseDocument(cleaned.lines), provenance);
  if (text) emitted.files.set(`sources/${text}`, extracted.text);
  return {
    files: emitted.files,
    // The final check only when the parser found nothing wrong: it reports what the parser missed, not twice.
    problems: emitted.problems.length > 0 ? emitted.problems : checkEmitted(emitted.files),
    notes: [...extracted.notes, ...emitted.notes],
    reading: { ...reading, ...(text ? { text } : {}) },
  };
}
