import { createHash } from 'node:crypto';
import { cleanSource } from './clean.ts';
import { emitDocument, type EmittedFiles, type SourceEntry } from './emit.ts';
import { parseDocument } from './structure.ts';

export type { SourceEntry } from './emit.ts';

/** SHA-256 of a raw source, hex. */
export function sha256(raw: string | Buffer): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** Raw policy text → content files (a document MDX and its lists' YAML), with what could not be parsed. */
export function ingestSource(entry: SourceEntry, raw: Buffer): EmittedFiles {
  const cleaned = cleanSource(raw.toString('utf8'));
  return emitDocument(entry, cleaned, parseDocument(cleaned.lines), sha256(raw));
}
