/**
 * Publish before review (docs/content-model.md): a source marked `review: "pending"` in
 * content/sources/sources.yaml goes live as verbatim text — its document, the lists made from it, their
 * anchors and search — before its topic tags, commitments, eligibility rules and plain words exist. The
 * comparisons, downloads and finder leave such documents and lists out of what they compare and name them
 * as 尚待整理 instead.
 */
import type { ReviewState } from '../../model/vocab.ts';

/** What the review state is read from: an entry of the sources register. */
export interface ReviewSource {
  document: string;
  lists?: ReadonlyArray<{ slug: string }>;
  /** Absent: reviewed (every entry written before the field existed was reviewed). */
  review?: ReviewState;
  /** Set on the entry of an older version (docs/versions.md): its state is that of a replaced text, not the current one. */
  version?: unknown;
}

export interface Review {
  /** Documents whose source is pending. */
  documents: ReadonlySet<string>;
  /** Lists made from a pending source: named in its entry, or lists of a pending document. */
  lists: ReadonlySet<string>;
}

export const NOTHING_PENDING: Review = { documents: new Set(), lists: new Set() };

/** The pending documents and lists, from the sources register and each list's document. */
export function reviewOf(
  sources: readonly ReviewSource[],
  lists: ReadonlyArray<{ id: string; document: string }>,
): Review {
  const pending = sources.filter((s) => s.review === 'pending' && !s.version);
  const documents = new Set(pending.map((s) => s.document));
  return {
    documents,
    lists: new Set([
      ...pending.flatMap((s) => (s.lists ?? []).map((l) => l.slug)),
      ...lists.filter((l) => documents.has(l.document)).map((l) => l.id),
    ]),
  };
}

/** Splits entries into the reviewed ones and the pending ones, each in the order given. */
export function splitByReview<T>(entries: readonly T[], isPending: (entry: T) => boolean): [T[], T[]] {
  const reviewed: T[] = [];
  const pending: T[] = [];
  for (const e of entries) (isPending(e) ? pending : reviewed).push(e);
  return [reviewed, pending];
}

/** What the pages call 尚待整理: published verbatim, not yet tagged, compared or sorted. */
export const PENDING_LABEL = '尚待整理';
