/**
 * The comparison data as the pages need it, read once per build from the collections. The joins live
 * in src/lib/compare/, shared with the downloads and their tests.
 */
import { getCollection } from 'astro:content';
import { compareData as fromSource } from '../lib/compare/data.ts';
import { bodyOf } from '../model/bodies.ts';
import { catalog } from './catalog.ts';
import { lifecycles } from './lifecycle.ts';
import type { CompareData } from '../lib/compare/views.ts';

let cached: Promise<CompareData> | undefined;

/** Topics, kinds and metrics in the curated order of their files (src/build/content-loader.ts keeps each row's place). */
function inFileOrder<T extends { order: number }>(entries: Array<{ data: T }>): Array<Omit<T, 'order'>> {
  return entries
    .map((e) => e.data)
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...row }) => row);
}

export function compareData(): Promise<CompareData> {
  cached ??= (async () => {
    const { pending, documents: current, lists: currentLists } = await catalog();
    // A review collection is read only when something reviewed needs it: a new version of the only reviewed
    // document or list leaves it empty (docs/versions.md), and Astro warns about an empty collection.
    const reviewedDocuments = current.some((d) => !pending.documents.has(d.id));
    const reviewedLists = currentLists.some((l) => l.data.items.length > 0 && !pending.lists.has(l.id));
    const [regions, documents, lists, topics, serviceKinds, metrics, documentTags, listTags, commitments] =
      await Promise.all([
        getCollection('regions'),
        getCollection('documents'),
        getCollection('lists'),
        getCollection('topics'),
        getCollection('serviceKinds'),
        getCollection('metrics'),
        reviewedDocuments ? getCollection('documentTags') : [],
        reviewedLists ? getCollection('listTags') : [],
        reviewedDocuments ? getCollection('commitments') : [],
      ]);
    const lifecycle = await lifecycles();
    return fromSource({
      regions: regions.map((r) => ({
        id: r.id,
        name: r.data.name,
        code: r.data.code,
        province: r.data.province.id,
        ...(r.data.parent ? { parent: r.data.parent.id } : {}),
      })),
      documents: documents.map((d) => ({
        id: d.id,
        title: d.data.title,
        region: d.data.region.id,
        status: lifecycle.get(d.id)!.status,
        statusSince: lifecycle.get(d.id)!.since,
        citations: d.data.implements.length,
        outline: d.data.outline,
        body: bodyOf('documents', d.id),
      })),
      lists: lists.map((l) => ({
        id: l.id,
        title: l.data.title,
        region: l.data.region.id,
        document: l.data.document.id,
        itemsMissing: l.data.itemsMissing,
        declaredItemCount: l.data.declaredItemCount,
        items: l.data.items,
      })),
      topics: inFileOrder(topics),
      serviceKinds: inFileOrder(serviceKinds),
      metrics: inFileOrder(metrics),
      documentTags: documentTags.map((t) => t.data),
      listTags: listTags.map((t) => t.data),
      commitments: commitments.map((c) => c.data),
      review: pending,
    });
  })();
  return cached;
}
