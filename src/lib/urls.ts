/**
 * The URL scheme (docs/urls.md). Every path is lower-case ASCII with a trailing slash and is built
 * from slugs and numbers the content itself fixes — never from a position in a list that can shift.
 */

/** The search page; with a query, e.g. /search/?q=尊老金 (docs/search.md for all parameters). */
export const searchUrl = (): string => '/search/';
export const regionsIndexUrl = (): string => '/regions/';
export const regionUrl = (region: string): string => `/regions/${region}/`;
export const documentUrl = (document: string, anchor?: string): string =>
  `/documents/${document}/${anchor ? `#${anchor}` : ''}`;
export const listUrl = (list: string): string => `/lists/${list}/`;
/** An item's path segment is its number in the list (序号), which the list's own text fixes. */
export const itemSegment = (n: number): string => `item-${n}`;
export const itemUrl = (list: string, n: number): string => `/lists/${list}/${itemSegment(n)}/`;

/** The item number in an item segment ("item-12" → 12); null for anything else. */
export function parseItemSegment(segment: string): number | null {
  const m = /^item-([1-9]\d*)$/u.exec(segment);
  return m ? Number(m[1]) : null;
}

/** The comparison section (docs/compare.md). */
export const compareUrl = (): string => '/compare/';
export const topicUrl = (topic: string): string => `/compare/topics/${topic}/`;
/** A metric's table on the commitments page. */
export const commitmentsUrl = (metric?: string): string => `/compare/commitments/${metric ? `#${metric}` : ''}`;
export const servicesUrl = (kind?: string): string => `/compare/services/${kind ? `#${kind}` : ''}`;
export const basisUrl = (): string => '/compare/basis/';
export const dataUrl = (): string => '/data/';
/** A whole-country download, e.g. /data/commitments.csv, /data/commitments.csv.gz or /data/commitments.schema.json. */
export const dataFileUrl = (stem: string, kind: 'csv' | 'json' | 'csv.gz' | 'json.gz' | 'schema.json'): string =>
  `/data/${stem}.${kind}`;
/** A province's download (its regions' rows only), e.g. /data/hubei/commitments.csv. */
export const provinceDataFileUrl = (province: string, stem: string, kind: 'csv' | 'json'): string =>
  `/data/${province}/${stem}.${kind}`;

/** The entitlement finder; its answers live in the fragment (docs/finder.md). */
export const finderUrl = (): string => '/finder/';
/** One region's items with their conditions, readable without JavaScript. */
export const finderRegionUrl = (region: string): string => `/finder/${region}/`;
/** One region's items and rules for the finder. */
export const finderDataUrl = (region: string): string => `/finder/${region}.json`;
/** A province's answerable regions by prefecture, each linking to its page (the finder's way without JavaScript). */
export const finderProvinceUrl = (province: string): string => `/finder/provinces/${province}/`;
/** A province's answerable regions for the finder's region choice: slug, name and prefecture of each. */
export const finderProvinceDataUrl = (province: string): string => `/finder/provinces/${province}.json`;
/**
 * 有效期一览: documents that have expired, expire within a year, or state no end (docs/lifecycle.md); with a
 * province's or prefecture's slug, that region's documents.
 */
export const validityUrl = (scope?: string): string => (scope ? `/validity/${scope}/` : '/validity/');
/** The glossary; a term is /glossary/#<id>. */
export const glossaryUrl = (): string => '/glossary/';

/** The change log (更新记录) and its feeds: the whole site's and one per region (docs/feeds.md). */
export const changesUrl = (scope?: string): string => (scope ? `/changes/${scope}/` : '/changes/');
export const feedUrl = (): string => '/feed.xml';
export const regionFeedUrl = (region: string): string => `/regions/${region}/feed.xml`;
/** Is this site path one of the feeds (written only when the build has SITE_URL)? */
export const isFeedPath = (path: string): boolean => /^\/(regions\/[a-z0-9-]+\/)?feed\.xml$/u.test(path);
/** A document's older versions (docs/versions.md): the history, one older version (with an anchor), its 对照 with the next. */
export const documentVersionsUrl = (document: string): string => `/documents/${document}/versions/`;
export const documentVersionUrl = (document: string, key: string, anchor?: string): string =>
  `/documents/${document}/versions/${key}/${anchor ? `#${anchor}` : ''}`;
export const documentChangesUrl = (document: string, key: string): string =>
  `/documents/${document}/versions/${key}/changes/`;
/** A list's older versions: the history, one older version (an item is its anchor #item-N there), its 对照. */
export const listVersionsUrl = (list: string): string => `/lists/${list}/versions/`;
export const listVersionUrl = (list: string, key: string, anchor?: string): string =>
  `/lists/${list}/versions/${key}/${anchor ? `#${anchor}` : ''}`;
export const listChangesUrl = (list: string, key: string): string => `/lists/${list}/versions/${key}/changes/`;
