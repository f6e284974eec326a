/**
 * The site's page kinds: how many pages of each the content calls for, which paths they are, and whether
 * the search index holds them. The content guard compares the build against it and refuses a redirect away
 * from a live page; the site tests classify every built page by it.
 */
import {
  basisUrl,
  changesUrl,
  commitmentsUrl,
  compareUrl,
  dataUrl,
  documentChangesUrl,
  documentUrl,
  documentVersionUrl,
  documentVersionsUrl,
  finderProvinceUrl,
  finderRegionUrl,
  finderUrl,
  glossaryUrl,
  itemUrl,
  listChangesUrl,
  listUrl,
  listVersionUrl,
  listVersionsUrl,
  regionUrl,
  regionsIndexUrl,
  searchUrl,
  servicesUrl,
  topicUrl,
  validityUrl,
} from '../lib/urls.ts';

/** What the content holds, counted by the content check. */
export interface ContentCounts {
  regions: number;
  /** Province-level regions (a finder page each) and provinces with prefectures (a 有效期 and a 更新记录 page each). */
  provinces: number;
  scopes: number;
  documents: number;
  lists: number;
  items: number;
  /** Reviewed lists whose items the source gives: each has a finder page (a pending list has no rules yet). */
  answerableLists: number;
  /** Comparison topics (one page each). */
  topics: number;
  /** Documents with older versions (a history page each), and their older versions (a page and a 对照 each). */
  versionedDocuments: number;
  documentVersions: number;
  /** Lists with older versions, and their older versions (docs/versions.md). */
  versionedLists: number;
  listVersions: number;
  /** Comparison pages below the national ones, by route kind (src/lib/compare/pages.ts: only where a page above does not fit). */
  comparePages: Readonly<Record<string, number>>;
}

/** The slugs the content builds pages for, collected by the content check. */
export interface ContentIds {
  regions: readonly string[];
  /** Province-level regions; provinces and prefectures (src/lib/regions/hierarchy.ts). */
  provinces: readonly string[];
  scopes: readonly string[];
  documents: readonly string[];
  lists: ReadonlyArray<{ id: string; items: readonly number[] }>;
  /** Regions whose reviewed list has items (each has a finder page). */
  finderRegions: readonly string[];
  topics: readonly string[];
  /** Older versions of documents and lists, by slug and key. */
  documentVersions: ReadonlyArray<{ document: string; key: string }>;
  listVersions: ReadonlyArray<{ list: string; key: string }>;
  /** Comparison pages below the national ones (src/lib/compare/pages.ts). */
  comparePaths: readonly string[];
}

export interface Route {
  /** What the page shows. */
  kind: string;
  /** The built page's path (dist-relative URL path, /404.html for the 404 page). */
  pattern: RegExp;
  /** How many pages of this kind the content calls for. */
  count: (c: ContentCounts) => number;
  /** Whether the page is in the search index (docs/search.md). */
  searchable: boolean;
  /** The paths of its pages. */
  paths: (ids: ContentIds) => string[];
}

const one = () => 1;
const SLUG = '[a-z0-9-]+';
/** A comparison page below a national one (src/lib/compare/pages.ts): counted and listed from the plan. */
const split = (kind: string, base: string, depth: number): Route => {
  const pattern = new RegExp(
    `^\\/compare\\/${base}\\/${Array.from({ length: depth }, () => `${SLUG}\\/`).join('')}$`,
    'u',
  );
  return {
    kind,
    pattern,
    count: (c) => c.comparePages[kind] ?? 0,
    searchable: false,
    paths: (ids) => ids.comparePaths.filter((p) => pattern.test(p)),
  };
};
const only = (path: string) => () => [path];

