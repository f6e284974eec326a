/**
 * The comparison data (CompareData, ./views.ts) from content that was read once: the pages pass their
 * collections (src/data/compare.ts), the scripts and tests what src/model/read.ts returned, so that pages,
 * downloads and their tests cannot disagree.
 */
import type { Content } from '../../model/read.ts';
import { sectionParagraphs } from './sections.ts';
import type { CompareData, DocumentInfo, ListInfo, RegionInfo } from './views.ts';

/** The content the comparisons are made of; documents carry their MDX body. */
export type CompareSource = Omit<CompareData, 'documents'> & {
  documents: Array<Omit<DocumentInfo, 'sections'> & { body: string }>;
};

export function compareData({ documents, ...rest }: CompareSource): CompareData {
  return { ...rest, documents: documents.map(({ body, ...d }) => ({ ...d, sections: sectionParagraphs(body) })) };
}

/** The comparison data of a content folder as src/model/read.ts returned it (valid entries only, tables in file order). */
export function compareDataOf(content: Content): CompareData {
  const regions: RegionInfo[] = content.regions.entries.map(({ data: r }) => ({
    id: r.slug,
    name: r.name,
    code: r.code,
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
  return compareData({
    regions,
    documents: content.documents.entries.map(({ file, data: d }) => ({
      id: file.id,
      title: d.title,
      region: d.region,
      status: d.status,
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
  });
}
