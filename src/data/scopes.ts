/**
 * The scopes of 有效期一览 and 更新记录 (src/lib/regions/hierarchy.ts): the country, a province, a prefecture. A
 * scope's page lists what is in it while that fits the page budget; else it sums it up one level down, each row
 * linking to the next scope's page, or to the region's own page at the bottom of the hierarchy.
 */
import { inScope, isScope, summaryRow, type Scope } from '../lib/regions/hierarchy.ts';
import { regionUrl } from '../lib/urls.ts';
import { catalog, type Region } from './catalog.ts';
import { hierarchy } from './hierarchy.ts';

export interface SummaryRow<T> {
  region: Region;
  /** The row's page: the region's scope page (from `scopeUrl`) when it has one below this scope, else its region page. */
  href: string;
  values: T[];
}

/** Values within a scope, in the order given. */
export async function withinScope<T>(scope: Scope, values: readonly T[], regionOf: (value: T) => string): Promise<T[]> {
  const { lookup } = await hierarchy();
  return values.filter((v) => inScope(scope, regionOf(v), lookup));
}

/** Values (already within the scope) by the scope's summary rows, the rows by region code. */
export async function summaryRows<T>(
  scope: Scope,
  values: readonly T[],
  regionOf: (value: T) => string,
  scopeUrl: (region: string) => string,
): Promise<SummaryRow<T>[]> {
  const { lookup } = await hierarchy();
  const { regionBySlug } = await catalog();
  const rows = new Map<string, T[]>();
  for (const v of values) {
    const row = summaryRow(scope, regionOf(v), lookup);
    const list = rows.get(row);
    if (list) list.push(v);
    else rows.set(row, [v]);
  }
  const here = scope.level === 'country' ? undefined : scope.id;
  return [...rows]
    .map(([id, list]) => ({
      region: regionBySlug.get(id)!,
      href: id !== here && isScope(lookup(id)) ? scopeUrl(id) : regionUrl(id),
      values: list,
    }))
    .sort((a, b) => a.region.data.code.localeCompare(b.region.data.code));
}

/** The breadcrumb above a scope's page: the country's page, then the province above a prefecture. */
export async function scopeTrail(
  scope: Scope,
  countryLabel: string,
  scopeUrl: (region?: string) => string,
): Promise<{ href: string; label: string }[]> {
  if (scope.level === 'country') return [];
  const { regionBySlug } = await catalog();
  const trail = [{ href: scopeUrl(), label: countryLabel }];
  const province = regionBySlug.get(regionBySlug.get(scope.id)!.data.province.id)!;
  if (scope.level === 'prefecture') trail.push({ href: scopeUrl(province.id), label: province.data.name });
  return trail;
}