export const ROUTES: readonly Route[] = [
  { kind: 'home', pattern: /^\/$/u, count: one, searchable: false, paths: only('/') },
  { kind: 'regions index', pattern: /^\/regions\/$/u, count: one, searchable: false, paths: only(regionsIndexUrl()) },
  {
    kind: 'region',
    pattern: /^\/regions\/[a-z0-9-]+\/$/u,
    count: (c) => c.regions,
    searchable: true,
    paths: (ids) => ids.regions.map(regionUrl),
  },
  {
    kind: 'document',
    pattern: /^\/documents\/[a-z0-9-]+\/$/u,
    count: (c) => c.documents,
    searchable: true,
    paths: (ids) => ids.documents.map((d) => documentUrl(d)),
  },
  {
    kind: 'list',
    pattern: /^\/lists\/[a-z0-9-]+\/$/u,
    count: (c) => c.lists,
    searchable: true,
    paths: (ids) => ids.lists.map((l) => listUrl(l.id)),
  },
  {
    kind: 'list item',
    pattern: /^\/lists\/[a-z0-9-]+\/item-\d+\/$/u,
    count: (c) => c.items,
    searchable: true,
    paths: (ids) => ids.lists.flatMap((l) => l.items.map((n) => itemUrl(l.id, n))),
  },
  // Older versions (docs/versions.md): a history per document or list, each older version, its 对照 with the next.
  {
    kind: 'document versions',
    pattern: /^\/documents\/[a-z0-9-]+\/versions\/$/u,
    count: (c) => c.versionedDocuments,
    searchable: false,
    paths: (ids) => [...new Set(ids.documentVersions.map((v) => v.document))].map(documentVersionsUrl),
  },
  {
    kind: 'document version',
    pattern: /^\/documents\/[a-z0-9-]+\/versions\/[a-z0-9-]+\/$/u,
    count: (c) => c.documentVersions,
    searchable: true,
    paths: (ids) => ids.documentVersions.map((v) => documentVersionUrl(v.document, v.key)),
  },
  {
    kind: 'document changes',
    pattern: /^\/documents\/[a-z0-9-]+\/versions\/[a-z0-9-]+\/changes\/$/u,
    count: (c) => c.documentVersions,
    searchable: false,
    paths: (ids) => ids.documentVersions.map((v) => documentChangesUrl(v.document, v.key)),
  },
  {
    kind: 'list versions',
    pattern: /^\/lists\/[a-z0-9-]+\/versions\/$/u,
    count: (c) => c.versionedLists,
    searchable: false,
    paths: (ids) => [...new Set(ids.listVersions.map((v) => v.list))].map(listVersionsUrl),
  },
  {
    kind: 'list version',
    pattern: /^\/lists\/[a-z0-9-]+\/versions\/[a-z0-9-]+\/$/u,
    count: (c) => c.listVersions,
    searchable: true,
    paths: (ids) => ids.listVersions.map((v) => listVersionUrl(v.list, v.key)),
  },
  {
    kind: 'list changes',
    pattern: /^\/lists\/[a-z0-9-]+\/versions\/[a-z0-9-]+\/changes\/$/u,
    count: (c) => c.listVersions,
    searchable: false,
    paths: (ids) => ids.listVersions.map((v) => listChangesUrl(v.list, v.key)),
  },
  { kind: 'search', pattern: /^\/search\/$/u, count: one, searchable: false, paths: only(searchUrl()) },
  { kind: 'finder', pattern: /^\/finder\/$/u, count: one, searchable: false, paths: only(finderUrl()) },
  {
    kind: 'finder region',
    pattern: /^\/finder\/[a-z0-9-]+\/$/u,
    count: (c) => c.answerableLists,
    searchable: false,
    paths: (ids) => ids.finderRegions.map(finderRegionUrl),
  },
  {
    kind: 'finder province',
    pattern: /^\/finder\/provinces\/[a-z0-9-]+\/$/u,
    count: (c) => c.provinces,
    searchable: false,
    paths: (ids) => ids.provinces.map(finderProvinceUrl),
  },
  { kind: 'glossary', pattern: /^\/glossary\/$/u, count: one, searchable: true, paths: only(glossaryUrl()) },
  { kind: 'comparisons', pattern: /^\/compare\/$/u, count: one, searchable: true, paths: only(compareUrl()) },
  {
    kind: 'topic',
    pattern: /^\/compare\/topics\/[a-z0-9-]+\/$/u,
    count: (c) => c.topics,
    searchable: true,
    paths: (ids) => ids.topics.map(topicUrl),
  },
  {
    kind: 'commitments',
    pattern: /^\/compare\/commitments\/$/u,
    count: one,
    searchable: true,
    paths: only(commitmentsUrl()),
  },
  { kind: 'services', pattern: /^\/compare\/services\/$/u, count: one, searchable: true, paths: only(servicesUrl()) },
  // Below the national comparison pages where they do not fit the page budget (docs/compare.md).
  split('commitments subject', 'commitments', 1),
  split('commitments province', 'commitments', 2),
  split('commitments prefecture', 'commitments', 3),
  split('services kind', 'services', 1),
  split('services province', 'services', 2),
  split('services prefecture', 'services', 3),
  split('topic province', 'topics', 2),
  split('topic prefecture', 'topics', 3),
  split('basis province', 'basis', 1),
  split('basis prefecture', 'basis', 2),
  { kind: 'basis', pattern: /^\/compare\/basis\/$/u, count: one, searchable: true, paths: only(basisUrl()) },
  { kind: 'downloads', pattern: /^\/data\/$/u, count: one, searchable: false, paths: only(dataUrl()) },
  { kind: 'validity', pattern: /^\/validity\/$/u, count: one, searchable: false, paths: only(validityUrl()) },
  { kind: 'changes', pattern: /^\/changes\/$/u, count: one, searchable: false, paths: only(changesUrl()) },
  // A province's or prefecture's 有效期一览 and 更新记录 (docs/lifecycle.md, docs/feeds.md).
  {
    kind: 'validity scope',
    pattern: /^\/validity\/[a-z0-9-]+\/$/u,
    count: (c) => c.scopes,
    searchable: false,
    paths: (ids) => ids.scopes.map((s) => validityUrl(s)),
  },
  {
    kind: 'changes scope',
    pattern: /^\/changes\/[a-z0-9-]+\/$/u,
    count: (c) => c.scopes,
    searchable: false,
    paths: (ids) => ids.scopes.map((s) => changesUrl(s)),
  },
  { kind: '404', pattern: /^\/404\.html$/u, count: one, searchable: false, paths: only('/404.html') },
];

/** The route a built page belongs to, or undefined for a page the table does not know. */
export const routeOf = (path: string): Route | undefined => ROUTES.find((r) => r.pattern.test(path));

/** Pages the build must write. */
export const expectedPages = (c: ContentCounts): number => ROUTES.reduce((n, r) => n + r.count(c), 0);

/** Pages the search index must hold (a list's items are folded into its record, each counted). */
export const searchablePages = (c: ContentCounts): number =>
  ROUTES.filter((r) => r.searchable).reduce((n, r) => n + r.count(c), 0);

/** Every page path the content builds (a redirect must not hide one). */
export const livePaths = (ids: ContentIds): Set<string> => new Set(ROUTES.flatMap((r) => r.paths(ids)));

/**
 * Feeds the build must write (docs/feeds.md): the site's and one per region, only with SITE_URL (a feed needs
 * absolute links). They are files, not pages: Astro leaves endpoints out of the pages it reports.
 */
export const expectedFeeds = (c: ContentCounts, withSite: boolean): number => (withSite ? 1 + c.regions : 0);
