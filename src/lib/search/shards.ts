/**
 * Which indexes a query needs (docs/search.md, "One index or several"). Above a size the build writes the index
 * in parts, each of whole provinces: the pages of no province (comparisons, glossary …) in Pagefind's own folder,
 * with its scripts, and the provinces' pages in folders of their own, listed in SHARDS_URL. The search page merges
 * (Pagefind's mergeIndex) the parts that hold the provinces of the query's region and province filters — the
 * visitor's, or the places the query names — and every part only for a query across the country.
 */
import type { PagefindFilters } from './plan.ts';

/** The list of the index's parts, beside Pagefind's files (written by src/build/search/step.ts). */
export const SHARDS_URL = '/pagefind/site-shards.json';

/** The folder of a part, named after its first province. */
export const indexPartUrl = (slug: string): string => `/pagefind/p/${slug}/`;

export interface ShardManifest {
  /** The parts merged into the index at /pagefind/, with their provinces' names; none when the site has one index. */
  parts: Array<{ path: string; provinces: string[] }>;
}

const values = (filter: PagefindFilters[keyof PagefindFilters]): string[] =>
  filter === undefined ? [] : typeof filter === 'string' ? [filter] : filter.any;

/**
 * The folders of the parts a search with these filters needs: those holding the provinces of its province and
 * region filters (`provinceOf`: region name → its province's name), or all of them when it has neither, or a
 * region whose province is not known.
 */
export function shardsFor(
  filters: PagefindFilters,
  provinceOf: ReadonlyMap<string, string>,
  manifest: ShardManifest,
): string[] {
  const regions = values(filters.region);
  const provinces = values(filters.province);
  if (regions.length + provinces.length === 0 || regions.some((r) => !provinceOf.has(r)))
    return manifest.parts.map((p) => p.path);
  const wanted = new Set([...provinces, ...regions.map((r) => provinceOf.get(r)!)]);
  return manifest.parts.filter((p) => p.provinces.some((name) => wanted.has(name))).map((p) => p.path);
}
