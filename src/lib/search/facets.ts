/**
 * What the search index knows about a page besides its text: the filters a visitor can narrow by
 * and the facts a result shows (docs/search.md). Pages render these as <meta> tags in the head,
 * which Pagefind reads wherever they are.
 */
import type { LifecycleStatus } from '../../model/vocab.ts';

/** Kinds of indexed page, as the filter shows them. */
export const SEARCH_KINDS = ['政策原文', '服务清单', '清单条目', '地区', '对比', '术语'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Which version a page is of (docs/versions.md): every indexed page is of the current version but the pages of
 * older versions. The search page asks for current versions unless the visitor chooses otherwise.
 */
export const VERSION_FILTER = { current: '现行版本', older: '历史版本', all: '全部版本' } as const;

/** Filter names, in the order the search page shows them, with their labels. */
export const FILTERS = {
  region: '地区',
  province: '省份',
  kind: '类型',
  service: '服务类型',
  status: '文件状态',
  version: '版本',
} as const;
export type FilterName = keyof typeof FILTERS;

export interface SearchFacets {
  kind: SearchKind;
  /** The region's name (大冶市); for a region page, the region itself; none for a page across regions. */
  region?: string;
  /** The province-level region's name (湖北省); none for a page across regions. */
  province?: string;
  /** The document's status on the build date, in the site's one vocabulary (src/lib/lifecycle/). */
  status?: LifecycleStatus;
  /** For a list item: its 服务类型 as the list prints it (物质帮助 / 照护服务 / 关爱服务, or a local one such as 健康服务). */
  service?: string;
  /** The document's title, for results from a document, list or item. */
  document?: string;
  /** For a list item: the amounts in words (e.g. 每月不低于100元). */
  amount?: string;
  /** 历史版本 for a page of an older version; absent: the current version. */
  version?: typeof VERSION_FILTER.older;
  /** For a list item: the ages it states, for the search page's age narrowing (./age.ts: "80", "60,70"). */
  ages?: string;
}

export interface SearchTag {
  kind: 'filter' | 'meta';
  name: string;
  value: string;
}

/** The filter and meta tags of a page, in a fixed order. */
export function searchTags(f: SearchFacets): SearchTag[] {
  const tags: SearchTag[] = [];
  const filter = (name: FilterName, value: string | undefined) => value && tags.push({ kind: 'filter', name, value });
  const meta = (name: string, value: string | undefined) => value && tags.push({ kind: 'meta', name, value });
  filter('region', f.region);
  filter('province', f.province);
  filter('kind', f.kind);
  filter('service', f.service);
  filter('status', f.status);
  filter('version', f.version ?? VERSION_FILTER.current);
  meta('kind', f.kind);
  meta('region', f.region);
  meta('document', f.document);
  meta('amount', f.amount);
  meta('age', f.ages);
  meta('status', f.status);
  meta('version', f.version);
  return tags;
}
