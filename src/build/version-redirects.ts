/**
 * Redirects the content's versions call for (docs/versions.md), derived on every build, never written by hand:
 * - an item page a newer list no longer has (/lists/<list>/item-27/) forwards to those words in the newest older
 *   version that has them (/lists/<list>/versions/<key>/#item-27);
 * - a region's finder page (/finder/<region>/), published while its list was reviewed, forwards to the region's
 *   current list while the new version's conditions await their review (尚待整理, docs/content-model.md).
 */
import { reviewOf } from '../lib/compare/review.ts';
import { formerItemRedirects } from '../lib/versions/redirects.ts';
import { finderRegionUrl, listUrl } from '../lib/urls.ts';
import type { Content } from '../model/read.ts';
import type { Redirect } from '../model/site-data.ts';

export function versionRedirects(content: Pick<Content, 'lists' | 'listVersions' | 'sources'>): Redirect[] {
  const lists = content.lists.entries;
  const versions = content.listVersions.entries;
  const registry = content.sources.rows ?? [];
  const items = formerItemRedirects(
    lists.map((l) => ({
      list: l.file.id,
      numbers: l.data.items.map((i) => i.number),
      versions: versions
        .filter((v) => v.file.id.startsWith(`${l.file.id}/`))
        .map((v) => ({
          key: v.data.version.key,
          number: v.data.version.number,
          items: v.data.items.map((i) => i.number),
        })),
    })),
  );
  const review = reviewOf(
    registry,
    lists.map((l) => ({ id: l.file.id, document: l.data.document })),
  );
  const answerable = new Set(
    lists.filter((l) => l.data.items.length > 0 && !review.lists.has(l.file.id)).map((l) => l.data.region),
  );
  const finder = new Map<string, Redirect>();
  for (const v of versions) {
    const [list = '', key = ''] = v.file.id.split('/');
    const entry = registry.find((e) => e.version?.key === key && e.lists?.some((l) => l.slug === list));
    const hadFinderPage = v.data.items.length > 0 && entry !== undefined && entry.review !== 'pending';
    if (!hadFinderPage || answerable.has(v.data.region) || finder.has(v.data.region) || !content.lists.byId.has(list))
      continue;
    finder.set(v.data.region, {
      from: finderRegionUrl(v.data.region),
      to: listUrl(list),
      reason: `the conditions of the list's new version await their review; the list "${list}" is shown meanwhile`,
    });
  }
  return [...items, ...finder.values()];
}
