/** Field types every collection's schema shares. */
import { z } from 'astro/zod';
import { SOURCE_FORMATS, UNSTATED } from './vocab.ts';

/** A slug: lower-case ASCII words joined by single hyphens (docs/urls.md). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
  .string()
  .regex(SLUG, { error: 'use lower-case ASCII letters, digits and single hyphens, e.g. "taizhou-zhejiang"' });

/** A calendar date written as "YYYY-MM-DD" in quotes (so YAML does not turn it into a timestamp). */
export const isoDate = z
  .string({ error: 'expected a date in quotes, e.g. "2023-04-11", or "未注明"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as "YYYY-MM-DD", e.g. "2023-04-11"' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    },
    { error: 'this day does not exist in the calendar — check the date against the source' },
  );

/** A date, or 未注明 when the source does not give it. */
export const dateOrUnstated = z.union([isoDate, z.literal(UNSTATED)], {
  error: 'expected "YYYY-MM-DD" in quotes, or "未注明" when the source gives no date',
});

/** Text that the source states, or 未注明. */
export const textOrUnstated = z
  .string()
  .min(1, { error: 'write the value, or "未注明" if the source does not state it' });

/**
 * A source file's name as received (Chinese names welcome): no folder, no character that a file system or a
 * shell trips over, not hidden, and one of the extensions ingest reads (docs/ingest-formats.md).
 */
export const SOURCE_FILE_NAME =
  // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
  /^(?![.\-\s])[^\\/:*?"<>|\u0000-\u001F\u007F]{1,150}(?<![\s.])\.(txt|text|html|htm|shtml|xhtml|csv|docx|pdf|xlsx)$/iu;

/** A raw source file's name under content/sources/, kept as received. */
export const sourceFileName = z.string().regex(SOURCE_FILE_NAME, {
  error:
    'write the name of a file in content/sources/: no folder or special characters (\\ / : * ? " < > |), ending in .txt, .html, .htm, .docx, .pdf, .xlsx or .csv',
});

/** SHA-256 of a raw file, hex. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * How a source that is not UTF-8 plain text was read (provenance of documents and lists). Absent for UTF-8
 * text, which the parser reads as it is.
 */
export const sourceReading = {
  /** The extracted UTF-8 text the parser read, beside the source in content/sources/ (<source>.extracted.txt). */
  text: sourceFileName.optional(),
  /** The source's format: text, html, docx, pdf, xlsx or csv. */
  format: z.enum(SOURCE_FORMATS).optional(),
  /** The character encoding the source was read in (UTF-16LE, GB18030 …), for the formats that have one. */
  encoding: z.string().min(1).optional(),
};
