/**
 * The region hierarchy (province → prefecture → county) as the pages that list many regions need it: a
 * province's regions grouped by prefecture, and the scopes (the country, a province, a prefecture) whose pages
 * stay within the page budget however large the country grows (src/lib/page-budget.ts).
 */
import type { RegionLevel } from '../../model/vocab.ts';

/** What the hierarchy needs of a region. */
export interface RegionNode {
  id: string;
  level: RegionLevel;
  /** GB/T 2260 code: the order of regions. */
  code: string;
  /** The region above it (none for a province). */
  parent?: string | undefined;
  /** Its province (a province is its own). */
  province: string;
}

export type RegionLookup = (id: string) => RegionNode;

/**
 * The prefecture a region belongs to: itself for a prefecture, the prefecture above a county, and none for a
 * province or a county its province administers directly (省直辖, e.g. a 县级市 without a prefecture above it).
 */
export function prefectureOf(id: string, lookup: RegionLookup): string | undefined {
  let region: RegionNode | undefined = lookup(id);
  while (region && region.level !== 'province') {
    if (region.level === 'prefecture') return region.id;
    region = region.parent ? lookup(region.parent) : undefined;
  }
  return undefined;
}

export interface PrefectureGroup<T> {
  /** The prefecture's slug; undefined for the province itself and what it administers directly. */
  prefecture: string | undefined;
  values: T[];
}

/**
 * Values (regions, or anything with a region) grouped by prefecture, each group in the order given: the
 * province's own group first, then the prefectures by code.
 */
export function byPrefecture<T>(
  values: readonly T[],
  regionOf: (value: T) => string,
  lookup: RegionLookup,
): PrefectureGroup<T>[] {
  const groups = new Map<string | undefined, T[]>();
  for (const value of values) {
    const key = prefectureOf(regionOf(value), lookup);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  const order = (k: string | undefined) => (k === undefined ? '' : lookup(k).code);
  return [...groups]
    .sort(([a], [b]) => order(a).localeCompare(order(b)))
    .map(([prefecture, group]) => ({ prefecture, values: group }));
}

/** A page's scope: the whole country, a province or a prefecture (by slug). */
export type Scope = { level: 'country' } | { level: 'province' | 'prefecture'; id: string };

/** Whether a region is within a scope. */
export function inScope(scope: Scope, region: string, lookup: RegionLookup): boolean {
  if (scope.level === 'country') return true;
  if (scope.level === 'province') return lookup(region).province === scope.id;
  return prefectureOf(region, lookup) === scope.id;
}

/**
 * The row of a scope's summary a region is counted in, one level down: the country's rows are provinces, a
 * province's its prefectures and the regions it administers directly (itself included), a prefecture's its
 * regions (itself included).
 */
export function summaryRow(scope: Scope, region: string, lookup: RegionLookup): string {
  if (scope.level === 'country') return lookup(region).province;
  if (scope.level === 'province') return prefectureOf(region, lookup) ?? region;
  return region;
}

/** Whether a region has a scope page of its own (/validity/<region>/, /changes/<region>/): provinces and prefectures. */
export const isScope = (region: RegionNode): boolean => region.level === 'province' || region.level === 'prefecture';

/** The scope of a province or prefecture region. */
export const scopeOf = (region: RegionNode): Scope => ({
  level: region.level === 'province' ? 'province' : 'prefecture',
  id: region.id,
});
