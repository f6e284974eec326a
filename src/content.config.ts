import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './model/layout.ts';
import {
  documentCommitmentsSchema, documentTagsSchema, listTagsSchema, metricSchema, serviceKindSchema, topicSchema,
} from './model/compare.ts';
import { plainListSchema } from './lib/eligibility/plain.ts';
import { GLOSSARY_FILE, glossarySchema } from './model/glossary.ts';
import { listEligibilitySchema } from './model/eligibility.ts';
import { documentSchema, regionSchema, serviceListSchema } from './model/schemas.ts';

// The content lives outside src/ (./content by default; CONTENT_DIR points the build elsewhere).
// The schemas are shared with scripts/check-content.ts, which runs first and gives friendlier errors.
const regions = defineCollection({
  loader: glob({ base: `${contentDir}/regions`, pattern: '*.yaml' }),
  schema: regionSchema(reference('regions')),
});

const documents = defineCollection({
  loader: glob({ base: `${contentDir}/documents`, pattern: '*.mdx' }),
  schema: documentSchema(reference('regions')),
});

const lists = defineCollection({
  loader: glob({ base: `${contentDir}/lists`, pattern: '*.yaml' }),
  schema: serviceListSchema(reference('regions'), reference('documents')),
});

// The comparison layer (docs/compare.md); its references are checked by the content check.
const compare = `${contentDir}/compare`;
const topics = defineCollection({ loader: file(`${compare}/topics.yaml`), schema: topicSchema });
const serviceKinds = defineCollection({ loader: file(`${compare}/service-kinds.yaml`), schema: serviceKindSchema });
const metrics = defineCollection({ loader: file(`${compare}/metrics.yaml`), schema: metricSchema });
const documentTags = defineCollection({ loader: glob({ base: `${compare}/document-tags`, pattern: '*.yaml' }), schema: documentTagsSchema });
const listTags = defineCollection({ loader: glob({ base: `${compare}/list-tags`, pattern: '*.yaml' }), schema: listTagsSchema });
const commitments = defineCollection({ loader: glob({ base: `${compare}/commitments`, pattern: '*.yaml' }), schema: documentCommitmentsSchema });

// Who can get each list item (docs/finder.md).
const eligibility = defineCollection({ loader: glob({ base: `${contentDir}/eligibility`, pattern: '*.yaml' }), schema: listEligibilitySchema });

// Each list item in plain words (our wording, shown apart from the verbatim cells).
const plain = defineCollection({ loader: glob({ base: `${contentDir}/plain`, pattern: '*.yaml' }), schema: plainListSchema });

// Policy terms in plain words (docs/finder.md).
const glossary = defineCollection({ loader: file(`${contentDir}/${GLOSSARY_FILE}`), schema: glossarySchema.element });

export const collections = { regions, documents, lists, topics, serviceKinds, metrics, documentTags, listTags, commitments, eligibility, plain, glossary };
