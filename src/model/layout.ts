/**
 * The content folder's layout: where each collection and data file lives, with its schema. The folder
 * itself is ./content, or the one CONTENT_DIR names; this is the only place that reads CONTENT_DIR.
 */
import { slug } from './common.ts';
import {
  documentCommitmentsSchema,
  documentTagsSchema,
  listTagsSchema,
  metricSchema,
  serviceKindSchema,
  topicSchema,
} from './compare.ts';
import { documentSchema } from './document.ts';
import { listEligibilitySchema } from './eligibility.ts';
import { glossarySchema } from './glossary.ts';
import { serviceListSchema } from './list.ts';
import { plainListSchema } from './plain.ts';
import { regionSchema } from './region.ts';
import { aliasesSchema, everydaySchema, redirectsSchema, sourcesSchema } from './site-data.ts';
import { documentVersionSchema, listVersionSchema } from './version.ts';

/** The content folder the build reads: ./content, or the folder named by the CONTENT_DIR environment variable. */
export const contentDir: string = process.env.CONTENT_DIR ?? './content';

/** How messages name the content folder: content, or CONTENT_DIR as given (without ./ and a final /). */
export const contentLabel = (dir: string = contentDir): string => dir.replace(/^\.\//u, '').replace(/\/+$/u, '');

/** Where older versions live; `lists` under it holds the lists' versions, so no document may be called lists. */
export const VERSIONS_FOLDER = 'versions';

/**
 * Folders of one file per entry; the file name is the entry's id. A `nested` folder holds one folder per
 * document or list, and the id is `<folder>/<file name>` (daye-jiben-yanglao-songshengao/songshengao).
 */
export const COLLECTIONS = {
  regions: { folder: 'regions', extension: '.yaml', schema: regionSchema(slug) },
  documents: { folder: 'documents', extension: '.mdx', schema: documentSchema(slug) },
  lists: { folder: 'lists', extension: '.yaml', schema: serviceListSchema(slug, slug) },
  documentTags: { folder: 'compare/document-tags', extension: '.yaml', schema: documentTagsSchema },
  listTags: { folder: 'compare/list-tags', extension: '.yaml', schema: listTagsSchema },
  commitments: { folder: 'compare/commitments', extension: '.yaml', schema: documentCommitmentsSchema },
  eligibility: { folder: 'eligibility', extension: '.yaml', schema: listEligibilitySchema },
  plain: { folder: 'plain', extension: '.yaml', schema: plainListSchema },
  // Older versions (docs/versions.md): content/versions/<document>/<key>.mdx, content/versions/lists/<list>/<key>.yaml.
  documentVersions: { folder: VERSIONS_FOLDER, extension: '.mdx', schema: documentVersionSchema(slug), nested: true },
  listVersions: {
    folder: `${VERSIONS_FOLDER}/lists`,
    extension: '.yaml',
    schema: listVersionSchema(slug, slug),
    nested: true,
  },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** Single data files, each an array of rows. */
export const TABLES = {
  topics: { path: 'compare/topics.yaml', schema: topicSchema.array() },
  serviceKinds: { path: 'compare/service-kinds.yaml', schema: serviceKindSchema.array() },
  metrics: { path: 'compare/metrics.yaml', schema: metricSchema.array() },
  glossary: { path: 'glossary.yaml', schema: glossarySchema },
  aliases: { path: 'search/aliases.yaml', schema: aliasesSchema },
  everyday: { path: 'search/everyday.yaml', schema: everydaySchema },
  redirects: { path: 'redirects.yaml', schema: redirectsSchema },
  sources: { path: 'sources/sources.yaml', schema: sourcesSchema },
} as const;
export type TableName = keyof typeof TABLES;

/** The raw source texts, kept as received (content/sources/). */
export const SOURCES_FOLDER = 'sources';
