/**
 * The comparison data (CompareData, ./views.ts) from content that was read once: the pages pass their
 * collections (src/data/compare.ts), the scripts and tests what src/model/read.ts returned, so that pages,
 * downloads and their tests cannot disagree.
 */
import type { Content } from '../../model/read.ts';
import { lifecycleFacts, lifecyclesOf } from '../lifecycle/lifecycle.ts';
import { NOTHING_PENDING, reviewOf, splitByReview, type Review } from './review.ts';
import { sectionParagraphs } from './sections.ts';
import type { CompareData, DocumentInfo, ListInfo, RegionInfo } from './views.ts';

/** The content the comparisons are made of; documents carry their MDX body; `review` names what is pending. */
export type CompareSource = Omit<CompareData, 'documents' | 'pending'> & {
  documents: Array<Omit<DocumentInfo, 'sections'> & { body: string }>;
  review?: Review;
};

/** Pending documents and lists are kept apart (CompareData.pending): every view compares the reviewed ones only. */
export function compareData({ documents, lists, review = NOTHING_PENDING, ...rest }: CompareSource): CompareData {
  const all = documents.map(({ body, ...d }) => ({ ...d, sections: sectionParagraphs(body) }));
  const [reviewedDocuments, pendingDocuments] = splitByReview(all, (d) => review.documents.has(d.id));
  const [reviewedLists, pendingLists] = splitByReview(lists, (l) => review.lists.has(l.id));
  return {
    ...rest,
    documents: reviewedDocuments,
    lists: reviewedLists,
    pending: { documents: pendingDocuments, lists: pendingLists },
  };
}

/**
 * The comparison data of a content folder as src/model/read.ts returned it (valid entries only, tables in file
 * order), with each document's status on `today` (YYYY-MM-DD, the build date: src/lib/lifecycle/).
 */
export function compareDataOf(content: Content, today: string): CompareData {
  const regions: RegionInfo[] = content.regions.entries.map(({ data: r }) => ({
    id: r.slug,
    name: r.name,
    code: r.code,
    province: r.province,
    ...(r.parent ? { parent: r.parent } : {}),
  }));
  const lists: ListInfo[] = content.lists.entries.map(({ file, data: l }) => ({
    id: file.id,
    title: l.title,
    region: l.region,
    document: l.document,
    itemsMissing: l.itemsMissing,
    declaredItemCount: l.declaredItemCount,
    items: l.items,
  }));
  const lifecycles = lifecyclesOf(
    content.documents.entries.map(({ file, data: d }) => lifecycleFacts(file.id, d, d.region)),
    today,
  );
  return compareData({
    regions,
    documents: content.documents.entries.map(({ file, data: d }) => ({
      id: file.id,
      title: d.title,
      region: d.region,
      status: lifecycles.get(file.id)!.status,
      statusSince: lifecycles.get(file.id)!.since,
      citations: d.implements.length,
      outline: d.outline,
      body: file.body,
    })),
    lists,
    topics: content.topics.rows ?? [],
    serviceKinds: content.serviceKinds.rows ?? [],
    metrics: content.metrics.rows ?? [],
    documentTags: content.documentTags.entries.map((e) => e.data),
    listTags: content.listTags.entries.map((e) => e.data),
    commitments: content.commitments.entries.map((e) => e.data),
    review: reviewOf(content.sources.rows ?? [], lists),
  });
}
