/**
 * Which province indexes a query needs (docs/search.md, "One index or one per province"). Above a size the build
 * writes the index in parts: the pages of no province (comparisons, glossary …) in Pagefind's own folder, with its
 * scripts, and each province's pages in a folder of their own, listed in SHARDS_URL. The search page merges
 * (Pagefind's mergeIndex) the provinces of the query's region and province filters — the visitor's, or the
 * places the query names — and every province only for a query across the country.
 */
import type { PagefindFilters } from './plan.ts';

/** The list of province indexes, beside Pagefind's files (written by src/build/search/step.ts). */
export const SHARDS_URL = '/pagefind/site-shards.json';

/** The folder of a province's index. */
export const provinceIndexUrl = (slug: string): string => `/pagefind/p/${slug}/`;

export interface ShardManifest {
  /** The province indexes merged into the one at /pagefind/; none when the site has one index. */
  provinces: Array<{ name: string; path: string }>;
}

const values = (filter: PagefindFilters[keyof PagefindFilters]): string[] =>
  filter === undefined ? [] : typeof filter === 'string' ? [filter] : filter.any;

/**
 * The folders of the province indexes a search with these filters needs: the provinces of its province and region
 * filters (`provinceOf`: region name → its province's name), or all of them when it has neither, or a region
 * whose province is not known.
 */
export function shardsFor(
  filters: PagefindFilters,
  provinceOf: ReadonlyMap<string, string>,
  manifest: ShardManifest,
): string[] {
  const regions = values(filters.region);
  const provinces = values(filters.province);
  if (regions.length + provinces.length === 0 || regions.some((r) => !provinceOf.has(r)))
    return manifest.provinces.map((p) => p.path);
  const wanted = new Set([...provinces, ...regions.map((r) => provinceOf.get(r)!)]);
  return manifest.provinces.filter((p) => wanted.has(p.name)).map((p) => p.path);
}
