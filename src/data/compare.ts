/**
 * The comparison data as the pages need it, read once per build from the collections. The joins live
 * in src/lib/compare/views.ts, shared with the downloads and their tests.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import { sectionParagraphs } from '../lib/compare/sections.ts';
import { contentDir } from '../model/layout.ts';
import type { CompareData } from '../lib/compare/views.ts';

let cached: Promise<CompareData> | undefined;

/**
 * Entries in the order their file lists them: the order of topics, kinds and metrics is curated,
 * and a collection does not keep it.
 */
function inFileOrder<T extends { id: string }>(entries: T[], file: string): T[] {
  const ids = (parse(readFileSync(`${contentDir}/compare/${file}`, 'utf8')) as Array<{ id: string }>).map((e) => e.id);
  return [...entries].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

export function compareData(): Promise<CompareData> {
  cached ??= (async () => {
    const [regions, documents, lists, topics, serviceKinds, metrics, documentTags, listTags, commitments] = await Promise.all([
      getCollection('regions'), getCollection('documents'), getCollection('lists'), getCollection('topics'),
      getCollection('serviceKinds'), getCollection('metrics'), getCollection('documentTags'), getCollection('listTags'),
      getCollection('commitments'),
    ]);
    return {
      regions: regions.map((r) => ({ id: r.id, name: r.data.name, code: r.data.code })),
      documents: documents.map((d) => ({
        id: d.id, title: d.data.title, region: d.data.region.id, status: d.data.status, outline: d.data.outline,
        sections: sectionParagraphs(d.body ?? ''),
      })),
      lists: lists.map((l) => ({
        id: l.id, title: l.data.title, region: l.data.region.id, document: l.data.document.id,
        itemsMissing: l.data.itemsMissing, declaredItemCount: l.data.declaredItemCount, items: l.data.items,
      })),
      topics: inFileOrder(topics.map((t) => t.data), 'topics.yaml'),
      serviceKinds: inFileOrder(serviceKinds.map((k) => k.data), 'service-kinds.yaml'),
      metrics: inFileOrder(metrics.map((m) => m.data), 'metrics.yaml'),
      documentTags: documentTags.map((t) => t.data),
      listTags: listTags.map((t) => t.data),
      commitments: commitments.map((c) => c.data),
    };
  })();
  return cached;
}
