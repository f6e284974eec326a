/**
 * Region names in a query act as the region filter (docs/search.md), and a prefecture's name should find its
 * counties' pages too (黄石 → 大冶市's list). So a page filed under a region is also filed under the regions
 * above it, up to but not including the province, which has a filter of its own. Only the copy handed to the
 * indexer changes.
 */
import type { RegionData } from '../../model/region.ts';
import { filterValues } from './filters.ts';

/** Region name → the names of the regions above it, below its province (大冶市 → [黄石市]). */
export function regionsAbove(regions: readonly RegionData[]): Map<string, string[]> {
  const bySlug = new Map(regions.map((r) => [r.slug, r]));
  const above = new Map<string, string[]>();
  for (const region of regions) {
    const names: string[] = [];
    for (let up = bySlug.get(region.parent ?? ''); up && up.level !== 'province'; up = bySlug.get(up.parent ?? ''))
      names.push(up.name);
    if (names.length) above.set(region.name, names);
  }
  return above;
}

/** The page with a region filter tag for each region above the ones it is filed under. */
export function fileUnderRegionsAbove(html: string, above: ReadonlyMap<string, readonly string[]>): string {
  const own = filterValues(html, 'region');
  const added = [...new Set(own.flatMap((name) => above.get(name) ?? []))].filter((n) => !own.includes(n));
  const headEnd = html.indexOf('</head>');
  if (added.length === 0 || headEnd < 0) return html;
  const tags = added.map((n) => `<meta data-pagefind-filter="region[content]" content="${n}">`).join('');
  return html.slice(0, headEnd) + tags + html.slice(headEnd);
}
