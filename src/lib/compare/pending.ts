/**
 * The documents and lists published before their review (./review.ts), as the comparison pages, the
 * downloads and the finder name them: 尚待整理, with a link to the verbatim text.
 */
import { documentUrl, listUrl } from '../urls.ts';
import type { LifecycleStatus } from '../../model/vocab.ts';
import type { CompareData, RegionInfo } from './views.ts';

export interface PendingEntry {
  kind: 'document' | 'list';
  /** The document's or list's slug. */
  id: string;
  /** Its title, verbatim. */
  title: string;
  /** Its page. */
  url: string;
  region: RegionInfo;
  /** The document's slug (a list's own document). */
  document: string;
  /** The document's status on the build date (a list's document's). */
  status: LifecycleStatus;
  /** The day that status took effect, or 未注明. */
  statusSince: string;
}

/** Every pending document and list, by region code, each region's documents before its lists. */
export function pendingEntries(data: CompareData): PendingEntry[] {
  const regionOf = new Map(data.regions.map((r) => [r.id, r]));
  const documentOf = new Map([...data.documents, ...data.pending.documents].map((d) => [d.id, d]));
  const entries: PendingEntry[] = [
    ...data.pending.documents.map((d) => ({
      kind: 'document' as const,
      id: d.id,
      title: d.title,
      url: documentUrl(d.id),
      region: regionOf.get(d.region)!,
      document: d.id,
      status: d.status,
      statusSince: d.statusSince,
    })),
    ...data.pending.lists.map((l) => ({
      kind: 'list' as const,
      id: l.id,
      title: l.title,
      url: listUrl(l.id),
      region: regionOf.get(l.region)!,
      document: l.document,
      status: documentOf.get(l.document)!.status,
      statusSince: documentOf.get(l.document)!.statusSince,
    })),
  ];
  const rank = { document: 0, list: 1 } as const;
  return entries.sort(
    (a, b) => a.region.code.localeCompare(b.region.code) || rank[a.kind] - rank[b.kind] || a.id.localeCompare(b.id),
  );
}
