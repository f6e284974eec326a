/**
 * The finder's regions: those whose reviewed list has items, each with its items and rules, read once per
 * build. A list still pending review has no rules yet: /finder/ names it as 尚待整理 instead.
 */
import { getCollection } from 'astro:content';
import type { FinderRegion } from '../lib/eligibility/finder-data.ts';
import { itemUrl, listUrl } from '../lib/urls.ts';
import { catalog } from './catalog.ts';

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
