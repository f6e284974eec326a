/** Field types every collection's schema shares. */
import { z } from 'astro/zod';
import { UNSTATED } from './vocab.ts';

/** A slug: lower-case ASCII words joined by single hyphens (docs/urls.md). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
  .string()
  .regex(SLUG, { error: 'use lower-case ASCII letters, digits and single hyphens, e.g. "taizhou-zhejiang"' });

/** A calendar date written as "YYYY-MM-DD" in quotes (so YAML does not turn it into a timestamp). */
const isoDate = z
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

/** A raw source file's name under content/sources/, kept as received. */
export const sourceFileName = z.string().regex(/^[\w.-]+\.txt$/);

/** SHA-256 of a raw file, hex. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
