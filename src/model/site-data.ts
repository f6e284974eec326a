/** The site-wide data files: the search vocabularies, moved URLs and the register of raw sources. */
import { z } from 'astro/zod';
import { isoDate, slug, sourceFileName } from './common.ts';
import { effectiveSchema, validitySchema } from './document.ts';
import { versionBlockSchema } from './version.ts';
import { REVIEW_STATES } from './vocab.ts';

const term = z.string().trim().min(1, { error: 'write a word or phrase, not an empty string' });

/** content/search/aliases.yaml: groups of wordings for one thing, so that a search in either wording finds it. */
const aliasGroupSchema = z.strictObject({
  /** Wordings used in policy texts; any of them in a section adds the others to that section's index. */
  terms: z.array(term).min(2, { error: 'list at least two wordings, or remove the group' }),
  /** Everyday words people type; added with the terms, never a trigger themselves. */
  colloquial: z.array(term),
  /** Why these are the same thing and where the wordings come from. */
  note: z.string().min(1),
});
export const aliasesSchema = z.array(aliasGroupSchema);
export type AliasGroup = z.output<typeof aliasGroupSchema>;

/**
 * content/search/everyday.yaml: the words people type, each group mapped to the policy term the search page
 * looks for instead (docs/search.md). Used in the visitor's browser only; the index and the pages do not change.
 */
const everydayGroupSchema = z.strictObject({
  /** The policy term searched instead, as the site's texts write it (the content check looks for it there). */
  term,
  /** Everyday words and phrases for it, as older people and their families type them (one character stands for too much). */
  words: z
    .array(
      z.string().trim().min(2, { error: 'write a word of two characters or more: one character stands for too much' }),
    )
    .min(1, { error: 'list at least one everyday word, or remove the group' }),
  /** reviewed: the search page uses the group; pending: checked, but not used until a person has reviewed it. */
  review: z.enum(REVIEW_STATES),
  /** Why these words mean the term, and where the texts use it. */
  note: z.string().min(1),
});
export const everydaySchema = z.array(everydayGroupSchema);
export type EverydayGroup = z.output<typeof everydayGroupSchema>;

/** content/redirects.yaml: moved URLs (docs/urls.md). */
export const redirectsSchema = z.array(
  z.strictObject({
    /** The old path, e.g. /documents/old-slug/. */
    from: z
      .string()
      .regex(/^\/([a-z0-9-]+\/)*$/u, { error: 'write a site path with a trailing slash, e.g. "/documents/old-slug/"' }),
    /** Where it moved, e.g. /documents/new-slug/ (may carry an #anchor). */
    to: z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/u, {
      error: 'write a site path with a trailing slash, e.g. "/documents/new-slug/"',
    }),
    /** Why it moved, for the record. */
    reason: z.string().min(1),
  }),
);
export type Redirect = z.output<typeof redirectsSchema>[number];

/** content/sources/sources.yaml: which raw text becomes which document and lists (read by npm run ingest). */
export const sourcesSchema = z.array(
  z
    .strictObject({
      /** The raw file's name in content/sources/, as received. */
      file: sourceFileName,
      /** The region's slug. */
      region: slug,
      /** The document's slug (its URL segment). */
      document: slug,
      /** Attachments that are service lists: the attachment label (附件, 附件2) and the list's slug. */
      lists: z.array(z.strictObject({ appendix: z.string().min(1), slug })).optional(),
      /**
       * pending: published as verbatim text before its tags, commitments, eligibility rules and plain words are
       * reviewed; reviewed (the default): all of them are required (docs/content-model.md).
       */
      review: z.enum(REVIEW_STATES).optional(),
      /**
       * When it takes effect, stated by the editor where the text does not say it (or says 自印发之日起 without a
       * date): the date, the sentence as printed where the editor read it and `from`, where that is. Ingest writes it
       * into the document in place of what the text gives (docs/lifecycle.md).
       */
      effective: effectiveSchema.required({ from: true }).optional(),
      /** How long it is valid, stated by the editor in the same way (有效期至 a date, or N years). */
      validity: validitySchema.required({ from: true }).optional(),
      /**
       * Set when a later text replaced this one (npm run ingest -- --supersedes): the document and its lists are then
       * kept as this older version under content/versions/ (docs/versions.md); absent for the current version.
       */
      version: versionBlockSchema.optional(),
      /** The day the source was added to the site (收录日期): the day it was ingested, or fetched (--checked). */
      added: isoDate,
      /** The day its text was last checked against its origin (最后核对): on or after `added`. */
      checked: isoDate,
    })
    .superRefine((e, ctx) => {
      if (e.checked < e.added)
        ctx.addIssue({
          code: 'custom',
          path: ['checked'],
          message: `"${e.checked}" is before added "${e.added}" — a source is checked against its origin on or after the day it was added: correct the date`,
        });
    }),
);
export type SourceEntry = z.output<typeof sourcesSchema>[number];
/**
 * An entry's id: the document's slug for its current version, `<document>/<key>` for an older version (whose entry
 * carries a `version` block). One entry per id (src/build/checks/site-data.ts).
 */
export const sourceId = (e: Pick<SourceEntry, 'document' | 'version'>): string =>
  e.version ? `${e.document}/${e.version.key}` : e.document;
/** What ingest reads from an entry: which raw file becomes which document and lists (its dates aside). */
export type SourceMapping = Omit<SourceEntry, 'added' | 'checked'>;
