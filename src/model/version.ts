/**
 * Older versions of documents and lists (docs/versions.md): content/versions/<document>/<key>.mdx and
 * content/versions/lists/<list>/<key>.yaml, each the same schema as a current document or list plus a
 * `version` block. The current version stays at content/documents/<slug>.mdx (content/lists/<slug>.yaml).
 */
import { z } from 'astro/zod';
import { dateOrUnstated, slug } from './common.ts';
import { documentSchema } from './document.ts';
import { serviceListSchema } from './list.ts';
import { VERSION_KINDS } from './vocab.ts';

/** What makes a document or list an older version: written by npm run ingest -- --supersedes. */
export const versionBlockSchema = z.strictObject({
  /** The version's URL segment (/documents/<slug>/versions/<key>/): its edition (2024) or date and status (2024-03-songshengao). */
  key: slug,
  /** Its place in the document's history: 1 for the first text, then 2, 3 … (the current version comes after the last). */
  number: z.number().int().positive(),
  /** How it was replaced: final, revised-draft, amendment or edition. */
  kind: z.enum(VERSION_KINDS),
  /** The date the replacing version was published (else signed), or 未注明. */
  replacedOn: dateOrUnstated,
  /** What replaced it, in our words (status and title of the next version). */
  replacedBy: z.string().min(1),
});
export type VersionBlock = z.output<typeof versionBlockSchema>;

export function documentVersionSchema<R extends z.ZodType>(regionRef: R) {
  return documentSchema(regionRef).extend({ version: versionBlockSchema });
}

export function listVersionSchema<R extends z.ZodType, D extends z.ZodType>(regionRef: R, documentRef: D) {
  return serviceListSchema(regionRef, documentRef).extend({ version: versionBlockSchema });
}
