/**
 * Item pages that a newer list no longer has (docs/versions.md): /lists/<list>/item-27/ was published, so it
 * forwards to those words in the newest older version that has them (/lists/<list>/versions/<key>/#item-27).
 * Derived from the content on every build, never written by hand.
 */
import type { Redirect } from '../../model/site-data.ts';
import { itemSegment, itemUrl, listVersionUrl } from '../urls.ts';

export interface ListNumbers {
  list: string;
  /** The current list's item numbers. */
  numbers: readonly number[];
  /** Its older versions: key, place in the history and item numbers. */
  versions: ReadonlyArray<{ key: string; number: number; items: readonly number[] }>;
}

export function formerItemRedirects(lists: readonly ListNumbers[]): Redirect[] {
  const redirects: Redirect[] = [];
  for (const l of lists) {
    const live = new Set(l.numbers);
    const newestFirst = [...l.versions].sort((a, b) => b.number - a.number);
    const former = [...new Set(l.versions.flatMap((v) => v.items))].filter((n) => !live.has(n)).sort((a, b) => a - b);
    for (const n of former) {
      const v = newestFirst.find((x) => x.items.includes(n))!;
      redirects.push({
        from: itemUrl(l.list, n),
        to: listVersionUrl(l.list, v.key, itemSegment(n)),
        reason: `item ${n} is not in the current list; its words are in the version ${v.key}`,
      });
    }
  }
  return redirects;
}
