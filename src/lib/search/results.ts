/**
 * Turns Pagefind's results into what the search page shows: one card per result, which is a page
 * or one section of a policy text (src/lib/search/split.ts). Pure, so it is unit-tested.
 */

/** The parts of Pagefind's result data this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface SearchCard {
  /** Where the card leads: a page, or a section of a policy text (page#anchor). */
  url: string;
  title: string;
  excerpt: string;
  kind: string;
  region: string;
  document: string;
  amount: string;
  status: string;
  /** Is this a section or task of a policy text rather than a whole page? */
  isSection: boolean;
}

/** Anchors listed in the URL manifest (docs/urls.md): the sections a policy text is split into for search. */
export const STABLE_ANCHOR = /^(?:section-\d+(?:-\d+)*|task-\d+|appendix(?:-\d+)?|annex-\d+|notice|outline|preamble|end)$/u;

export function toCard(data: PagefindResultData): SearchCard {
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: data.excerpt,
    kind: data.meta.kind ?? '',
    region: data.meta.region ?? '',
    document: data.meta.document ?? '',
    amount: data.meta.amount ?? '',
    status: data.meta.status ?? '',
    isSection: data.url.includes('#'),
  };
}

/**
 * Pagefind's excerpt as text runs, marked or not. Pagefind escapes < and > in the page text and
 * wraps matches in <mark>; the page builds DOM nodes from the runs instead of parsing HTML.
 */
export function excerptRuns(excerpt: string): { text: string; marked: boolean }[] {
  const unescape = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>');
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/u).filter(Boolean).map((part) => {
    const m = /^<mark>([\s\S]*)<\/mark>$/u.exec(part);
    return m ? { text: unescape(m[1]!), marked: true } : { text: unescape(part), marked: false };
  });
}
