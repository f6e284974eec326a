import { cleanSource } from './clean.ts';
import { sha256 } from '../../src/model/read.ts';
import type { SourceEntry } from '../../src/model/site-data.ts';
import { emitDocument, type EmittedFiles } from './emit.ts';
import { parseDocument } from './structure.ts';

/** Raw policy text → content files (a document MDX and its lists' YAML), with what could not be parsed. */
export function ingestSource(entry: SourceEntry, raw: Buffer): EmittedFiles {
  const cleaned = cleanSource(raw.toString('utf8'));
  return emitDocument(entry, cleaned, parseDocument(cleaned.lines), sha256(raw));
}
