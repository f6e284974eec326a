/**
 * Older versions of documents and lists as the pages need them (docs/versions.md): each document's and list's
 * history, its older versions' entries, and the 对照 of each version with the next, computed once per build.
 * The collections are read only when the sources register records a version: an empty collection makes Astro
 * warn, and the build prints no warning (docs/architecture.md).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { catalog, type PolicyDocument, type ServiceList } from './catalog.ts';
import { compareDocuments, type DocumentComparison } from '../lib/versions/document-diff.ts';
import {
  historyOf,
  latestDate,
  ownDate,
  supersededBy,
  traceAnchor,
  type History,
  type Replacement,
  type VersionStep,
} from '../lib/versions/history.ts';
import { compareLists, type ListComparison } from '../lib/versions/list-diff.ts';
import { documentParts, type DocPart, type PartKind } from '../lib/versions/text.ts';
import { bodyOf } from '../model/bodies.ts';

export type DocumentVersion = CollectionEntry<'documentVersions'>;
export type ListVersion = CollectionEntry<'listVersions'>;

export interface DocumentHistory {
  history: History;
  /** The older versions by key. */
  versions: Map<string, DocumentVersion>;
  current: PolicyDocument;
  /** The 对照 of an older version with the version after it. */
  changes: (key: string) => DocumentComparison;
  /** The parts of a version (null: the current one). */
  parts: (key: string | null) => DocPart[];
}

export interface ListHistory {
  history: History;
  versions: Map<string, ListVersion>;
  current: ServiceList;
  changes: (key: string) => ListComparison;
}

/** An anchor an older version published whose words now stand elsewhere or nowhere in the current version. */
export interface FormerAnchor {
  anchor: string;
  /** The newest older version with this anchor, and its heading there. */
  key: string;
  heading: string;
  /** Where those words are now (an anchor of the current version), or null when they were removed. */
  now: string | null;
  /** The version that removed them (null: the current one), when they were removed. */
  removedBy?: string | null;
  /** Whether the current version still has an element with this id (then it holds other words). */
  reused: boolean;
}

interface Versions {
  documents: Map<string, DocumentHistory>;
  lists: Map<string, ListHistory>;
}

let cached: Promise<Versions> | undefined;

const kindsOf = (outline: ReadonlyArray<{ anchor: string; kind: PartKind }>) =>
  new Map(outline.map((o) => [o.anchor, o.kind]));
const step = (d: { title: string; status: string; datePublished: string; dateSigned: string }) => ({
  title: d.title,
  status: d.status,
  date: ownDate(d),
});

