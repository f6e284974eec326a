import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { documentSchema, regionSchema, serviceListSchema } from './lib/schemas.ts';

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

export const collections = { regions, documents, lists };
