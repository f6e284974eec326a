import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { collectionLoader, tableLoader } from './build/content-loader.ts';
import {
  documentCommitmentsSchema,
  documentTagsSchema,
  listTagsSchema,
  metricSchema,
  serviceKindSchema,
  topicSchema,
} from './model/compare.ts';
import { documentSchema } from './model/document.ts';
import { listEligibilitySchema } from './model/eligibility.ts';
import { glossarySchema } from './model/glossary.ts';
import { contentDir } from './model/layout.ts';
import { serviceListSchema } from './model/list.ts';
import { plainListSchema } from './model/plain.ts';
import { regionSchema } from './model/region.ts';
import { sourceId, sourcesSchema, type SourceEntry } from './model/site-data.ts';
import { documentVersionSchema, listVersionSchema } from './model/version.ts';

// The content lives outside src/ (./content by default; CONTENT_DIR points the build elsewhere). Every
// collection takes its entries from the one reader (src/model/read.ts), which the content guard has
// already run and checked; the schemas here add Astro's references.
const from = (name: Parameters<typeof collectionLoader>[1]) => collectionLoader(contentDir, name);
const table = (name: Parameters<typeof tableLoader>[1]) => tableLoader(contentDir, name);
// Topics, kinds and metrics are listed in a curated order: each entry keeps its place in the file.
const ordered = (name: Parameters<typeof tableLoader>[1]) => tableLoader(contentDir, name, { ordered: true });
const order = { order: z.number().int().nonnegative() };

const regions = defineCollection({ loader: from('regions'), schema: regionSchema(reference('regions')) });
const documents = defineCollection({ loader: from('documents'), schema: documentSchema(reference('regions')) });
const lists = defineCollection({
  loader: from('lists'),
  schema: serviceListSchema(reference('regions'), reference('documents')),
});

// Older versions of documents and lists (docs/versions.md): ids are <slug>/<key>.
const documentVersions = defineCollection({
  loader: from('documentVersions'),
  schema: documentVersionSchema(reference('regions')),
});
const listVersions = defineCollection({
  loader: from('listVersions'),
  schema: listVersionSchema(reference('regions'), reference('documents')),
});

// The comparison layer (docs/compare.md); its references are checked by the content check.
const topics = defineCollection({ loader: ordered('topics'), schema: topicSchema.extend(order) });
const serviceKinds = defineCollection({ loader: ordered('serviceKinds'), schema: serviceKindSchema.extend(order) });
const metrics = defineCollection({ loader: ordered('metrics'), schema: metricSchema.extend(order) });
const documentTags = defineCollection({ loader: from('documentTags'), schema: documentTagsSchema });
const listTags = defineCollection({ loader: from('listTags'), schema: listTagsSchema });
const commitments = defineCollection({ loader: from('commitments'), schema: documentCommitmentsSchema });

// Who can get each list item (docs/finder.md), and each item in plain words (ours, shown apart from the verbatim cells).
const eligibility = defineCollection({ loader: from('eligibility'), schema: listEligibilitySchema });
const plain = defineCollection({ loader: from('plain'), schema: plainListSchema });

// Policy terms in plain words (docs/finder.md).
const glossary = defineCollection({ loader: table('glossary'), schema: glossarySchema.element });

// The sources register, by document and older version (one entry each; a raw file may serve more than one): which documents and
// lists are still pending review, and each source's 收录日期 and 最后核对 (docs/content-model.md).
const sources = defineCollection({
  loader: tableLoader(contentDir, 'sources', { idOf: (row) => sourceId(row as SourceEntry) }),
  schema: sourcesSchema.element,
});

export const collections = {
  regions,
  documents,
  lists,
  documentVersions,
  listVersions,
  topics,
  serviceKinds,
  metrics,
  documentTags,
  listTags,
  commitments,
  eligibility,
  plain,
  glossary,
  sources,
};
