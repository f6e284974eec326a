/**
 * The site's page kinds: how many pages of each the content calls for, and whether the search index
 * holds them. The content guard compares the build against it; the site tests classify every built page by it.
 */

/** What the content holds, counted by the content check. */
export interface ContentCounts {
  regions: number;
  documents: number;
  lists: number;
  items: number;
  /** Reviewed lists whose items the source gives: each has a finder page (a pending list has no rules yet). */
  answerableLists: number;
  /** Comparison topics (one page each). */
  topics: number;
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
}

const one = () => 1;

export const ROUTES: readonly Route[] = [
  { kind: 'home', pattern: /^\/$/u, count: one, searchable: false },
  { kind: 'regions index', pattern: /^\/regions\/$/u, count: one, searchable: false },
  { kind: 'region', pattern: /^\/regions\/[a-z0-9-]+\/$/u, count: (c) => c.regions, searchable: true },
  { kind: 'document', pattern: /^\/documents\/[a-z0-9-]+\/$/u, count: (c) => c.documents, searchable: true },
  { kind: 'list', pattern: /^\/lists\/[a-z0-9-]+\/$/u, count: (c) => c.lists, searchable: true },
  { kind: 'list item', pattern: /^\/lists\/[a-z0-9-]+\/item-\d+\/$/u, count: (c) => c.items, searchable: true },
  { kind: 'search', pattern: /^\/search\/$/u, count: one, searchable: false },
  { kind: 'finder', pattern: /^\/finder\/$/u, count: one, searchable: false },
  { kind: 'finder region', pattern: /^\/finder\/[a-z0-9-]+\/$/u, count: (c) => c.answerableLists, searchable: false },
  { kind: 'glossary', pattern: /^\/glossary\/$/u, count: one, searchable: true },
  { kind: 'comparisons', pattern: /^\/compare\/$/u, count: one, searchable: true },
  { kind: 'topic', pattern: /^\/compare\/topics\/[a-z0-9-]+\/$/u, count: (c) => c.topics, searchable: true },
  { kind: 'commitments', pattern: /^\/compare\/commitments\/$/u, count: one, searchable: true },
  { kind: 'services', pattern: /^\/compare\/services\/$/u, count: one, searchable: true },
  { kind: 'basis', pattern: /^\/compare\/basis\/$/u, count: one, searchable: true },
  { kind: 'downloads', pattern: /^\/data\/$/u, count: one, searchable: false },
  { kind: '404', pattern: /^\/404\.html$/u, count: one, searchable: false },
];

/** The route a built page belongs to, or undefined for a page the table does not know. */
export const routeOf = (path: string): Route | undefined => ROUTES.find((r) => r.pattern.test(path));

/** Pages the build must write. */
export const expectedPages = (c: ContentCounts): number => ROUTES.reduce((n, r) => n + r.count(c), 0);

/** Pages the search index must hold (a list's items are folded into its record, each counted). */
export const searchablePages = (c: ContentCounts): number =>
  ROUTES.filter((r) => r.searchable).reduce((n, r) => n + r.count(c), 0);
