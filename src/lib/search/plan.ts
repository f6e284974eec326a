/**
 * How the search page searches for an understood query (./understand.ts, docs/search.md): which texts it asks
 * Pagefind for, in which order, with which filters, and how it orders the cards. Pagefind needs every word of
 * a text on a page, so a word no vocabulary knows may block everything: the page then searches without the
 * loose words, and at last for each loose word alone.
 */
import type { FilterName } from './facets.ts';
import { pagefindFilters, type SearchState } from './query-state.ts';
import type { RankOptions } from './rank.ts';
import type { PartFilters } from './results.ts';
import type { Understanding } from './understand.ts';

/** A text to search and when: always; when the texts before found fewer than a batch; when they found nothing. */
export interface PlannedText {
  text: string | null;
  when: 'always' | 'few' | 'none';
}

export type PagefindFilters = Partial<Record<FilterName, string | { any: string[] }>>;

export interface SearchPlan {
  texts: PlannedText[];
  filters: PagefindFilters;
  /** What decides which parts of a page become cards (./results.ts). */
  parts: PartFilters;
  rank: RankOptions;
}

const ITEMS = '清单条目';

export function searchPlan(state: SearchState, u: Understanding | undefined): SearchPlan {
  // Current versions only, unless the visitor chose older ones (docs/versions.md).
  const filters: PagefindFilters = { ...pagefindFilters(state.filters) };
  const regions = u?.places.filter((p) => p.filter === 'region').map((p) => p.name) ?? [];
  const provinces = u?.places.filter((p) => p.filter === 'province').map((p) => p.name) ?? [];
  if (regions.length) filters.region = { any: regions };
  if (provinces.length) filters.province = { any: provinces };
  // An age alone lists the items for that age.
  const ageAlone = u !== undefined && u.text === '' && u.age !== undefined;
  if (ageAlone && !filters.kind) filters.kind = ITEMS;
  const texts: PlannedText[] = [{ text: u ? u.text || null : null, when: 'always' }];
  if (u?.loose.length) {
    if (u.strict && u.strict !== u.text) texts.push({ text: u.strict, when: 'few' });
    // Each loose word alone: a last resort beside known words, else when the whole found too little.
    for (const word of [...u.loose].sort((a, b) => b.length - a.length))
      texts.push({ text: word, when: u.strict ? 'none' : 'few' });
  }
  return {
    texts,
    filters,
    parts: {
      q: u?.text ?? '',
      loose: u?.loose ?? [],
      kind: ageAlone ? (state.filters.kind ?? ITEMS) : state.filters.kind,
      service: state.filters.service,
    },
    rank: { meaning: u?.meaning ?? false, ...(u?.age !== undefined ? { age: u.age } : {}) },
  };
}