/** Every document's and list's older versions, read once. */
export function versions(): Promise<Versions> {
  cached ??= (async () => {
    const { documentBySlug, lists } = await catalog();
    const sources = (await getCollection('sources')).map((s) => s.data).filter((s) => s.version);
    const documentVersions = sources.length > 0 ? await getCollection('documentVersions') : [];
    const listVersions = sources.some((s) => s.lists?.length) ? await getCollection('listVersions') : [];
    const documents = new Map<string, DocumentHistory>();
    for (const [slug, current] of documentBySlug) {
      const own = documentVersions.filter((v) => v.id.startsWith(`${slug}/`));
      if (own.length === 0) continue;
      const history = historyOf(
        slug,
        step(current.data),
        own.map((v) => ({ ...step(v.data), version: v.data.version })),
      );
      const byKey = new Map(own.map((v) => [v.data.version.key, v]));
      const parts = new Map<string | null, DocPart[]>();
      const partsOf = (key: string | null) => {
        if (!parts.has(key)) {
          const e = key === null ? current : byKey.get(key)!;
          const body = key === null ? bodyOf('documents', slug) : bodyOf('documentVersions', e.id);
          parts.set(key, documentParts(body, kindsOf(e.data.outline)));
        }
        return parts.get(key)!;
      };
      const comparisons = new Map<string, DocumentComparison>();
      documents.set(slug, {
        history,
        versions: byKey,
        current,
        parts: partsOf,
        changes: (key) => {
          if (!comparisons.has(key)) {
            const i = history.steps.findIndex((s) => s.key === key);
            comparisons.set(key, compareDocuments(partsOf(key), partsOf(history.steps[i + 1]!.key)));
          }
          return comparisons.get(key)!;
        },
      });
    }
    const listsById = new Map(lists.map((l) => [l.id, l]));
    const listHistories = new Map<string, ListHistory>();
    for (const [slug, current] of listsById) {
      const own = listVersions.filter((v) => v.id.startsWith(`${slug}/`));
      if (own.length === 0) continue;
      const dated = (l: { data: { title: string; document: { id: string } } }, version?: string) => {
        const doc =
          version && documents.get(l.data.document.id)?.versions.get(version)
            ? documents.get(l.data.document.id)!.versions.get(version)!.data
            : documentBySlug.get(l.data.document.id)!.data;
        return { title: l.data.title, status: doc.status, date: ownDate(doc) };
      };
      const history = historyOf(
        slug,
        dated(current),
        own.map((v) => ({ ...dated(v, v.data.version.key), version: v.data.version })),
      );
      const byKey = new Map(own.map((v) => [v.data.version.key, v]));
      const comparisons = new Map<string, ListComparison>();
      listHistories.set(slug, {
        history,
        versions: byKey,
        current,
        changes: (key) => {
          if (!comparisons.has(key)) {
            const i = history.steps.findIndex((s) => s.key === key);
            const next = history.steps[i + 1]!.key;
            const after = next === null ? current.data.items : byKey.get(next)!.data.items;
            comparisons.set(key, compareLists(byKey.get(key)!.data.items, after));
          }
          return comparisons.get(key)!;
        },
      });
    }
    return { documents, lists: listHistories };
  })();
  return cached;
}

/** The older versions' anchors whose words moved or went: for the current page and the history page. */
export function formerAnchors(h: DocumentHistory): FormerAnchor[] {
  const older = h.history.steps.filter((s): s is VersionStep & { key: string } => s.key !== null);
  const maps = older.map((s) => h.changes(s.key).anchorMap);
  const current = new Set(h.parts(null).map((p) => p.anchor));
  const found = new Map<string, FormerAnchor>();
  // Newest version first: a link to an anchor most likely meant the text that was current when it was made.
  for (let i = older.length - 1; i >= 0; i -= 1) {
    for (const part of h.parts(older[i]!.key)) {
      if (found.has(part.anchor)) continue;
      const traced = traceAnchor(part.anchor, i, maps);
      if ('anchor' in traced && traced.anchor === part.anchor) {
        found.set(part.anchor, { anchor: part.anchor, key: '', heading: '', now: part.anchor, reused: true });
        continue;
      }
      found.set(part.anchor, {
        anchor: part.anchor,
        key: older[i]!.key,
        heading: part.heading,
        now: 'anchor' in traced ? traced.anchor : null,
        ...('removedAt' in traced ? { removedBy: h.history.steps[traced.removedAt]?.key ?? null } : {}),
        reused: current.has(part.anchor),
      });
    }
  }
  return [...found.values()].filter((f) => f.key !== '');
}

/** What replaced the version `key` of a document: for the status 已被取代 (the lifecycle's input). */
export async function replacementOf(document: string, key: string): Promise<Replacement | undefined> {
  const h = (await versions()).documents.get(document);
  return h && supersededBy(h.history, key);
}

/**
 * “数据截至”: the newest date of the current versions the comparisons and the finder use (published, else signed),
 * from the content, never the build's clock; undefined when no current document states a date.
 */
export async function dataAsOf(): Promise<string | undefined> {
  const { documents } = await catalog();
  return latestDate(documents.map((d) => ownDate(d.data)));
}
