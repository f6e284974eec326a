/**
 * The finder's regions: those whose reviewed list has items, each with its items and rules, read once per
 * build. A list still pending review has no rules yet: /finder/ names it as 尚待整理 instead.
 */
import { getCollection } from 'astro:content';
import type { FinderRegion } from '../lib/eligibility/finder-data.ts';
import { byPrefecture } from '../lib/regions/hierarchy.ts';
import { itemUrl, listUrl } from '../lib/urls.ts';
import { catalog, type Region, type ServiceList } from './catalog.ts';
import { hierarchy } from './hierarchy.ts';

let cached: Promise<FinderRegion[]> | undefined;

export function finderRegions(): Promise<FinderRegion[]> {
  cached ??= (async () => {
    const { lists, regionBySlug, pending } = await catalog();
    const answerable = lists.filter((l) => l.data.items.length > 0 && !pending.lists.has(l.id));
    // Read only when a list needs its rules: Astro warns about an empty collection (docs/versions.md).
    const rules = new Map(
      (answerable.length > 0 ? await getCollection('eligibility') : []).map((e) => [
        e.data.list,
        new Map(e.data.items.map((i) => [i.number, i])),
      ]),
    );
    return answerable.map((l) => ({
      region: l.data.region.id,
      name: regionBySlug.get(l.data.region.id)!.data.name,
      province: regionBySlug.get(l.data.region.id)!.data.province.id,
      listTitle: l.data.title,
      listUrl: listUrl(l.id),
      items: l.data.items.map((item) => {
        const r = rules.get(l.id)!.get(item.number)!;
        return {
          number: item.number,
          name: item.name,
          url: itemUrl(l.id, item.number),
          target: item.target,
          amounts: item.amounts.map((a) => a.text),
          leadDepartments: item.leadDepartments,
          grant: r.grant,
          rule: r.rule,
        };
      }),
    }));
  })();
  return cached;
}

/** One province as the finder shows it: /finder/provinces/<province>/ and its line on /finder/. */
export interface FinderProvince {
  province: Region;
  /** Its answerable regions by prefecture (src/lib/regions/hierarchy.ts), the province's own first. */
  groups: Array<{ prefecture: Region | undefined; regions: FinderRegion[] }>;
  /** How many regions it can answer. */
  answerable: number;
  /** Lists with items whose conditions are not written yet (尚待整理), with their region, by region code. */
  waiting: Array<{ list: ServiceList; region: Region }>;
  /** Regions with documents that the finder cannot answer, by code. */
  others: Region[];
}

let provincesCached: Promise<FinderProvince[]> | undefined;

/** Every province, by code, with what the finder can and cannot answer in it. */
export function finderProvinces(): Promise<FinderProvince[]> {
  provincesCached ??= (async () => {
    const regions = await finderRegions();
    const { regions: all, regionBySlug, documentsByRegion, lists, pending } = await catalog();
    const { provinces, lookup } = await hierarchy();
    const answerable = new Set(regions.map((r) => r.region));
    const code = (r: FinderRegion) => regionBySlug.get(r.region)!.data.code;
    const waiting = lists
      .filter((l) => pending.lists.has(l.id) && l.data.items.length > 0)
      .map((l) => ({ list: l, region: regionBySlug.get(l.data.region.id)! }))
      .sort((a, b) => a.region.data.code.localeCompare(b.region.data.code));
    const others = all.filter((r) => documentsByRegion.has(r.id) && !answerable.has(r.id));
    return provinces.map((province) => {
      const own = regions.filter((r) => r.province === province.id).sort((a, b) => code(a).localeCompare(code(b)));
      return {
        province,
        groups: byPrefecture(own, (r) => r.region, lookup).map((g) => ({
          prefecture: g.prefecture === undefined ? undefined : regionBySlug.get(g.prefecture)!,
          regions: g.values,
        })),
        answerable: own.length,
        waiting: waiting.filter((w) => w.region.data.province.id === province.id),
        others: others.filter((r) => r.data.province.id === province.id),
      };
    });
  })();
  return provincesCached;
}
