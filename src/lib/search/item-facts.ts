/**
 * How a list's search record names its items (src/build/search/records.ts), shared with the search page:
 * item anchors, the item pages they stand for, and the facts carried as meta. No HTML parser here, so the
 * search page's script stays small.
 */
import { itemSegment, parseItemSegment } from '../urls.ts';

/** An item page: its list's URL and the item's segment, which is also its anchor in the list's record. */
export const ITEM_PAGE = /^(\/lists\/[^/]+\/)(item-\d+)\/$/u;

/** The item's own URL from its anchor in the list's record: /lists/l/#item-3 → /lists/l/item-3/. */
export function itemUrlFromAnchor(url: string): string | undefined {
  const [page = '', anchor = ''] = url.split('#');
  const n = parseItemSegment(anchor);
  return n !== null && /^\/lists\/[^/]+\/$/u.test(page) ? `${page}${itemSegment(n)}/` : undefined;
}

/** What a result card shows of an item that its list's record does not: Pagefind meta is per page. */
export interface ItemFacts {
  /** The item's name. */
  name?: string;
  /** 服务类型 as the list prints it: 物质帮助 / 照护服务 / 关爱服务, or a local one such as 健康服务. */
  service?: string;
  /** The amounts in words. */
  amount?: string;
  /** The ages it states (./age.ts: "80", "60,70", "-70"). */
  age?: string;
}

/** The meta name under which a list record carries its items' facts, as JSON keyed by anchor. */
export const ITEM_FACTS_META = 'items';

/** The items' facts a list record carries; empty for any other page or unreadable meta. */
export function readItemFacts(meta: string | undefined): Record<string, ItemFacts> {
  if (!meta) return {};
  try {
    const value: unknown = JSON.parse(meta);
    return value && typeof value === 'object' ? (value as Record<string, ItemFacts>) : {};
  } catch {
    return {};
  }
}
