/**
 * The search page's state in its URL: /search/?q=尊老金&region=大冶市&kind=清单条目. Every field is
 * optional; unknown parameters are dropped, so a shared link shows exactly what the sender saw.
 * `literal=1` searches the words as typed, without the query understanding (./understand.ts): the page's
 * “按原话搜索” link.
 */
import { FILTERS, VERSION_FILTER, type FilterName } from './facets.ts';

export interface SearchState {
  /** The words typed, trimmed. */
  q: string;
  /** Chosen filter values (one per filter). */
  filters: Partial<Record<FilterName, string>>;
  /** Search the typed words as they are (no everyday words mapped, no typo corrected, no region or age read). */
  literal?: true;
}

const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const q = (params.get('q') ?? '').trim().replace(/\s+/gu, ' ');
  return { q, filters, ...(q && params.get('literal') === '1' ? { literal: true as const } : {}) };
}

/** The query string for a state ("" when empty), parameters in a fixed order. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.literal && state.q) params.set('literal', '1');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Is there anything to search for? Filters alone list every page they match. */
export const hasSearch = (state: SearchState): boolean => state.q !== '' || Object.keys(state.filters).length > 0;

/**
 * The filters Pagefind is asked for: the chosen ones, and the current versions unless the visitor chose older
 * versions (历史版本) or all of them (全部版本, no version filter) — docs/versions.md.
 */
export function pagefindFilters(filters: SearchState['filters']): Record<string, string> {
  const { version = VERSION_FILTER.current, ...rest } = filters;
  return version === VERSION_FILTER.all ? rest : { ...rest, version };
}

export const sameState = (a: SearchState, b: SearchState): boolean => writeState(a) === writeState(b);
