/**
 * The comparison data read straight from the content files (no Astro): for scripts and for the tests
 * that prove the built pages and downloads agree with the content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readCollection } from '../../model/read.ts';
import {
  documentCommitmentsSchema, documentTagsSchema, listTagsSchema, metricSchema, serviceKindSchema, topicSchema,
} from '../../model/compare.ts';
import { sectionParagraphs } from './sections.ts';
import type { CompareData, DocumentInfo, ListInfo } from './views.ts';

export function readCompareData(contentDir: string): CompareData {
  const compare = join(contentDir, 'compare');
  const table = <T>(name: string, schema: { parse: (x: unknown) => T }) =>
    (parse(readFileSync(join(compare, name), 'utf8')) as unknown[]).map((x) => schema.parse(x));
  const folder = <T>(name: string, schema: { parse: (x: unknown) => T }) =>
    readCollection(compare, 'compare', name, '.yaml').map((f) => schema.parse(f.data));
  const regions = readCollection(contentDir, 'content', 'regions', '.yaml').map((f) => f.data as { slug: string; name: string; code: string });
  return {
    regions: regions.map((r) => ({ id: r.slug, name: r.name, code: r.code })),
    documents: readCollection(contentDir, 'content', 'documents', '.mdx').map((f) => {
      const d = f.data as Omit<DocumentInfo, 'id' | 'sections'>;
      return { id: f.id, title: d.title, region: d.region, status: d.status, outline: d.outline, sections: sectionParagraphs(f.body) };
    }),
    lists: readCollection(contentDir, 'content', 'lists', '.yaml').map((f) => {
      const l = f.data as Omit<ListInfo, 'id'>;
      return { id: f.id, title: l.title, region: l.region, document: l.document, itemsMissing: l.itemsMissing, declaredItemCount: l.declaredItemCount, items: l.items };
    }),
    topics: table('topics.yaml', topicSchema),
    serviceKinds: table('service-kinds.yaml', serviceKindSchema),
    metrics: table('metrics.yaml', metricSchema),
    documentTags: folder('document-tags', documentTagsSchema),
    listTags: folder('list-tags', listTagsSchema),
    commitments: folder('commitments', documentCommitmentsSchema),
  };
}
